/**
 * The third-party access pipeline, from the LCSA Director's identification (Third Party Access
 * Process 6.2) to the countersigned MOU (6.9), the office ID (7.1) and the infrastructure
 * evaluation (7.2), each step by the role the process names, against a real PostgreSQL. Every
 * refusal changes nothing; two people at once leave one outcome.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ConflictError, ForbiddenError, UserError } from "@/lib/errors";
import { saveApplication, submitApplication } from "@/server/access/application-form";
import { identifyRequestor } from "@/server/access/identify";
import { sendInvitation } from "@/server/access/invitation";
import { acceptInvitation } from "@/server/identity/commands";
import { accessWorld, completeApplication, identification, later, NOW, type AccessWorld } from "../support/access-world.ts";
import { actor } from "../support/identity.ts";

let w: AccessWorld;
beforeAll(async () => {
  w = await accessWorld(db);
});

/** Everything the pipeline writes, to show that a refusal wrote none of it. */
async function snapshot() {
  const [applications, organizations, forms, reviews, users, roles, audit, notifications] = await Promise.all([
    db.accessApplication.findMany({ orderBy: { number: "asc" } }),
    db.thirdPartyOrganization.count(),
    db.accessApplicationForm.findMany({ orderBy: { applicationId: "asc" } }),
    db.accessReview.findMany({ orderBy: [{ applicationId: "asc" }, { kind: "asc" }] }),
    db.user.count(),
    db.roleAssignment.count(),
    db.auditEvent.count(),
    db.notification.count(),
  ]);
  return { applications, organizations, forms, reviews, users, roles, audit, notifications };
}

/** The refusal it throws, and proof that nothing was written. */
async function refused(attempt: () => Promise<unknown>) {
  const before = await snapshot();
  const error = await attempt().then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error, "the step should have been refused").toBeInstanceOf(UserError);
  expect(await snapshot()).toEqual(before);
  return error as UserError;
}

const inbox = (userId: string) =>
  db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: { kind: true, subject: true, link: true } });

async function identified(fields: Record<string, unknown> = {}) {
  return identifyRequestor(await w.as(w.people.director), identification(w.places.la.countyId, fields), NOW);
}

async function invited(fields: Record<string, unknown> = {}) {
  const application = await identified(fields);
  const sent = await sendInvitation(await w.as(w.people.manager), { applicationId: application.id }, NOW);
  // The invitee opens the one-time link and chooses a password, as a new Requestor does.
  await acceptInvitation({ token: sent.invitationPath!.split("/").pop()!, password: "a long enough passphrase 42" }, null);
  const requestor = await db.user.findUniqueOrThrow({ where: { id: sent.userId } });
  return { ...application, sent, requestor };
}

