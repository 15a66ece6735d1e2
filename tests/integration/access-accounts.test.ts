import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ConflictError, ForbiddenError, UserError } from "@/lib/errors";
import { createAccessAccount, listAccessUser, renewAccessUser, suspendAccessAccount } from "@/server/access/accounts";
import { getOrganizationOverview } from "@/server/access/organization-queries";
import { accessPeople, auditEventsOf, makeApplication, makeListedUser, makeOrganization, type Organization } from "../support/access-organizations.ts";
import { actor } from "../support/identity.ts";

/** Noon in California on Monday, June 15, 2026. */
const NOW = new Date("2026-06-15T19:00:00Z");
const RECENT = { trainedOn: "2026-03-02", confidentialitySignedOn: "2026-03-05" };

type People = Awaited<ReturnType<typeof accessPeople>>;

async function organizationWith(fields: Parameters<typeof makeApplication>[2] = {}) {
  const organization = await makeOrganization(db);
  const application = await makeApplication(db, organization, fields);
  const people = await accessPeople(db, organization);
  return { organization, application, people };
}

const rowOf = (id: string) => db.accessAccount.findUniqueOrThrow({ where: { id } });

/** Expects the command to be refused with `message` and to leave the account and the audit log as they were. */
async function expectRefusedUnchanged(accountId: string, attempt: () => Promise<unknown>, message: string | RegExp, kind: typeof UserError = UserError) {
  const before = await rowOf(accountId);
  const events = await db.auditEvent.count();
  const notices = await db.notification.count();
  const error = await attempt().then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(kind);
  expect((error as Error).message).toMatch(message);
  expect(await rowOf(accountId)).toEqual(before);
  expect(await db.auditEvent.count()).toBe(events);
  expect(await db.notification.count()).toBe(notices);
}

describe("the Requestor lists its users (6.8 item 2)", () => {
  let organization: Organization;
  let applicationId: string;
  let people: People;
  beforeAll(async () => {
    let application;
    ({ organization, application, people } = await organizationWith());
    applicationId = application.id;
  });

  it("lists a user with their training and confidentiality dates, under the MOU in force", async () => {
    const listed = await listAccessUser(
      await actor(db, people.requestor.id),
      { organizationId: organization.id, userName: "Ana Reyes", userEmail: "ana.reyes@example.gov", ...RECENT },
      NOW,
    );
    const row = await rowOf(listed.id);
    expect(row).toMatchObject({ userName: "Ana Reyes", userEmail: "ana.reyes@example.gov", createdAt: null, suspendedAt: null });
    expect(row.trainedOn.toISOString().slice(0, 10)).toBe("2026-03-02");
    expect(await auditEventsOf(db, "access.list_user", listed.id)).toHaveLength(1);
  });

  it("refuses another organization's Requestor, the same e-mail twice, and dates ahead of today", async () => {
    const input = { organizationId: organization.id, userName: "Ben Ortiz", userEmail: "ben.ortiz@example.gov", ...RECENT };
    await expect(listAccessUser(await actor(db, people.otherRequestor.id), input, NOW)).rejects.toThrow(ForbiddenError);
    await expect(listAccessUser(await actor(db, people.sysadmin.id), input, NOW)).rejects.toThrow(
      "Only the Requestor's own contact completes its application (Third Party Access Process 6.4).",
    );
    await listAccessUser(await actor(db, people.requestor.id), input, NOW);
    await expect(listAccessUser(await actor(db, people.requestor.id), { ...input, userName: "Ben O." }, NOW)).rejects.toThrow(
      "Ben Ortiz is already listed with ben.ortiz@example.gov: update their dates in the list instead.",
    );
    const ahead = listAccessUser(await actor(db, people.requestor.id), { ...input, userEmail: "cy@example.gov", trainedOn: "2026-06-16" }, NOW);
    await expect(ahead).rejects.toThrow("The training day, Jun 16, 2026, is in the future: record it once it is done.");
    expect(await db.accessAccount.count({ where: { organizationId: organization.id } })).toBe(2);
  });

  it("has nowhere to list users before the conditional acceptance", async () => {
    const early = await organizationWith({
      state: "UNDER_REVIEW",
      approvedAccounts: null,
      countersignedAt: null,
      termStartsOn: null,
      termEndsOn: null,
      officeId: null,
    });
    const attempt = listAccessUser(
      await actor(db, early.people.requestor.id),
      { organizationId: early.organization.id, userName: "Dee", userEmail: "dee@example.gov", ...RECENT },
      NOW,
    );
    await expect(attempt).rejects.toThrow(
      "Users are listed once DCSS has conditionally approved the organization's application (Third Party Access Process 6.8).",
    );
  });

  it("records renewed dates once a year, refusing a stale form", async () => {
    const user = await makeListedUser(db, organization, applicationId, { trainedOn: "2025-07-01", confidentialitySignedOn: "2025-07-01" });
    const requestor = await actor(db, people.requestor.id);
    await renewAccessUser(requestor, { accountId: user.id, version: user.version, trainedOn: "2026-06-10", confidentialitySignedOn: "2026-06-11" }, NOW);
    const renewed = await rowOf(user.id);
    expect(renewed.trainedOn.toISOString().slice(0, 10)).toBe("2026-06-10");
    expect(renewed.version).toBe(user.version + 1);
    await expectRefusedUnchanged(
      user.id,
      () => renewAccessUser(requestor, { accountId: user.id, version: user.version, trainedOn: "2026-06-12", confidentialitySignedOn: "2026-06-12" }, NOW),
      /changed .*'s record while you were editing/,
      ConflictError,
    );
  });
});

