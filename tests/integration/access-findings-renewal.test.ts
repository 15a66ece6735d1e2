import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ConflictError, ForbiddenError, UserError } from "@/lib/errors";
import { clearFinding, recordFinding } from "@/server/access/findings";
import { inviteRenewal, recordRenewalNotice } from "@/server/access/renewal";
import { accessPeople, auditEventsOf, makeApplication, makeOrganization } from "../support/access-organizations.ts";
import { actor } from "../support/identity.ts";

/** Noon in California on Tuesday, June 16, 2026: six months and a half before the MOU's term ends on Dec 31. */
const NOW = new Date("2026-06-16T19:00:00Z");

async function organizationWith(fields: Parameters<typeof makeApplication>[2] = {}) {
  const organization = await makeOrganization(db);
  const application = await makeApplication(db, organization, { termEndsOn: "2026-12-31", ...fields });
  await db.accessApplicationForm.create({
    data: { applicationId: application.id, requestorName: organization.name, isoName: "Irene Security", isoEmail: "irene.iso@example.gov" },
  });
  const people = await accessPeople(db, organization);
  return { organization, application, people };
}

const noticesOf = (userId: string, kind: string) => db.notification.findMany({ where: { userId, kind }, orderBy: { createdAt: "asc" } });

/** What a refused command must leave as it was. */
const snapshot = async (organizationId: string) => ({
  findings: await db.auditFinding.findMany({ where: { organizationId }, orderBy: { recordedAt: "asc" } }),
  applications: await db.accessApplication.findMany({ where: { organizationId }, orderBy: { number: "asc" } }),
  events: await db.auditEvent.count(),
  notifications: await db.notification.count(),
});

describe("the security audit (section 8)", () => {
  it("the DCSS ISO records a finding; it goes to the Process Owner and to the Requestor for its Information Security Officer", async () => {
    const { organization, people } = await organizationWith();
    const finding = await recordFinding(
      await actor(db, people.iso.id),
      { organizationId: organization.id, finding: "Two users' confidentiality statements could not be produced.", foundOn: "2026-06-10" },
      NOW,
    );
    expect(finding.sentTo).toEqual({ processOwners: 1, requestors: 1 });
    const [toOwner] = await noticesOf(people.owner.id, "access.finding");
    expect(toOwner?.body).toContain("Two users' confidentiality statements could not be produced.");
    const [toRequestor] = await noticesOf(people.requestor.id, "access.finding");
    expect(toRequestor?.body).toContain(
      "Please pass it to your Information Security Officer, Irene Security <irene.iso@example.gov>, as named on your application.",
    );
    expect(toRequestor?.link).toBe(`/access/organizations/${organization.id}#findings`);
    const [event] = await auditEventsOf(db, "access.record_finding", finding.id);
    expect(event?.actorId).toBe(people.iso.id);
    expect(event?.summary).toContain("sent to 1 Process Owner and 1 Requestor contact, to pass to irene.iso@example.gov");
  });

  it("refuses anyone but the DCSS ISO, and a day found in the future, changing nothing", async () => {
    const { organization, people } = await organizationWith();
    const before = await snapshot(organization.id);
    const input = { organizationId: organization.id, finding: "Training records are incomplete for one user.", foundOn: "2026-06-10" };
    for (const someone of [people.owner, people.manager, people.requestor, people.sysadmin, people.admin]) {
      await expect(recordFinding(await actor(db, someone.id), input, NOW)).rejects.toThrow("Only the DCSS ISO (Third Party Access Process 8) can do this.");
    }
    await expect(recordFinding(await actor(db, people.iso.id), { ...input, foundOn: "2026-06-17" }, NOW)).rejects.toThrow(
      "The day found, Jun 17, 2026, is in the future.",
    );
    expect(await snapshot(organization.id)).toEqual(before);
  });

  it("the Process Owner clears a finding with evidence, once; the Requestor and the ISO hear of it", async () => {
    const { organization, people } = await organizationWith();
    const { id } = await recordFinding(
      await actor(db, people.iso.id),
      { organizationId: organization.id, finding: "One user trained after their account was set up.", foundOn: "2026-06-01" },
      NOW,
    );
    const input = { findingId: id, version: 1, evidence: "Training certificate dated June 12 received and filed.", confirm: "yes" as const };
    await expect(clearFinding(await actor(db, people.iso.id), input, NOW)).rejects.toThrow(ForbiddenError);
    await expect(clearFinding(await actor(db, people.owner.id), { ...input, version: 2 }, NOW)).rejects.toThrow(ConflictError);
    expect((await db.auditFinding.findUniqueOrThrow({ where: { id } })).clearedAt).toBeNull();

    await clearFinding(await actor(db, people.owner.id), input, NOW);
    const cleared = await db.auditFinding.findUniqueOrThrow({ where: { id } });
    expect(cleared).toMatchObject({ clearedAt: NOW, clearedById: people.owner.id, evidence: input.evidence });
    await expect(clearFinding(await actor(db, people.owner.id), { ...input, version: 2 }, NOW)).rejects.toThrow(/already cleared on/);
    expect((await noticesOf(people.requestor.id, "access.finding_cleared"))[0]?.body).toContain("No audit findings are open now.");
    expect(await noticesOf(people.iso.id, "access.finding_cleared")).toHaveLength(1);
  });
});

