import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, UserError } from "@/lib/errors";
import { renewAccessUser } from "@/server/access/accounts";
import { attestAccount, openAttestationCampaign } from "@/server/access/attestation";
import { flagOverdueAttestations, remindAccountRenewals, remindMouRenewalNotices, sendAccessClockNotices } from "@/server/access/jobs";
import { accessPeople, makeApplication, makeListedUser, makeOrganization, type Organization } from "../support/access-organizations.ts";
import { actor } from "../support/identity.ts";

/** Noon in California on a day of 2026. */
const noonOn = (day: string) => new Date(`${day}T19:00:00Z`);

type People = Awaited<ReturnType<typeof accessPeople>>;

const noticesTo = (userId: string, dedupeKey: { startsWith: string } | string) => db.notification.findMany({ where: { userId, dedupeKey } });

describe("the clocks of process 4", () => {
  let organization: Organization;
  let people: People;
  let applicationId: string;

  beforeAll(async () => {
    organization = await makeOrganization(db, "Alameda");
    // Converted long before, so the invitation's clock starts on the identification (process 3).
    await db.county.update({ where: { id: organization.countyId }, data: { cseConversionOn: new Date("2025-01-15T00:00:00Z") } });
    // Identified on Friday, May 1, 2026: the 15th working day after is Friday, May 22; Memorial Day
    // (May 25) is a state holiday, so the fifth working day after that is Monday, June 1.
    const application = await makeApplication(db, organization, {
      state: "IDENTIFIED",
      identifiedAt: noonOn("2026-05-01"),
      approvedAccounts: null,
      countersignedAt: null,
      termStartsOn: null,
      termEndsOn: null,
      officeId: null,
    });
    applicationId = application.id;
    people = await accessPeople(db, organization);
  });

  const remembered = () => db.accessClockNotice.findMany({ where: { applicationId }, orderBy: { level: "desc" }, select: { clock: true, level: true } });
  const key = (level: string) => `access-clock:${applicationId}:invitation:${level}`;

  it("says nothing while the goal holds, tells the Process Manager once it is late, and once only", async () => {
    await sendAccessClockNotices(noonOn("2026-05-22"));
    expect(await remembered()).toEqual([]);

    await sendAccessClockNotices(noonOn("2026-05-26"));
    expect(await remembered()).toEqual([{ clock: "invitation", level: "owed" }]);
    const [notice] = await noticesTo(people.manager.id, key("owed"));
    expect(notice?.subject).toContain("Past its goal: Send Invitation Letter to Requestor");
    expect(notice?.body).toContain("15 working days from May 1, 2026, so by May 22, 2026. It is 1 working day late.");
    expect(await noticesTo(people.owner.id, { startsWith: `access-clock:${applicationId}` })).toEqual([]);
    const [event] = await db.auditEvent.findMany({ where: { action: "access.clock_notice", entityId: applicationId } });
    expect(event).toMatchObject({ actorId: null, entityType: "AccessApplication" });

    await sendAccessClockNotices(noonOn("2026-05-27"));
    expect(await noticesTo(people.manager.id, key("owed"))).toHaveLength(1);
    expect(await db.auditEvent.count({ where: { action: "access.clock_notice", entityId: applicationId } })).toBe(1);
  });

  it("escalates to the Process Owner from the fifth working day after the goal, once, even run twice at once", async () => {
    await sendAccessClockNotices(noonOn("2026-05-29"));
    expect(await noticesTo(people.owner.id, key("escalated"))).toEqual([]);

    await Promise.all([sendAccessClockNotices(noonOn("2026-06-01")), sendAccessClockNotices(noonOn("2026-06-01"))]);
    expect(await remembered()).toEqual([
      { clock: "invitation", level: "owed" },
      { clock: "invitation", level: "escalated" },
    ]);
    const toOwner = await noticesTo(people.owner.id, key("escalated"));
    expect(toOwner).toHaveLength(1);
    expect(toOwner[0]?.subject).toContain("Escalated, still late: Send Invitation Letter to Requestor");
    expect(await noticesTo(people.manager.id, key("escalated"))).toEqual([]);
    expect(await db.auditEvent.count({ where: { action: "access.clock_notice", entityId: applicationId } })).toBe(2);
  });

  it("leaves a clock alone once its step is done, and closed applications altogether", async () => {
    const done = await makeApplication(db, organization, {
      state: "INVITED",
      identifiedAt: noonOn("2026-05-01"),
      invitationSentAt: noonOn("2026-05-20"),
      countersignedAt: null,
      officeId: null,
    });
    const withdrawn = await makeApplication(db, organization, {
      state: "WITHDRAWN",
      identifiedAt: noonOn("2026-05-01"),
      countersignedAt: null,
      officeId: null,
    });
    await sendAccessClockNotices(noonOn("2026-06-10"));
    expect(await db.accessClockNotice.count({ where: { applicationId: { in: [done.id, withdrawn.id] } } })).toBe(0);
  });
});

