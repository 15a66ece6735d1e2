import { hash } from "@node-rs/argon2";
import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import type { ScopeType } from "../../src/generated/prisma/enums.ts";
import { firstCycleTerms, seatsUpForElection, termStarting } from "../../src/domain/governance/election-cycle.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoScope, type DemoSeat } from "../../src/domain/identity/demo-accounts.ts";
import { seedDemoMeetings } from "./demo-meetings.ts";
import { seedDemoWorkgroups } from "./demo-workgroups.ts";
import { seedDemoElectionHistory } from "./demo-elections.ts";
import { seedChangeRequests } from "./change-requests.ts";
import { seedCplWork } from "./cpl-work.ts";
import { seedDemoStaffReports } from "./demo-staff-reports.ts";
import { seedDemoAccess } from "./demo-access.ts";
import { seedDemoAccessAccounts } from "./demo-access-accounts.ts";

/** Loads the demo accounts (src/domain/identity/demo-accounts.ts) and marks the installation as a demo. */
export async function seedDemo(db: PrismaClient, now: Date = new Date()): Promise<void> {
  const passwordHash = await hash(DEMO_PASSWORD);
  await db.$transaction(
    async (tx) => {
      for (const account of DEMO_ACCOUNTS) {
        const user = await tx.user.upsert({
          where: { email: account.email },
          create: { email: account.email, name: account.name, title: account.title, status: "ACTIVE", passwordHash },
          update: {},
        });
        for (const { role, scope } of account.roles) {
          const ids = await scopeIds(tx as unknown as PrismaClient, scope);
          const held = await tx.roleAssignment.findFirst({ where: { userId: user.id, role, revokedAt: null, ...ids } });
          if (!held) await tx.roleAssignment.create({ data: { userId: user.id, role, ...ids } });
        }
        if (account.seat) await seatDemoMember(tx as unknown as PrismaClient, user.id, account.seat);
      }
      await seedDemoElectionHistory(tx as unknown as PrismaClient);
      await seedChangeRequests(tx);
      await tx.auditEvent.create({
        data: { action: "system.seed_demo", entityType: "User", summary: `Loaded ${DEMO_ACCOUNTS.length} demo accounts (password ${DEMO_PASSWORD})` },
      });
      await tx.appSetting.upsert({ where: { key: "demo" }, create: { key: "demo", value: true }, update: { value: true } });
    },
    { timeout: 60_000 },
  );
  await db.$transaction((tx) => seedDemoMeetings(tx), { timeout: 60_000 });
  await seedDemoWorkgroups(db, passwordHash);
  await seedCplWork(db);
  await seedDemoStaffReports(db);
  // Third-party access: the pipeline first, which takes Los Angeles IV-A to ACTIVE with its office
  // ID; what follows approval reads it (and creates it only when missing).
  await seedDemoAccess(db, now);
  await seedDemoAccessAccounts(db, now);
}

// The demo calendar: the CASES ESC's first cycle was elected in June 2025, so categories
// 1, 3 and 5 served one year and were re-elected in June 2026 (Governance plan 2.8).
const FIRST_ELECTION_YEAR = 2025;

async function seatDemoMember(db: PrismaClient, userId: string, demo: DemoSeat): Promise<void> {
  const seat = await db.seat.findFirstOrThrow({
    where: { committee: { code: demo.committee }, sortOrder: demo.seat },
    select: { id: true, kind: true, caseloadCategory: true, terms: { select: { id: true }, take: 1 } },
  });
  if (seat.terms.length) return;
  const lcsaId = demo.lcsa ? (await db.lcsa.findUniqueOrThrow({ where: { code: demo.lcsa } })).id : null;
  const spans: { start: string; end: string | null }[] = [];
  if (seat.caseloadCategory) {
    const first = firstCycleTerms(FIRST_ELECTION_YEAR).find((term) => term.seatCategory === seat.caseloadCategory)!;
    spans.push(first);
    const next = FIRST_ELECTION_YEAR + 1;
    if (seatsUpForElection([first], next).length) spans.push(termStarting(next, seat.caseloadCategory));
  } else {
    spans.push({ start: `${FIRST_ELECTION_YEAR}-07-01`, end: null });
  }
  for (const span of spans) {
    await db.term.create({
      data: { seatId: seat.id, userId, lcsaId, startsOn: new Date(span.start), endsOn: span.end ? new Date(span.end) : null },
    });
  }
}

async function scopeIds(db: PrismaClient, scope: DemoScope) {
  const none = { consortiumId: null, lcsaId: null, committeeId: null, organizationId: null };
  const scopeType: ScopeType = scope.type;
  switch (scope.type) {
    case "STATEWIDE":
      return { scopeType, ...none };
    case "CONSORTIUM":
      return { scopeType, ...none, consortiumId: (await db.consortium.findUniqueOrThrow({ where: { code: scope.code } })).id };
    case "LCSA":
      return { scopeType, ...none, lcsaId: (await db.lcsa.findUniqueOrThrow({ where: { code: scope.code } })).id };
    case "COMMITTEE":
      return { scopeType, ...none, committeeId: (await db.committee.findUniqueOrThrow({ where: { code: scope.code } })).id };
    case "ORGANIZATION":
      return { scopeType, ...none, organizationId: (await db.thirdPartyOrganization.findUniqueOrThrow({ where: { name: scope.name } })).id };
  }
}
export { DEMO_PASSWORD };