describe("the LCSA System Administrator sets up accounts (7.3, section 2 criteria 5 and 6)", () => {
  it("sets up a trained user's account under the MOU in force, tells the Requestor, and audits it", async () => {
    const { organization, application, people } = await organizationWith({ approvedAccounts: 2 });
    const user = await makeListedUser(db, organization, application.id, RECENT);
    await createAccessAccount(await actor(db, people.sysadmin.id), { accountId: user.id, confirm: "yes" }, NOW);
    const row = await rowOf(user.id);
    expect(row.createdAt).toEqual(NOW);
    expect(row.createdById).toBe(people.sysadmin.id);
    const [event] = await auditEventsOf(db, "access.create_account", user.id);
    expect(event?.actorId).toBe(people.sysadmin.id);
    expect(event?.summary).toContain("(1 of 2 approved)");
    expect(await db.notification.count({ where: { userId: people.requestor.id, kind: "access.account_created" } })).toBe(1);
  });

  it("refuses anyone but this LCSA's System Administrator, and changes nothing", async () => {
    const { organization, application, people } = await organizationWith();
    const user = await makeListedUser(db, organization, application.id, RECENT);
    for (const someone of [people.otherSysadmin, people.requestor, people.director, people.owner, people.manager, people.admin]) {
      await expectRefusedUnchanged(
        user.id,
        async () => createAccessAccount(await actor(db, someone.id), { accountId: user.id, confirm: "yes" }, NOW),
        "Only this county's LCSA System Administrator sets up user accounts (Third Party Access Process 7.3).",
        ForbiddenError,
      );
    }
  });

  it("names what the user lacks: training or a statement more than a year old", async () => {
    const { organization, application, people } = await organizationWith();
    const sysadmin = await actor(db, people.sysadmin.id);
    const stale = await makeListedUser(db, organization, application.id, { trainedOn: "2025-06-15", confidentialitySignedOn: "2025-06-16" });
    await expectRefusedUnchanged(
      stale.id,
      () => createAccessAccount(sysadmin, { accountId: stale.id, confirm: "yes" }, NOW),
      "Security awareness training expired on Jun 15, 2026 (completed Jun 15, 2025).",
    );
    const both = await makeListedUser(db, organization, application.id, { trainedOn: "2024-01-10", confidentialitySignedOn: "2025-02-01" });
    await expectRefusedUnchanged(
      both.id,
      () => createAccessAccount(sysadmin, { accountId: both.id, confirm: "yes" }, NOW),
      "Security awareness training expired on Jan 10, 2025 (completed Jan 10, 2024). The confidentiality statement expired on Feb 1, 2026 (signed Feb 1, 2025).",
    );
    // On the last day of the year it is still current.
    const lastDay = await makeListedUser(db, organization, application.id, { trainedOn: "2025-06-16", confidentialitySignedOn: "2025-06-16" });
    await createAccessAccount(sysadmin, { accountId: lastDay.id, confirm: "yes" }, NOW);
    expect((await rowOf(lastDay.id)).createdAt).toEqual(NOW);
  });

  it("waits for the countersigned MOU, its term, and the office ID (7.1)", async () => {
    const cases = [
      { fields: { state: "MOU_SIGNED" as const, countersignedAt: null }, message: "No account may be set up before the Process Owner countersigns the MOU." },
      { fields: { termStartsOn: "2026-07-01", termEndsOn: "2029-06-30" }, message: "The MOU's term starts on Jul 1, 2026: accounts are set up from that day." },
      { fields: { termStartsOn: "2023-01-01", termEndsOn: "2026-06-14" }, message: "The MOU's term ended on Jun 14, 2026: no account may be set up under it." },
      { fields: { officeId: null }, message: /^The office ID is not recorded yet: the Infrastructure Manager creates it first/ },
      { fields: { approvedAccounts: 0 }, message: "No user accounts are approved for the organization." },
    ];
    for (const { fields, message } of cases) {
      const { organization, application, people } = await organizationWith(fields);
      const user = await makeListedUser(db, organization, application.id, RECENT);
      await expectRefusedUnchanged(
        user.id,
        async () => createAccessAccount(await actor(db, people.sysadmin.id), { accountId: user.id, confirm: "yes" }, NOW),
        message,
      );
    }
  });

  it("never sets up more than the number approved; a suspension frees a place, and the account may be set up again", async () => {
    const { organization, application, people } = await organizationWith({ approvedAccounts: 1 });
    const sysadmin = await actor(db, people.sysadmin.id);
    const first = await makeListedUser(db, organization, application.id, RECENT);
    const second = await makeListedUser(db, organization, application.id, RECENT);
    await createAccessAccount(sysadmin, { accountId: first.id, confirm: "yes" }, NOW);
    await expectRefusedUnchanged(
      second.id,
      () => createAccessAccount(sysadmin, { accountId: second.id, confirm: "yes" }, NOW),
      "The one approved user account is already set up.",
    );
    await expect(createAccessAccount(sysadmin, { accountId: first.id, confirm: "yes" }, NOW)).rejects.toThrow(/account was already set up on/);

    await suspendAccessAccount(sysadmin, { accountId: first.id, confirm: "yes" }, NOW);
    expect((await rowOf(first.id)).suspendedAt).toEqual(NOW);
    await expect(suspendAccessAccount(sysadmin, { accountId: first.id, confirm: "yes" }, NOW)).rejects.toThrow(/already suspended on/);
    await createAccessAccount(sysadmin, { accountId: second.id, confirm: "yes" }, NOW);
    await expectRefusedUnchanged(
      first.id,
      () => createAccessAccount(sysadmin, { accountId: first.id, confirm: "yes" }, NOW),
      "The one approved user account is already set up.",
    );
    expect(await auditEventsOf(db, "access.suspend_account", first.id)).toHaveLength(1);
  });

  it("two administrators setting up the last allowed account at once set up one between them", async () => {
    const { organization, application, people } = await organizationWith({ approvedAccounts: 3 });
    // A second System Administrator of the same LCSA.
    const colleague = await accessPeople(db, organization);
    const [one, two] = [await actor(db, people.sysadmin.id), await actor(db, colleague.sysadmin.id)];
    for (let index = 0; index < 2; index += 1) {
      const user = await makeListedUser(db, organization, application.id, RECENT);
      await createAccessAccount(one, { accountId: user.id, confirm: "yes" }, NOW);
    }
    // Six users waiting, three set up by each administrator at the same moment, for the one place left.
    const waiting = [];
    for (let index = 0; index < 6; index += 1) waiting.push(await makeListedUser(db, organization, application.id, RECENT));
    // Connections open and waiting, so the six transactions truly overlap.
    await Promise.all(Array.from({ length: 8 }, () => db.$executeRaw`SELECT pg_sleep(0.05)`));
    const outcomes = await Promise.allSettled(
      waiting.map((user, index) => createAccessAccount(index % 2 ? two : one, { accountId: user.id, confirm: "yes" }, NOW)),
    );
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    for (const outcome of outcomes.filter((outcome) => outcome.status === "rejected")) {
      expect(outcome.reason).toBeInstanceOf(UserError);
      expect((outcome.reason as UserError).message).toBe("All 3 approved user accounts are already set up.");
    }
    expect(await db.accessAccount.count({ where: { organizationId: organization.id, createdAt: { not: null } } })).toBe(3);
    expect(await db.auditEvent.count({ where: { action: "access.create_account", entityId: { in: waiting.map((user) => user.id) } } })).toBe(1);
  });
});

