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
import { answerConnectivityTest, answerLegalReview, forwardForDecision, requestReview } from "@/server/access/reviews";
import { approveApplication, rejectApplication } from "@/server/access/decision";
import { countersign, returnSignedMou, sendPackage } from "@/server/access/mou";
import { evaluateInfrastructure, recordOfficeId } from "@/server/access/establish";
import { withdrawApplication } from "@/server/access/withdraw";
import { accessWorld, applicationAt, completeApplication, identification, later, NOW, signedMou, TODAY, type AccessWorld } from "../support/access-world.ts";
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

const row = (id: string) => db.accessApplication.findUniqueOrThrow({ where: { id } });
const review = (applicationId: string, kind: "LEGAL" | "CONNECTIVITY") =>
  db.accessReview.findUnique({ where: { applicationId_kind: { applicationId, kind } } });

describe("6.5: the Process Manager obtains the legal review and the connectivity test", () => {
  it("each request notifies its role, each answer is its role's, and both answered go to the Process Owner", async () => {
    const { id, label } = await applicationAt(db, w, "UNDER_REVIEW");
    const manager = await w.as(w.people.manager);
    expect((await refused(() => forwardForDecision(manager, { applicationId: id }, NOW))).message).toBe(
      "Wait for the legal review and the connectivity test first: the Process Owner decides on both answers (Third Party Access Process 6.5 item 3).",
    );
    expect(
      (await refused(async () => answerLegalReview(await w.as(w.people.legal), { applicationId: id, favorable: true, note: "", delays: [] }, NOW))).message,
    ).toBe("The Process Manager has not requested the legal review yet.");
    await requestReview(manager, { applicationId: id, kind: "LEGAL" }, NOW);
    await requestReview(manager, { applicationId: id, kind: "CONNECTIVITY" }, NOW);
    expect((await inbox(w.people.legal.id)).at(-1)).toEqual({
      kind: "access.review_requested",
      subject: `${label}: legal review requested`,
      link: `/access/applications/${id}#legal-review`,
    });
    expect((await inbox(w.people.infrastructure.id)).at(-1)).toMatchObject({ link: `/access/applications/${id}#connectivity` });
    expect((await refused(() => requestReview(manager, { applicationId: id, kind: "LEGAL" }, NOW))).message).toMatch(
      /^The legal review was requested on .* and is not answered yet\.$/,
    );

    // Each answer is its own role's.
    expect(
      await refused(async () => answerLegalReview(await w.as(w.people.infrastructure), { applicationId: id, favorable: true, note: "", delays: [] }, NOW)),
    ).toBeInstanceOf(ForbiddenError);
    expect(await refused(async () => answerConnectivityTest(await w.as(w.people.legal), { applicationId: id, favorable: true, note: "" }, NOW))).toBeInstanceOf(
      ForbiddenError,
    );
    await answerLegalReview(
      await w.as(w.people.legal),
      { applicationId: id, favorable: true, note: "Family Code 17212 applies.", delays: ["LEGAL_RESEARCH"] },
      later(1),
    );
    expect(await review(id, "LEGAL")).toMatchObject({
      favorable: true,
      answeredById: w.people.legal.id,
      delays: ["LEGAL_RESEARCH"],
      note: "Family Code 17212 applies.",
    });
    expect(
      (
        await refused(async () =>
          answerLegalReview(await w.as(w.people.legal), { applicationId: id, favorable: false, note: "Second thoughts here.", delays: [] }, NOW),
        )
      ).message,
    ).toMatch(/^The legal review was already answered by Lee Legal on /);
    await answerConnectivityTest(await w.as(w.people.infrastructure), { applicationId: id, favorable: true, note: "" }, later(1));
    expect((await inbox(w.people.manager.id)).at(-1)).toMatchObject({ kind: "access.review_answered", link: `/access/applications/${id}#forward` });

    await forwardForDecision(manager, { applicationId: id }, later(2));
    expect(await row(id)).toMatchObject({ state: "AWAITING_DECISION", stateChangedAt: later(2) });
    expect((await inbox(w.people.owner.id)).at(-1)).toEqual({
      kind: "access.forwarded",
      subject: `${label}: application for your decision`,
      link: `/access/applications/${id}#decision`,
    });
  });

  it("an unfavorable answer may be asked again; a favorable one is not", async () => {
    const { id } = await applicationAt(db, w, "REVIEWS_REQUESTED");
    const manager = await w.as(w.people.manager);
    await answerConnectivityTest(
      await w.as(w.people.infrastructure),
      { applicationId: id, favorable: false, note: "No route from their site to the DTS POP." },
      NOW,
    );
    await requestReview(manager, { applicationId: id, kind: "CONNECTIVITY" }, later(5));
    expect(await review(id, "CONNECTIVITY")).toMatchObject({ favorable: null, answeredAt: null, requestedAt: later(5) });
    await answerLegalReview(await w.as(w.people.legal), { applicationId: id, favorable: true, note: "", delays: [] }, NOW);
    expect((await refused(() => requestReview(manager, { applicationId: id, kind: "LEGAL" }, NOW))).message).toMatch(
      /^The legal review was answered favorably on /,
    );
  });
});

