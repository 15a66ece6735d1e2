import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getAttestationOverview, getOrganizationOverview } from "@/server/access/organization-queries";
import { seedDemoAccessAccounts } from "../../prisma/seed/demo-access-accounts.ts";
import { actor, makeUser } from "../support/identity.ts";

/** The demo accounts seedDemoAccessAccounts reads (src/domain/identity/demo-accounts.ts), as seedDemo creates them. */
async function demoAccounts() {
  const losAngeles = await db.lcsa.findUniqueOrThrow({ where: { code: "los-angeles" }, select: { id: true } });
  const organization = await db.thirdPartyOrganization.findUniqueOrThrow({ where: { name: "Los Angeles IV-A" }, select: { id: true } });
  const statewide = { type: "STATEWIDE" as const };
  return {
    director: await makeUser(db, { email: "director@demo.local", roles: [{ role: "LCSA_DIRECTOR", scope: { type: "LCSA", lcsaId: losAngeles.id } }] }),
    requestor: await makeUser(db, {
      email: "requestor@demo.local",
      roles: [{ role: "REQUESTOR", scope: { type: "ORGANIZATION", organizationId: organization.id } }],
    }),
    owner: await makeUser(db, { email: "process.owner@demo.local", roles: [{ role: "PROCESS_OWNER", scope: statewide }] }),
    sysadmin: await makeUser(db, {
      email: "sysadmin@demo.local",
      roles: [{ role: "LCSA_SYSTEM_ADMINISTRATOR", scope: { type: "LCSA", lcsaId: losAngeles.id } }],
    }),
    iso: await makeUser(db, { email: "iso@demo.local", roles: [{ role: "DCSS_ISO", scope: statewide }] }),
  };
}

describe("the demo after approval (seedDemoAccessAccounts)", () => {
  it("gives Los Angeles IV-A its users, Orange IV-A a blocked renewal and the year a campaign in progress, and runs again changing nothing", async () => {
    const people = await demoAccounts();
    const now = new Date("2026-12-03T20:00:00Z");
    await seedDemoAccessAccounts(db, now);
    const counts = async () => ({
      applications: await db.accessApplication.count(),
      accounts: await db.accessAccount.count(),
      findings: await db.auditFinding.count(),
      campaigns: await db.attestationCampaign.count(),
      attestations: await db.accountAttestation.count(),
      notifications: await db.notification.count(),
    });
    const first = await counts();
    await seedDemoAccessAccounts(db, new Date(now.getTime() + 3_600_000));
    expect(await counts()).toEqual(first);

    const requestor = (await actor(db, people.requestor.id)).actor;
    const losAngeles = await db.thirdPartyOrganization.findUniqueOrThrow({ where: { name: "Los Angeles IV-A" }, select: { id: true } });
    const overview = await getOrganizationOverview(requestor, losAngeles.id, now);
    expect(overview?.mou?.officeId).toBeTruthy();
    expect(overview?.accounts.map((account) => [account.userName, account.standing.kind])).toEqual([
      ["Aisha Johnson", "due-soon"],
      ["James Chen", "active"],
      ["Maria Lopez", "active"],
      ["Robert Kim", "flagged"],
      ["Sofia Martinez", "listed"],
    ]);
    const created = await db.accessAccount.findMany({
      where: { organizationId: losAngeles.id, createdAt: { not: null } },
      select: { createdAt: true, trainedOn: true },
    });
    for (const account of created) {
      expect(account.createdAt!.getTime()).toBeGreaterThan(account.trainedOn.getTime());
      expect(account.createdAt!.getTime()).toBeGreaterThan(overview!.mou!.countersignedAt!.getTime());
    }

    const owner = (await actor(db, people.owner.id)).actor;
    const orange = await db.thirdPartyOrganization.findUniqueOrThrow({ where: { name: "Orange IV-A" }, select: { id: true } });
    const blocked = await getOrganizationOverview(owner, orange.id, now);
    expect(blocked?.openFindings).toBe(1);
    expect(blocked?.renewal?.status).toBe("blocked");
    expect(blocked?.findings[0]?.sentTo).toBe(1);

    const [campaign] = (await getAttestationOverview(owner, now)).campaigns;
    expect(campaign).toMatchObject({ year: 2026, deadlineOn: "2026-12-24", progress: { confirmed: 1, pending: 3, overdue: 0, total: 4 } });
  });
});