describe("the organization's page (getOrganizationOverview)", () => {
  it("shows the MOU, each user's standing and the counts, to the people the organization concerns only", async () => {
    const { organization, application, people } = await organizationWith({ approvedAccounts: 4 });
    const created = new Date("2026-01-20T18:00:00Z");
    await makeListedUser(db, organization, application.id, { userName: "Ana (current)", ...RECENT, createdAt: created });
    await makeListedUser(db, organization, application.id, {
      userName: "Ben (due soon)",
      trainedOn: "2025-07-01",
      confidentialitySignedOn: "2026-01-01",
      createdAt: created,
    });
    await makeListedUser(db, organization, application.id, {
      userName: "Cy (expired)",
      trainedOn: "2025-05-01",
      confidentialitySignedOn: "2026-01-01",
      createdAt: created,
    });
    await makeListedUser(db, organization, application.id, { userName: "Dee (waiting)", ...RECENT });

    const overview = await getOrganizationOverview((await actor(db, people.requestor.id)).actor, organization.id, NOW);
    expect(overview?.mou).toMatchObject({ approvedAccounts: 4, termStartsOn: "2026-01-01", termEndsOn: "2028-12-31", officeId: "OFC-1234" });
    expect(overview?.accounts.map((account) => [account.userName, account.standing.kind])).toEqual([
      ["Ana (current)", "active"],
      ["Ben (due soon)", "due-soon"],
      ["Cy (expired)", "flagged"],
      ["Dee (waiting)", "listed"],
    ]);
    expect(overview?.counts).toEqual({ live: 3, waiting: 1, flagged: 1 });
    expect(overview?.renewal?.status).toBe("not-yet");

    for (const someone of [people.sysadmin, people.director, people.coordinator, people.owner, people.iso, people.admin]) {
      expect(await getOrganizationOverview((await actor(db, someone.id)).actor, organization.id, NOW)).not.toBeNull();
    }
    for (const someone of [people.otherRequestor, people.otherSysadmin, people.unrelated]) {
      expect(await getOrganizationOverview((await actor(db, someone.id)).actor, organization.id, NOW)).toBeNull();
    }
  });
});