describe("6.6: the Process Owner decides", () => {
  it("approves within the guide without a justification, recording the guide and its reservation", async () => {
    // Los Angeles IV-A: the guide reserves 22 (1.6).
    const { id, label } = await applicationAt(db, w, "AWAITING_DECISION", { organizationName: "Los Angeles IV-A" });
    await approveApplication(await w.as(w.people.owner), { applicationId: id, approvedAccounts: 12, justification: "", override: false }, NOW);
    const guide = await db.allocationGuideVersion.findFirstOrThrow({ orderBy: { number: "desc" } });
    expect(await row(id)).toMatchObject({
      state: "APPROVED",
      approvedAccounts: 12,
      decidedById: w.people.owner.id,
      decisionGuideId: guide.id,
      reservedAtDecision: 22,
      overGuideJustification: "",
    });
    const requestor = (await row(id)).requestorUserId!;
    expect((await inbox(requestor)).at(-1)).toMatchObject({ kind: "access.approved", link: `/access/applications/${id}#mou` });
    expect((await inbox(w.people.manager.id)).at(-1)).toMatchObject({ subject: `${label}: approved for 12 user accounts; send the approval package` });
  });

  it("beyond the guide needs the justification and the override; more than was asked is refused", async () => {
    // A new organization in Los Angeles: the guide has no row for it, and no unnamed row for the county, so it reserves none.
    const { id } = await applicationAt(db, w, "AWAITING_DECISION");
    const owner = await w.as(w.people.owner);
    const attempt = (fields: Partial<{ approvedAccounts: number; justification: string; override: boolean }>) =>
      approveApplication(owner, { applicationId: id, approvedAccounts: 10, justification: "", override: false, ...fields }, NOW);
    const bare = await refused(() => attempt({}));
    expect(bare.message).toMatch(
      /^The guide reserves no user accounts for Los Angeles Probation \d+; approving 10 needs a written justification and the override\.$/,
    );
    expect(Object.keys(bare.fieldErrors!)).toEqual(["justification", "override"]);
    expect((await refused(() => attempt({ justification: "Probation officers locate parents daily.", override: false }))).fieldErrors).toEqual({
      override: [expect.stringContaining("needs the override")],
    });
    expect(
      (await refused(() => attempt({ approvedAccounts: 13, justification: "Probation officers locate parents daily.", override: true }))).fieldErrors,
    ).toEqual({
      approvedAccounts: ["The application asks for 12 user accounts; approve at most that many."],
    });
    await attempt({ justification: "Probation officers locate parents daily.", override: true });
    expect(await row(id)).toMatchObject({
      state: "APPROVED",
      approvedAccounts: 10,
      reservedAtDecision: 0,
      overGuideJustification: "Probation officers locate parents daily.",
    });
  });

  it("an unfavorable review keeps the approval from the Process Owner, who rejects with the reason for the Requestor and the Director", async () => {
    const { id, label } = await applicationAt(db, w, "REVIEWS_REQUESTED");
    await answerLegalReview(
      await w.as(w.people.legal),
      { applicationId: id, favorable: false, note: "The purpose is not one the statutes allow.", delays: ["PURPOSE_UNCLEAR"] },
      NOW,
    );
    await answerConnectivityTest(await w.as(w.people.infrastructure), { applicationId: id, favorable: true, note: "" }, NOW);
    await forwardForDecision(await w.as(w.people.manager), { applicationId: id }, NOW);
    const owner = await w.as(w.people.owner);
    expect(
      (await refused(() => approveApplication(owner, { applicationId: id, approvedAccounts: 5, justification: "", override: false }, NOW))).message,
    ).toMatch(/^The application cannot be approved: DCSS Legal's review found against it/);
    expect(
      await refused(async () =>
        rejectApplication(await w.as(w.people.manager), { applicationId: id, reason: "Not authorized by statute.", confirm: "yes" }, NOW),
      ),
    ).toBeInstanceOf(ForbiddenError);
    await rejectApplication(owner, { applicationId: id, reason: "The purpose is not one the statutes allow.", confirm: "yes" }, NOW);
    expect(await row(id)).toMatchObject({ state: "REJECTED", rejectionReason: "The purpose is not one the statutes allow.", decidedById: w.people.owner.id });
    const requestor = (await row(id)).requestorUserId!;
    expect((await db.notification.findFirstOrThrow({ where: { userId: requestor, kind: "access.rejected" } })).body).toContain(
      "The purpose is not one the statutes allow.",
    );
    expect(
      (await db.notification.findFirstOrThrow({ where: { userId: w.people.director.id, kind: "access.rejected", subject: { startsWith: label } } })).body,
    ).toContain("The purpose is not one the statutes allow.");
  });

  it("two decisions at once leave one outcome", async () => {
    const { id } = await applicationAt(db, w, "AWAITING_DECISION");
    const owner = await w.as(w.people.owner);
    const results = await Promise.allSettled([
      approveApplication(owner, { applicationId: id, approvedAccounts: 12, justification: "Matches the Director's recommendation.", override: true }, NOW),
      rejectApplication(owner, { applicationId: id, reason: "Changed my mind about this one.", confirm: "yes" }, NOW),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const failure = results.find((result) => result.status === "rejected")!;
    expect(failure.reason).toBeInstanceOf(UserError);
    expect((failure.reason as Error).message).toMatch(/^That step is not open: the application is at "(Conditionally approved|Rejected)/);
    const decided = await row(id);
    expect(await db.auditEvent.count({ where: { entityId: id, action: { in: ["access.approve", "access.reject"] } } })).toBe(1);
    expect(decided.state === "APPROVED" ? decided.rejectionReason : decided.approvedAccounts).toBe(decided.state === "APPROVED" ? "" : null);
  });

  it("a withdrawal racing a rejection leaves one outcome", async () => {
    const { id } = await applicationAt(db, w, "AWAITING_DECISION");
    const results = await Promise.allSettled([
      withdrawApplication(await w.as(w.people.director), { applicationId: id, reason: "The organization merged into another.", confirm: "yes" }, NOW),
      rejectApplication(await w.as(w.people.owner), { applicationId: id, reason: "No statutory authority for the purpose.", confirm: "yes" }, NOW),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(["WITHDRAWN", "REJECTED"]).toContain((await row(id)).state);
    expect(await db.auditEvent.count({ where: { entityId: id, action: { in: ["access.withdraw", "access.reject"] } } })).toBe(1);
  });

  it("a withdrawal racing an approval: the approval never lands on a withdrawn application", async () => {
    const { id } = await applicationAt(db, w, "AWAITING_DECISION");
    await Promise.allSettled([
      withdrawApplication(await w.as(w.people.director), { applicationId: id, reason: "The organization merged into another.", confirm: "yes" }, NOW),
      approveApplication(
        await w.as(w.people.owner),
        { applicationId: id, approvedAccounts: 12, justification: "Matches the Director's recommendation.", override: true },
        NOW,
      ),
    ]);
    // Either order is one history: approved then withdrawn (an approved application may still be withdrawn), or withdrawn and the approval refused.
    expect((await row(id)).state).toBe("WITHDRAWN");
    const events = await db.auditEvent.findMany({ where: { entityId: id, action: { in: ["access.withdraw", "access.approve"] } }, orderBy: { id: "asc" } });
    expect(events.map((event) => event.action).at(-1)).toBe("access.withdraw");
    expect(events.filter((event) => event.action === "access.withdraw")).toHaveLength(1);
  });
});

describe("6.7 to 6.9: the approval package, the signed MOU and the countersignature", () => {
  it("the package comes first, then the Requestor's signed PDF, then the Process Owner's countersignature with the term", async () => {
    const { id, label, requestorId } = await applicationAt(db, w, "APPROVED");
    const requestor = await w.as({ id: requestorId! });
    expect((await refused(() => returnSignedMou(requestor, { applicationId: id, file: signedMou() }, NOW))).message).toBe(
      "The Process Manager has not sent the approval package yet: the MOU to sign comes in it.",
    );
    await sendPackage(await w.as(w.people.manager), { applicationId: id }, NOW);
    expect((await refused(async () => sendPackage(await w.as(w.people.manager), { applicationId: id }, NOW))).message).toMatch(
      /^The approval package was already sent on /,
    );
    expect((await inbox(requestorId!)).at(-1)).toMatchObject({ kind: "access.package_sent", link: `/access/applications/${id}#mou` });

    // The file store checks the content: a file named .pdf that is not one is refused.
    expect((await refused(() => returnSignedMou(requestor, { applicationId: id, file: new File(["just text"], "MOU.pdf") }, NOW))).message).toBe(
      "“MOU.pdf” does not contain what a PDF file contains; it may be damaged or misnamed.",
    );
    expect(await refused(async () => returnSignedMou(await w.as(w.people.otherRequestor), { applicationId: id, file: signedMou() }, NOW))).toBeInstanceOf(
      ForbiddenError,
    );
    await returnSignedMou(requestor, { applicationId: id, file: signedMou("Signed MOU, Probation.pdf") }, later(1));
    const signed = await db.accessApplication.findUniqueOrThrow({
      where: { id },
      include: { signedMouFile: { select: { fileName: true, contentType: true } } },
    });
    expect(signed).toMatchObject({
      state: "MOU_SIGNED",
      mouReceivedAt: later(1),
      signedMouFile: { fileName: "Signed MOU, Probation.pdf", contentType: "application/pdf" },
    });
    expect((await inbox(w.people.owner.id)).at(-1)).toMatchObject({ kind: "access.mou_returned", link: `/access/applications/${id}#countersign` });

    const owner = await w.as(w.people.owner);
    expect((await refused(() => countersign(owner, { applicationId: id, termStartsOn: "2026-01-01", termEndsOn: "2026-12-01" }, NOW))).fieldErrors).toEqual({
      termEndsOn: ["A term that ended on Dec 1, 2026 is over: the MOU's term ends today or later."],
    });
    await countersign(owner, { applicationId: id, termStartsOn: TODAY, termEndsOn: "2029-12-02" }, later(2));
    expect(await row(id)).toMatchObject({
      state: "ACTIVE",
      countersignedById: w.people.owner.id,
      countersignedAt: later(2),
      termStartsOn: new Date("2026-12-03T00:00:00Z"),
      termEndsOn: new Date("2029-12-02T00:00:00Z"),
    });
    // 6.9 item 3: the Infrastructure Manager is told to create the office ID.
    expect((await inbox(w.people.infrastructure.id)).at(-1)).toMatchObject({ kind: "access.countersigned", link: `/access/applications/${id}#office-id` });
    expect((await inbox(w.people.contracts.id)).at(-1)).toMatchObject({ subject: `${label}: MOU countersigned, Dec 3, 2026 to Dec 2, 2029` });
  });

  it("two countersignatures at once leave one", async () => {
    const { id } = await applicationAt(db, w, "MOU_SIGNED");
    const owner = await w.as(w.people.owner);
    const results = await Promise.allSettled([
      countersign(owner, { applicationId: id, termStartsOn: TODAY, termEndsOn: "2029-12-02" }, NOW),
      countersign(owner, { applicationId: id, termStartsOn: TODAY, termEndsOn: "2030-12-02" }, NOW),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await db.auditEvent.count({ where: { entityId: id, action: "access.countersign" } })).toBe(1);
  });
});

describe("7.1 and 7.2: the office ID and the infrastructure evaluation", () => {
  it("the Infrastructure Manager records them on an approved application and tells the Process Manager, the Requestor and the LCSA System Administrator", async () => {
    const early = await applicationAt(db, w, "MOU_SIGNED");
    const manager = await w.as(w.people.infrastructure);
    expect((await refused(() => recordOfficeId(manager, { applicationId: early.id, officeId: "LA-1" }, NOW))).message).toBe(
      'The office ID is recorded once the Process Owner has countersigned the MOU: the application is at "MOU signed, countersignature due".',
    );
    const { id, label, requestorId } = await applicationAt(db, w, "ACTIVE");
    expect(await refused(async () => recordOfficeId(await w.as(w.people.sysadmin), { applicationId: id, officeId: "LA-1" }, NOW))).toBeInstanceOf(
      ForbiddenError,
    );
    await recordOfficeId(manager, { applicationId: id, officeId: "LA-PROB-01" }, later(3));
    expect(await row(id)).toMatchObject({ officeId: "LA-PROB-01", officeIdRecordedAt: later(3) });
    for (const person of [w.people.manager.id, requestorId!, w.people.sysadmin.id]) {
      expect((await inbox(person)).at(-1)).toMatchObject({
        kind: "access.office_id",
        subject: expect.stringMatching(new RegExp(`^${label}: office ID created for `)),
      });
    }
    // A correction keeps the day access was established.
    await recordOfficeId(manager, { applicationId: id, officeId: "LA-PROB-02" }, later(4));
    expect(await row(id)).toMatchObject({ officeId: "LA-PROB-02", officeIdRecordedAt: later(3) });
    expect((await refused(() => recordOfficeId(manager, { applicationId: id, officeId: "LA-PROB-02" }, NOW))).message).toBe(
      "The office ID is already LA-PROB-02.",
    );

    await evaluateInfrastructure(
      manager,
      { applicationId: id, evaluation: "DTS POP reachable from the county network; the Probation site needs a new router." },
      later(5),
    );
    expect(await row(id)).toMatchObject({ infrastructureEvaluatedAt: later(5), infrastructureEvaluation: expect.stringContaining("new router") });
  });
});

describe("withdrawal", () => {
  it("the Process Manager or the county's Director withdraws an application under way, with its reason, once", async () => {
    const { id, requestorId } = await applicationAt(db, w, "INVITED");
    for (const person of [w.people.orangeDirector, w.people.owner, w.people.admin]) {
      expect(
        await refused(async () => withdrawApplication(await w.as(person), { applicationId: id, reason: "Not needed.", confirm: "yes" }, NOW)),
      ).toBeInstanceOf(ForbiddenError);
    }
    await withdrawApplication(await w.as(w.people.director), { applicationId: id, reason: "The department declined the invitation.", confirm: "yes" }, NOW);
    expect(await row(id)).toMatchObject({ state: "WITHDRAWN" });
    expect((await db.notification.findFirstOrThrow({ where: { userId: requestorId!, kind: "access.withdrawn" } })).body).toContain(
      "The department declined the invitation.",
    );
    expect(
      (await refused(async () => withdrawApplication(await w.as(w.people.manager), { applicationId: id, reason: "Again.", confirm: "yes" }, NOW))).message,
    ).toBe('That step is not open: the application is at "Withdrawn".');
    const active = await applicationAt(db, w, "ACTIVE");
    expect(
      (await refused(async () => withdrawApplication(await w.as(w.people.manager), { applicationId: active.id, reason: "Too late.", confirm: "yes" }, NOW)))
        .message,
    ).toBe('That step is not open: the application is at "Approved, MOU in force".');
  });
});

describe("the whole path", () => {
  it("reaches ACTIVE with an office ID, each step audited under the application's number", async () => {
    const { id, label } = await applicationAt(db, w, "OFFICE_ID");
    expect(await row(id)).toMatchObject({ state: "ACTIVE", approvedAccounts: 12 });
    const events = await db.auditEvent.findMany({
      where: { entityType: "AccessApplication", entityId: id },
      orderBy: { id: "asc" },
      select: { action: true, summary: true },
    });
    expect(events.map((event) => event.action)).toEqual([
      "access.identify",
      "access.send_invitation",
      "access.submit_application",
      "access.request_review",
      "access.request_review",
      "access.answer_review",
      "access.answer_review",
      "access.forward_for_decision",
      "access.approve",
      "access.send_package",
      "access.return_signed_mou",
      "access.countersign",
      "access.record_office_id",
    ]);
    for (const event of events) expect(event.summary).toContain(label);
  });
});