describe("yearly training and confidentiality (section 2, criteria 5 and 6)", () => {
  const NOW = noonOn("2026-06-16");
  let organization: Organization;
  let people: People;
  let accounts: Record<"dueSoon" | "expired" | "current" | "notCreated" | "suspended", { id: string; version: number }>;

  beforeAll(async () => {
    organization = await makeOrganization(db, "Merced");
    const { id } = await makeApplication(db, organization);
    people = await accessPeople(db, organization);
    const created = new Date("2026-01-20T18:00:00Z");
    accounts = {
      dueSoon: await makeListedUser(db, organization, id, { trainedOn: "2025-07-01", confidentialitySignedOn: "2025-09-01", createdAt: created }),
      expired: await makeListedUser(db, organization, id, { trainedOn: "2025-06-01", confidentialitySignedOn: "2026-01-05", createdAt: created }),
      current: await makeListedUser(db, organization, id, { trainedOn: "2026-02-01", confidentialitySignedOn: "2026-02-01", createdAt: created }),
      notCreated: await makeListedUser(db, organization, id, { trainedOn: "2025-06-01", confidentialitySignedOn: "2025-06-01" }),
      suspended: await makeListedUser(db, organization, id, {
        trainedOn: "2025-06-01",
        confidentialitySignedOn: "2025-06-01",
        createdAt: created,
        suspendedAt: created,
      }),
    };
  });

  it("reminds the Requestor 30 days before expiry and flags an expired account to the LCSA System Administrator, once each, even twice at once", async () => {
    await Promise.all([remindAccountRenewals(NOW), remindAccountRenewals(NOW)]);
    await remindAccountRenewals(noonOn("2026-06-17"));

    const reminder = await noticesTo(people.requestor.id, `access-renewal-due:${accounts.dueSoon.id}:2026-07-01`);
    expect(reminder).toHaveLength(1);
    expect(reminder[0]?.body).toContain("The current ones run out on Jul 1, 2026");
    const flagged = await noticesTo(people.sysadmin.id, `access-renewal-expired:${accounts.expired.id}:2026-06-01`);
    expect(flagged).toHaveLength(1);
    expect(flagged[0]?.subject).toMatch(/^Flagged for suspension: /);
    expect(await noticesTo(people.requestor.id, `access-renewal-expired:${accounts.expired.id}:2026-06-01`)).toHaveLength(1);
    // Another LCSA's administrator hears nothing of it.
    expect(await noticesTo(people.otherSysadmin.id, { startsWith: "access-renewal" })).toEqual([]);

    const quiet = [accounts.current.id, accounts.notCreated.id, accounts.suspended.id];
    expect(await db.notification.count({ where: { OR: quiet.map((id) => ({ dedupeKey: { contains: id } })) } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "access.remind_renewal", entityId: accounts.dueSoon.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "access.flag_account", entityId: accounts.expired.id, actorId: null } })).toBe(1);
    // The flag is derived: only the administrator's confirmation suspends.
    expect((await db.accessAccount.findUniqueOrThrow({ where: { id: accounts.expired.id } })).suspendedAt).toBeNull();
  });

  it("a renewed date is a new expiry, with its own reminder", async () => {
    await renewAccessUser(
      await actor(db, people.requestor.id),
      { accountId: accounts.expired.id, version: accounts.expired.version, trainedOn: "2025-06-20", confidentialitySignedOn: "2026-01-05" },
      NOW,
    );
    await remindAccountRenewals(NOW);
    expect(await noticesTo(people.requestor.id, `access-renewal-due:${accounts.expired.id}:2026-06-20`)).toHaveLength(1);
  });
});

describe("the MOU's renewal notice (10.1)", () => {
  it("reminds the Contract Manager once the notice is due and not recorded, once", async () => {
    const organization = await makeOrganization(db, "Sonoma");
    // The term ends on December 1, 2026: the notice is due on June 1.
    const due = await makeApplication(db, organization, { termEndsOn: "2026-12-01" });
    const other = await makeOrganization(db, "Sonoma");
    const notYet = await makeApplication(db, other, { termEndsOn: "2027-03-31" });
    const people = await accessPeople(db, organization);
    await Promise.all([remindMouRenewalNotices(noonOn("2026-06-16")), remindMouRenewalNotices(noonOn("2026-06-16"))]);
    const notices = await noticesTo(people.contract.id, { startsWith: "access-mou-notice:" });
    expect(notices.map((notice) => notice.dedupeKey)).toEqual([`access-mou-notice:${due.id}:2026-12-01`]);
    expect(notices[0]?.body).toContain("the Contract Manager's notice to the Process Manager was due on Jun 1, 2026");
    expect(await db.notification.count({ where: { dedupeKey: { contains: notYet.id } } })).toBe(0);
  });
});