describe("6.2: the LCSA Director identifies a Requestor", () => {
  it("records the five items as an application numbered in order, creates the organization and tells the Process Manager", async () => {
    const first = await identified({ organizationName: "Los Angeles Superior Court" });
    const second = await identified();
    expect(second.number).toBe(first.number + 1);
    expect(first.label).toMatch(/^TPA-\d{4}$/);
    const row = await db.accessApplication.findUniqueOrThrow({ where: { id: first.id }, include: { organization: true } });
    expect(row).toMatchObject({
      state: "IDENTIFIED",
      identifiedById: w.people.director.id,
      lcsaId: w.places.la.lcsaId,
      countyId: w.places.la.countyId,
      recommendedAccounts: 12,
      invitationOn: new Date("2026-12-03T00:00:00Z"),
    });
    expect(row.organization).toMatchObject({ name: "Los Angeles Superior Court", countyId: w.places.la.countyId, guideOrganization: null });
    expect(await inbox(w.people.manager.id)).toContainEqual({
      kind: "access.identified",
      subject: `${first.label}: Los Angeles Superior Court identified for CSE access`,
      link: `/access/applications/${first.id}#invitation`,
    });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "access.identify", entityId: first.id } });
    expect(event).toMatchObject({ actorId: w.people.director.id, entityType: "AccessApplication" });
    expect(event.summary).toContain(first.label);
  });

  it("an organization the guide lists is the guide's, however the Director writes it", async () => {
    const typed = await identified({ organizationName: "  iv-e " });
    const organization = await db.thirdPartyOrganization.findUniqueOrThrow({ where: { name: "Los Angeles IV-E" } });
    expect((await db.accessApplication.findUniqueOrThrow({ where: { id: typed.id } })).organizationId).toBe(organization.id);
    expect(organization.guideOrganization).toBe("IV-E");
  });

  it("only the Director of that county's LCSA identifies, and a refusal changes nothing", async () => {
    const identify = async (person: { id: string }) =>
      identifyRequestor(await w.as(person), identification(w.places.la.countyId, { organizationName: "Los Angeles Public Library" }), NOW);
    for (const person of [w.people.orangeDirector, w.people.designee, w.people.manager, w.people.admin, w.people.unrelated]) {
      expect(await refused(() => identify(person))).toBeInstanceOf(ForbiddenError);
    }
  });

  it("refuses an invitation date before two months after the county's conversion, with the earliest day", async () => {
    const error = await refused(async () =>
      identifyRequestor(
        await w.as(w.people.centralSierraDirector),
        identification(w.places.amador.countyId, { organizationName: "Amador Health", invitationOn: "2027-04-30" }),
        NOW,
      ),
    );
    expect(error.message).toBe(
      "The invitation letter may be sent on May 1, 2027 at the earliest: a minimum of two months after the county's CSE conversion on Mar 1, 2027.",
    );
    expect(error.fieldErrors).toEqual({ invitationOn: [error.message] });
    const accepted = await identifyRequestor(
      await w.as(w.people.centralSierraDirector),
      identification(w.places.amador.countyId, { organizationName: "Amador Health", invitationOn: "2027-05-01" }),
      NOW,
    );
    expect(accepted.label).toMatch(/^TPA-/);
  });

  it("refuses a date already past, a second application for the same organization, and a name taken in another county", async () => {
    expect((await refused(() => identified({ invitationOn: "2026-12-02" }))).message).toBe(
      "The invitation date has passed: choose Dec 3, 2026 or a later day.",
    );
    await identified({ organizationName: "Los Angeles Housing Authority" });
    expect((await refused(() => identified({ organizationName: "Los Angeles Housing Authority" }))).message).toMatch(
      /^Los Angeles Housing Authority already has an application: TPA-\d{4}\./,
    );
    expect((await refused(() => identified({ organizationName: "Orange IV-A" }))).message).toBe(
      'An organization named Orange IV-A is in Orange County. Give this one a name of its own, such as "Los Angeles Orange IV-A".',
    );
  });

  it("a refused identification leaves no gap in the numbering", async () => {
    const before = await identified();
    await refused(() => identified({ invitationOn: "2026-01-05" }));
    await refused(() => identified({ organizationName: "Orange IV-A" }));
    const after = await identified();
    expect(after.number).toBe(before.number + 1);
  });

  it("two Directors' identifications at once get two numbers in a row", async () => {
    const [a, b] = await Promise.all([identified(), identified()]);
    expect(Math.abs(a.number - b.number)).toBe(1);
  });
});

