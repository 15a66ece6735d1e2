import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import type { Prisma } from "../../src/generated/prisma/client.ts";
import { firstCycleTerms, regularElectionSeats } from "../../src/domain/governance/election-cycle.ts";
import { countContest, type ContestResult } from "../../src/domain/governance/election-result.ts";
import { fromCaliforniaLocal, regularSchedule } from "../../src/domain/governance/election-schedule.ts";

/**
 * The demo calendar's past election: in June 2026 categories 1, 3 and 5 were re-elected
 * (their first-cycle terms ended June 30, 2026; Governance plan 2.8), each member unopposed
 * and voted in by their own LCSA. It matches the terms prisma/seed/demo.ts records, which
 * this election's certification would have created. Loaded once.
 */
const YEAR = 2026;
const TITLE = `June ${YEAR} election`;

export async function seedDemoElectionHistory(db: PrismaClient): Promise<void> {
  const committee = await db.committee.findUniqueOrThrow({
    where: { code: "CASES-ESC" },
    select: { id: true, seats: { where: { caseloadCategory: { not: null } }, select: { id: true, caseloadCategory: true } } },
  });
  if (await db.election.count({ where: { committeeId: committee.id, title: TITLE } })) return;
  const chair = await db.user.findUniqueOrThrow({ where: { email: "chair@demo.local" }, select: { id: true } });
  // The first cycle was elected in June 2025 (prisma/seed/demo.ts); these seats were up in June 2026.
  const onBallot = regularElectionSeats(firstCycleTerms(YEAR - 1), YEAR);
  const election = await db.election.create({
    data: {
      committeeId: committee.id,
      kind: "REGULAR",
      title: TITLE,
      status: "CERTIFIED",
      ...regularSchedule(YEAR),
      termStartsOn: new Date(`${YEAR}-07-01`),
      openedById: chair.id,
      createdAt: fromCaliforniaLocal(`${YEAR}-05-04T10:00`),
      certifiedAt: fromCaliforniaLocal(`${YEAR}-06-24T10:00`),
      certifiedById: chair.id,
    },
  });
  for (const elected of onBallot) {
    const seat = committee.seats.find((candidate) => candidate.caseloadCategory === elected.seatCategory)!;
    const term = await db.term.findFirst({
      where: { seatId: seat.id, startsOn: new Date(elected.start) },
      select: { userId: true, lcsaId: true, user: { select: { name: true } }, lcsa: { select: { name: true, caseloadCategory: true } } },
    });
    if (!term?.lcsaId || !term.lcsa) continue;
    const electorateSize = await db.lcsa.count({ where: { consortium: { code: "CASES" }, caseloadCategory: elected.seatCategory } });
    const contest = await db.electionContest.create({
      data: { electionId: election.id, seatId: seat.id, termEndsOn: new Date(elected.end), status: "DECIDED", winnerId: term.userId },
    });
    const nomination = await db.nomination.create({
      data: {
        contestId: contest.id,
        candidateId: term.userId,
        lcsaId: term.lcsaId,
        nominatedById: term.userId,
        createdAt: fromCaliforniaLocal(`${YEAR}-05-11T09:30`),
      },
    });
    await db.electionBallot.create({
      data: {
        contestId: contest.id,
        lcsaId: term.lcsaId,
        voterId: term.userId,
        nominationId: nomination.id,
        castAt: fromCaliforniaLocal(`${YEAR}-06-09T11:00`),
      },
    });
    const result: ContestResult = countContest({
      candidates: [{ nominationId: nomination.id, name: term.user.name, lcsaName: term.lcsa.name }],
      ballots: [nomination.id],
      electorateSize,
    });
    await db.electionContest.update({ where: { id: contest.id }, data: { result: result as unknown as Prisma.InputJsonValue } });
  }
  await db.auditEvent.create({
    data: { action: "system.seed_demo", entityType: "Election", entityId: election.id, summary: `Loaded the demo ${TITLE} (certified)` },
  });
}