describe("the yearly re-attestation (the product's)", () => {
  let organization: Organization;
  let people: People;
  let confirmed: { id: string };
  let forgotten: { id: string };
  let campaignId: string;

  beforeAll(async () => {
    organization = await makeOrganization(db, "Shasta");
    const { id } = await makeApplication(db, organization);
    people = await accessPeople(db, organization);
    const created = new Date("2026-01-20T18:00:00Z");
    confirmed = await makeListedUser(db, organization, id, { trainedOn: "2026-03-01", confidentialitySignedOn: "2026-03-01", createdAt: created });
    forgotten = await makeListedUser(db, organization, id, { trainedOn: "2026-03-01", confidentialitySignedOn: "2026-03-01", createdAt: created });
    await makeListedUser(db, organization, id, { trainedOn: "2026-03-01", confidentialitySignedOn: "2026-03-01" });
  });

  it("the Process Manager opens a campaign listing every active account; the Requestor confirms its users", async () => {
    const open = { year: 2026, deadlineOn: "2026-07-31" };
    await expect(openAttestationCampaign(await actor(db, people.owner.id), open, noonOn("2026-07-01"))).rejects.toThrow(ForbiddenError);
    await expect(openAttestationCampaign(await actor(db, people.manager.id), { ...open, deadlineOn: "2026-07-01" }, noonOn("2026-07-01"))).rejects.toThrow(
      /Give a deadline after today/,
    );
    const campaign = await openAttestationCampaign(await actor(db, people.manager.id), open, noonOn("2026-07-01"));
    campaignId = campaign.id;
    const listed = await db.accountAttestation.findMany({ where: { campaignId, account: { organizationId: organization.id } } });
    expect(listed.map((row) => row.accountId).sort()).toEqual([confirmed.id, forgotten.id].sort());
    expect(await db.notification.count({ where: { userId: people.requestor.id, kind: "access.attestation_opened" } })).toBe(1);
    await expect(openAttestationCampaign(await actor(db, people.manager.id), open, noonOn("2026-07-01"))).rejects.toThrow(/already opened on/);

    const requestor = await actor(db, people.requestor.id);
    await expect(attestAccount(requestor, { campaignId, accountId: confirmed.id, stillNeeded: false }, noonOn("2026-07-02"))).rejects.toThrow(
      "cannot be confirmed yet. A user who no longer needs access is not confirmed: ask the LCSA System Administrator to suspend the account.",
    );
    await expect(
      attestAccount(await actor(db, people.otherRequestor.id), { campaignId, accountId: confirmed.id, stillNeeded: true }, noonOn("2026-07-02")),
    ).rejects.toThrow(ForbiddenError);
    expect(
      (await db.accountAttestation.findUniqueOrThrow({ where: { campaignId_accountId: { campaignId, accountId: confirmed.id } } })).confirmedAt,
    ).toBeNull();
    await attestAccount(requestor, { campaignId, accountId: confirmed.id, stillNeeded: true }, noonOn("2026-07-02"));
    const row = await db.accountAttestation.findUniqueOrThrow({ where: { campaignId_accountId: { campaignId, accountId: confirmed.id } } });
    expect(row).toMatchObject({ confirmedById: people.requestor.id, stillNeeded: true });
    await expect(attestAccount(requestor, { campaignId, accountId: confirmed.id, stillNeeded: true }, noonOn("2026-07-03"))).rejects.toThrow(UserError);
  });

  it("flags what was not confirmed by the deadline, once, even twice at once", async () => {
    await flagOverdueAttestations(noonOn("2026-07-31"));
    expect(await db.notification.count({ where: { dedupeKey: { startsWith: `access-attestation-overdue:${campaignId}` } } })).toBe(0);

    await Promise.all([flagOverdueAttestations(noonOn("2026-08-01")), flagOverdueAttestations(noonOn("2026-08-01"))]);
    await flagOverdueAttestations(noonOn("2026-08-02"));
    const key = `access-attestation-overdue:${campaignId}:${forgotten.id}`;
    expect(await noticesTo(people.sysadmin.id, key)).toHaveLength(1);
    expect(await noticesTo(people.requestor.id, key)).toHaveLength(1);
    expect(await db.notification.count({ where: { dedupeKey: `access-attestation-overdue:${campaignId}:${confirmed.id}` } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "access.flag_account", entityId: forgotten.id, actorId: null } })).toBe(1);
  });

  it("still takes a late confirmation", async () => {
    await attestAccount(await actor(db, people.requestor.id), { campaignId, accountId: forgotten.id, stillNeeded: true }, noonOn("2026-08-03"));
    const [event] = await db.auditEvent.findMany({ where: { action: "access.attest", entityId: `${campaignId}/${forgotten.id}` } });
    expect(event?.summary).toContain("(after the deadline)");
  });
});