describe("the MOU's renewal (section 10)", () => {
  it("the Contract Manager records the notice; the Process Manager and the Process Owner are told where it stands", async () => {
    const { organization, application, people } = await organizationWith();
    await expect(recordRenewalNotice(await actor(db, people.manager.id), { organizationId: organization.id, confirm: "yes" }, NOW)).rejects.toThrow(
      "Only the Contract Manager (Third Party Access Process 10.1) can do this.",
    );
    const result = await recordRenewalNotice(await actor(db, people.contract.id), { organizationId: organization.id, confirm: "yes" }, NOW);
    expect(result.standing.status).toBe("good-standing");
    expect((await db.accessApplication.findUniqueOrThrow({ where: { id: application.id } })).renewalNoticeAt).toEqual(NOW);
    expect((await noticesOf(people.manager.id, "access.renewal_notice"))[0]?.body).toContain("its term ends on Dec 31, 2026 (Third Party Access Process 10.1)");
    expect((await noticesOf(people.owner.id, "access.renewal_notice"))[0]?.body).toContain("in good standing for renewal");
    await expect(recordRenewalNotice(await actor(db, people.contract.id), { organizationId: organization.id, confirm: "yes" }, NOW)).rejects.toThrow(
      /already recorded on/,
    );
  });

  it("an invitation to renew waits for the Contract Manager's notice", async () => {
    const { organization, people } = await organizationWith();
    const before = await snapshot(organization.id);
    await expect(inviteRenewal(await actor(db, people.owner.id), { organizationId: organization.id, confirm: "yes" }, NOW)).rejects.toThrow(
      "The Contract Manager has not recorded the renewal notice yet: the renewal starts with it (Third Party Access Process 10.1).",
    );
    await expect(inviteRenewal(await actor(db, people.manager.id), { organizationId: organization.id, confirm: "yes" }, NOW)).rejects.toThrow(ForbiddenError);
    expect(await snapshot(organization.id)).toEqual(before);
  });

  it("is not renewed while a finding is open: nothing is created and the Requestor is told why; once cleared, the renewal is created", async () => {
    const { organization, application, people } = await organizationWith();
    const { id: findingId } = await recordFinding(
      await actor(db, people.iso.id),
      { organizationId: organization.id, finding: "Confidentiality statements are not retained in a retrievable format.", foundOn: "2026-05-28" },
      NOW,
    );
    await recordRenewalNotice(await actor(db, people.contract.id), { organizationId: organization.id, confirm: "yes" }, NOW);
    const owner = await actor(db, people.owner.id);

    const blocked = await inviteRenewal(owner, { organizationId: organization.id, confirm: "yes" }, NOW);
    expect(blocked).toMatchObject({ kind: "blocked", reason: "The MOU will not be renewed until all audit findings are cleared (1 open).", requestorsTold: 1 });
    expect(await db.accessApplication.count({ where: { organizationId: organization.id } })).toBe(1);
    const [told] = await noticesOf(people.requestor.id, "access.renewal_blocked");
    expect(told?.body).toContain("will not be renewed until all audit findings are cleared (1 finding open)");
    const [refusal] = await auditEventsOf(db, "access.refuse_renewal", application.id);
    expect(refusal?.actorId).toBe(people.owner.id);
    // Asking again about the same findings tells the Requestor nothing new.
    expect(await inviteRenewal(owner, { organizationId: organization.id, confirm: "yes" }, NOW)).toMatchObject({ kind: "blocked", requestorsTold: 0 });
    expect(await noticesOf(people.requestor.id, "access.renewal_blocked")).toHaveLength(1);

    await clearFinding(owner, { findingId, version: 1, evidence: "Statements scanned into the records system on June 14.", confirm: "yes" }, NOW);
    const highest = await db.accessApplication.aggregate({ _max: { number: true } });
    const invited = await inviteRenewal(owner, { organizationId: organization.id, confirm: "yes" }, NOW);
    expect(invited.kind).toBe("invited");
    const renewal = await db.accessApplication.findUniqueOrThrow({ where: { id: (invited as { applicationId: string }).applicationId } });
    const previous = await db.accessApplication.findUniqueOrThrow({ where: { id: application.id } });
    expect(renewal).toMatchObject({
      kind: "RENEWAL",
      renewalOfId: application.id,
      state: "IDENTIFIED",
      number: highest._max.number! + 1,
      organizationId: organization.id,
      identifiedById: people.owner.id,
      inviteeName: previous.inviteeName,
      inviteeEmail: previous.inviteeEmail,
      coordinatorName: previous.coordinatorName,
      sysadminContact: previous.sysadminContact,
      recommendedAccounts: previous.recommendedAccounts,
    });
    expect(renewal.invitationOn.toISOString().slice(0, 10)).toBe("2026-06-16");
    expect(previous.state).toBe("ACTIVE");
    expect((await noticesOf(people.manager.id, "access.renewal_invited"))[0]?.link).toBe(`/access/applications/${renewal.id}`);
    expect(await auditEventsOf(db, "access.invite_renewal", renewal.id)).toHaveLength(1);

    await expect(inviteRenewal(owner, { organizationId: organization.id, confirm: "yes" }, NOW)).rejects.toThrow(UserError);
    expect(await db.accessApplication.count({ where: { organizationId: organization.id } })).toBe(2);
  });

  it("has nothing to renew without an MOU in force, or after its term", async () => {
    const early = await organizationWith({ state: "APPROVED", countersignedAt: null });
    await expect(
      recordRenewalNotice(await actor(db, early.people.contract.id), { organizationId: early.organization.id, confirm: "yes" }, NOW),
    ).rejects.toThrow(/has no MOU in force: there is nothing to renew\.$/);
    const ended = await organizationWith({ termStartsOn: "2023-01-01", termEndsOn: "2026-06-15" });
    await expect(
      recordRenewalNotice(await actor(db, ended.people.contract.id), { organizationId: ended.organization.id, confirm: "yes" }, NOW),
    ).rejects.toThrow("The MOU's term ended on Jun 15, 2026. A renewal notice is sent before the term ends.");
  });
});
