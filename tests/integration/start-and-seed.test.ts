import { spawnSync } from "node:child_process";
import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { DEMO_ACCOUNTS } from "@/domain/identity/demo-accounts";
import { migrate } from "@/lib/db/migrate";
import { DEMO_EXPERTS, DEMO_WORKGROUPS } from "../../prisma/seed/demo-workgroups";
import { seed } from "../../prisma/seed/run";
import { createDatabase } from "../support/databases";

async function countRows(url: string) {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    const [
      users,
      roles,
      counties,
      lcsas,
      organizations,
      committees,
      components,
      allocation,
      seats,
      terms,
      meetings,
      publishedMinutes,
      elections,
      electionBallots,
    ] = await Promise.all([
      db.user.count(),
      db.roleAssignment.count(),
      db.county.count(),
      db.lcsa.count(),
      db.thirdPartyOrganization.count(),
      db.committee.count(),
      db.ccsasComponent.count(),
      db.allocationGuideRow.count(),
      db.seat.count(),
      db.term.count(),
      db.meeting.count(),
      db.minutes.count({ where: { status: "PUBLISHED" } }),
      db.election.count(),
      db.electionBallot.count(),
    ]);
    return {
      users,
      roles,
      counties,
      lcsas,
      organizations,
      committees,
      components,
      allocation,
      seats,
      terms,
      meetings,
      publishedMinutes,
      elections,
      electionBallots,
    };
  } finally {
    await db.$disconnect();
  }
}

describe("seeding", () => {
  it("loads reference data and demo accounts, and a second run duplicates nothing", async () => {
    const url = await createDatabase({ prefix: "seed" });
    await migrate(url);
    await seed(url, { demo: true });
    const first = await countRows(url);
    // Seats: CASES ESC 7 (chair and six categories), ARS ESC 4, CASES TAB 4, ARS TAB 2, CCSAS CCB 7.
    // Each demo workgroup is a committee too, and its experts are users.
    expect(first).toMatchObject({
      users: DEMO_ACCOUNTS.length + DEMO_EXPERTS.length,
      counties: 58,
      components: 7,
      committees: 5 + DEMO_WORKGROUPS.length,
      seats: 24,
    });
    // Every demo seat holder has a term; categories 1, 3 and 5 were elected twice (Governance plan 2.8).
    expect(first.terms).toBe(DEMO_ACCOUNTS.filter((account) => account.seat).length + 3);
    // The demo calendar: CASES ESC 3 past meetings and ARS ESC 2, each with published minutes, and one upcoming each.
    expect(first).toMatchObject({ meetings: 7, publishedMinutes: 5 });
    // The June 2026 election that re-elected them, certified, one vote for each seat.
    expect(first).toMatchObject({ elections: 1, electionBallots: 3 });

    await seed(url, { demo: true });
    expect(await countRows(url)).toEqual(first);
    // Two full seeds (argon2 hashes for every demo account, meetings, workgroups) on a busy two-core machine.
  }, 120_000);

  it("reference-only seeding creates no accounts", async () => {
    const url = await createDatabase({ prefix: "seed" });
    await migrate(url);
    await seed(url, { demo: false });
    expect(await countRows(url)).toMatchObject({ users: 0, roles: 0, terms: 0, counties: 58, seats: 24 });
  });
});

describe("npm start with a configured database", () => {
  it("refuses to start without NEXTAUTH_SECRET, and says why", () => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none", PORT: "3999" };
    delete env.NEXTAUTH_SECRET;
    delete env.AUTH_SECRET;
    const run = spawnSync("npx", ["tsx", "src/cli/start.ts"], { env, encoding: "utf8", timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Refusing to start: DATABASE_URL is set but NEXTAUTH_SECRET is not.");
    // Starting tsx is a cold compile: seconds on a quiet machine, more on a busy one.
  }, 90_000);
});