describe("6.3: the Process Manager sends the invitation", () => {
  it("opens the app to the invitee as the organization's Requestor, tells them and copies the Director", async () => {
    const application = await identified();
    const sent = await sendInvitation(await w.as(w.people.manager), { applicationId: application.id }, NOW);
    expect(sent.invitationPath).toMatch(/^\/invite\/[A-Za-z0-9_-]+$/);
    const row = await db.accessApplication.findUniqueOrThrow({ where: { id: application.id } });
    expect(row).toMatchObject({ state: "INVITED", requestorUserId: sent.userId, invitationSentAt: NOW });
    const requestor = await db.user.findUniqueOrThrow({ where: { id: sent.userId }, include: { roles: true } });
    expect(requestor).toMatchObject({ status: "INVITED", name: expect.stringMatching(/^Alex Rivera/), title: "Deputy Chief" });
    expect(requestor.roles).toMatchObject([{ role: "REQUESTOR", scopeType: "ORGANIZATION", organizationId: row.organizationId, revokedAt: null }]);
    expect(await inbox(requestor.id)).toEqual([
      { kind: "access.invited", subject: expect.stringContaining("Invitation to apply for CSE access"), link: sent.invitationPath },
    ]);
    expect((await inbox(w.people.director.id)).map((notice) => notice.subject)).toContain(
      `${application.label}: invitation sent to ${application.organization.name}`,
    );
    // The application starts with the contact the Director named.
    expect(await db.accessApplicationForm.findUniqueOrThrow({ where: { applicationId: application.id } })).toMatchObject({
      requestorName: application.organization.name,
      contactName: requestor.name,
      contactEmail: requestor.email,
      version: 1,
    });
    expect(await db.auditEvent.count({ where: { action: "identity.invite", entityId: requestor.id } })).toBe(1);
  });

  it("gives the Requestor role to an invitee who already has an account", async () => {
    const existing = await db.user.create({
      data: { email: `known-${crypto.randomUUID().slice(0, 6)}@probation.example.gov`, name: "Known Person", status: "ACTIVE" },
    });
    const application = await identified({ inviteeEmail: existing.email });
    const sent = await sendInvitation(await w.as(w.people.manager), { applicationId: application.id }, NOW);
    expect(sent).toMatchObject({ userId: existing.id, invitationPath: null });
    expect(await db.roleAssignment.findMany({ where: { userId: existing.id }, select: { role: true, organizationId: true } })).toEqual([
      { role: "REQUESTOR", organizationId: (await db.accessApplication.findUniqueOrThrow({ where: { id: application.id } })).organizationId },
    ]);
    expect((await inbox(existing.id))[0]!.link).toBe(`/access/applications/${application.id}#application`);
  });

  it("waits for the day the Director chose, is the Process Manager's alone, and is sent once", async () => {
    const application = await identified({ invitationOn: "2026-12-10" });
    expect((await refused(async () => sendInvitation(await w.as(w.people.manager), { applicationId: application.id }, NOW))).message).toBe(
      'The LCSA Director asked for the letter to be sent on Dec 10, 2026: send it on that day or later (Third Party Access Process 6.3, "on scheduled date").',
    );
    for (const person of [w.people.director, w.people.owner, w.people.admin]) {
      expect(await refused(async () => sendInvitation(await w.as(person), { applicationId: application.id }, later(7)))).toBeInstanceOf(ForbiddenError);
    }
    await sendInvitation(await w.as(w.people.manager), { applicationId: application.id }, later(7));
    expect((await refused(async () => sendInvitation(await w.as(w.people.manager), { applicationId: application.id }, later(7)))).message).toBe(
      'That step is not open: the application is at "Invited, application with the Requestor".',
    );
  });

  it("refuses an invitee whose account is disabled", async () => {
    const disabled = await db.user.create({
      data: { email: `off-${crypto.randomUUID().slice(0, 6)}@probation.example.gov`, name: "Gone Person", status: "DISABLED" },
    });
    const application = await identified({ inviteeEmail: disabled.email });
    expect((await refused(async () => sendInvitation(await w.as(w.people.manager), { applicationId: application.id }, NOW))).message).toMatch(
      /^The account of off-.* is disabled\./,
    );
  });
});

describe("6.4: the Requestor completes the application", () => {
  it("saves a draft, refuses a save against an older version, and submits only a complete form", async () => {
    const { id, requestor } = await invited();
    const as = await actor(db, requestor.id);
    const saved = await saveApplication(as, { ...completeApplication(id, 1), purpose: "", intent: "save" }, NOW);
    expect(saved).toMatchObject({ version: 2, submitted: false });
    expect(await db.accessApplicationForm.findUniqueOrThrow({ where: { applicationId: id } })).toMatchObject({ purpose: "", usersRequested: 12, version: 2 });

    expect(await refused(() => saveApplication(as, { ...completeApplication(id, 1), intent: "save" }, NOW))).toBeInstanceOf(ConflictError);
    const incomplete = await refused(() => submitApplication(as, { ...completeApplication(id, 2), purpose: "" }, NOW));
    expect(incomplete.fieldErrors).toEqual({ purpose: ["Say for what purpose the organization will use child support information."] });
    expect((await refused(() => submitApplication(as, completeApplication(id, 2, { signedOn: "2026-12-04" }), NOW))).fieldErrors).toEqual({
      signedOn: ["The date signed cannot be after today, Dec 3, 2026."],
    });

    const submitted = await submitApplication(as, completeApplication(id, 2), NOW);
    expect(submitted).toMatchObject({ submitted: true, version: 3 });
    expect(await db.accessApplication.findUniqueOrThrow({ where: { id } })).toMatchObject({ state: "UNDER_REVIEW", submittedAt: NOW });
    expect((await inbox(w.people.manager.id)).at(-1)).toMatchObject({ kind: "access.submitted", link: `/access/applications/${id}#reviews` });
    expect(await refused(() => saveApplication(as, { ...completeApplication(id, 3), intent: "save" }, NOW))).toBeInstanceOf(UserError);
  });

  it("is the Requestor's own: no one else, not another organization's Requestor, saves it", async () => {
    const { id } = await invited();
    for (const person of [w.people.otherRequestor, w.people.manager, w.people.director, w.people.admin]) {
      expect(await refused(async () => saveApplication(await w.as(person), { ...completeApplication(id, 1), intent: "save" }, NOW))).toBeInstanceOf(
        ForbiddenError,
      );
    }
  });
});
