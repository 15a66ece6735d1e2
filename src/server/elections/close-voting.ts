import "server-only";
import { formatDateTime } from "@/lib/format";
import { votesFor } from "@/domain/governance/election-eligibility";
import { countContest, statusAfterCount, statusOf, type ContestResult } from "@/domain/governance/election-result";
import { contestPhase, runoffClosesAt } from "@/domain/governance/election-schedule";
import type { Prisma } from "@/generated/prisma/client";
import { electionAudit } from "@/domain/governance/election-audit-actions";
import { electionPermissions } from "@/domain/governance/permissions";
import { defineCommand, defineSubject, type AnyContext } from "@/lib/command";
import { SYSTEM_CONTEXT } from "@/lib/context";
import { db, type Tx } from "@/lib/db/client";
import { UserError } from "@/lib/errors";
import { notify } from "@/server/notifications/notify";
import { representativesOf } from "@/server/elections/shared";
import { electionSubject } from "@/server/elections/subjects";

export interface CountedSeat {
  seat: string;
  round: number;
  explanation: string;
  /** Set when the seat went to a runoff: when the new round closes. */
  runoffClosesAt: Date | null;
}

const OPEN_CONTEST_SELECT = {
  id: true,
  seatId: true,
  round: true,
  status: true,
  electorate: true,
  termEndsOn: true,
  votingClosesAt: true,
  seat: { select: { title: true, caseloadCategory: true } },
  nominations: {
    where: { withdrawnAt: null },
    select: { id: true, candidateId: true, lcsaId: true, nominatedById: true, candidate: { select: { name: true } }, lcsa: { select: { name: true } } },
  },
  ballots: { select: { nominationId: true } },
} as const;

/** An election locked FOR UPDATE for its count, with its open rounds (what there is to count). */
const countingSubject = defineSubject({
  type: "Election",
  async lock(tx, electionId, ctx) {
    const election = await electionSubject("update").lock(tx, electionId, ctx);
    const counting = election.status === "NOMINATING" || election.status === "VOTING";
    const open = counting
      ? await tx.electionContest.findMany({ where: { electionId, status: "OPEN" }, orderBy: { seat: { sortOrder: "asc" } }, select: OPEN_CONTEST_SELECT })
      : [];
    return { election, open };
  },
  idOf: ({ election }) => election.id,
  paths: ({ election }) => [`/elections/${election.id}`],
});

type Counting = Awaited<ReturnType<typeof countingSubject.lock>>;

const phasesOf = ({ election, open }: Counting, now: Date) => open.map((contest) => contestPhase(contest, election, now));

/**
 * Closes voting and counts it: each open round's seat is elected, has no result, or goes to
 * a runoff among the tied, which opens at once with its own close time. The chair (or an
 * administrator) may close early, once voting has opened; after the closing time anyone
 * may, and the worker does (SYSTEM_CONTEXT), so an election never stays open forever. For
 * the worker, an election with nothing due yet, or already counted by another instance, is
 * left alone (the result is null); a person is told why.
 */
export const closeVoting = defineCommand<
  { electionId: string },
  Counting,
  { committeeId: string },
  { status: "VOTING" | "TALLIED"; seats: CountedSeat[] } | null,
  AnyContext
>({
  name: electionAudit.count,
  subject: countingSubject,
  target: (input) => input.electionId,
  // Early (some round still open to votes), only the chair; due, anyone. A round not yet open refuses in `run`, first.
  permission: ({ record, now }) => {
    const phases = phasesOf(record, now);
    if (phases.some((phase) => phase === "nominating" || phase === "waiting")) return null;
    return phases.some((phase) => phase === "voting") ? electionPermissions.manage : null;
  },
  resource: ({ election }) => ({ committeeId: election.committee.id }),
  system: true,
  async run({ tx, ctx, record, now }) {
    const { election, open } = record;
    const byPerson = ctx.actor !== null;
    const phases = phasesOf(record, now);
    if (open.length === 0) {
      if (byPerson) throw new UserError("Voting in this election is already closed and counted.");
      return null;
    }
    if (phases.some((phase) => phase === "nominating" || phase === "waiting")) {
      if (!byPerson) return null;
      throw new UserError(`Voting has not opened yet (it opens ${formatDateTime(election.votingOpensAt)}), so there is nothing to count.`);
    }
    // The worker counts only what is due; a person allowed to close early has passed the permission.
    if (!byPerson && phases.some((phase) => phase === "voting")) return null;
    return countOpenRounds(tx, record, now);
  },
  audit: ({ record: { election }, result }) =>
    result && {
      summary: `Counted the ${election.title}: ${result.seats.map((seat) => `${seat.seat}: ${seat.explanation}`).join(" ")}`,
      before: { status: election.status },
      after: { status: result.status, seats: result.seats },
    },
});

/**
 * Closes every election, and every runoff round, whose voting time has passed; returns how
 * many were closed. For the scheduler: several instances may call it at once, and each
 * election is counted exactly once (the election row lock, then its status, decide).
 */
export async function closeDueElections(now: Date): Promise<number> {
  const due = await db.election.findMany({
    where: {
      OR: [
        { status: "NOMINATING", votingClosesAt: { lte: now } },
        { status: "VOTING", contests: { some: { status: "OPEN", votingClosesAt: { lte: now } } } },
      ],
    },
    select: { id: true },
  });
  let closed = 0;
  for (const { id } of due) {
    if (await closeVoting(SYSTEM_CONTEXT, { electionId: id }, now)) closed += 1;
  }
  return closed;
}

/** Counts the election's open rounds, inside the transaction that holds its lock. */
async function countOpenRounds(tx: Tx, { election, open }: Counting, now: Date): Promise<{ status: "VOTING" | "TALLIED"; seats: CountedSeat[] }> {
  const electionId = election.id;
  const consortiumId = election.committee.consortiumId ?? "";
  const lcsas = await tx.lcsa.findMany({ where: { consortiumId }, select: { consortiumId: true, caseloadCategory: true } });
  const seats: CountedSeat[] = [];
  const outcomes: ContestResult["outcome"][] = [];
  for (const contest of open) {
    const category = contest.seat.caseloadCategory ?? 0;
    const result = countContest({
      candidates: contest.nominations.map((nomination) => ({ nominationId: nomination.id, name: nomination.candidate.name, lcsaName: nomination.lcsa.name })),
      ballots: contest.ballots.map((ballot) => ballot.nominationId),
      electorateSize: lcsas.filter((lcsa) => votesFor(contest.electorate, category, consortiumId, lcsa)).length,
    });
    const { outcome } = result;
    const winner = outcome.kind === "elected" ? contest.nominations.find((nomination) => nomination.id === outcome.nominationId)! : null;
    await tx.electionContest.update({
      where: { id: contest.id },
      data: { status: statusOf(outcome), result: result as unknown as Prisma.InputJsonValue, winnerId: winner?.candidateId ?? null },
    });
    let closesAt: Date | null = null;
    if (outcome.kind === "runoff") {
      closesAt = runoffClosesAt(now);
      const tied = contest.nominations.filter((nomination) => outcome.nominationIds.includes(nomination.id));
      await tx.electionContest.create({
        data: {
          electionId,
          seatId: contest.seatId,
          round: contest.round + 1,
          electorate: contest.electorate,
          termEndsOn: contest.termEndsOn,
          votingClosesAt: closesAt,
          nominations: { create: tied.map(({ candidateId, lcsaId, nominatedById }) => ({ candidateId, lcsaId, nominatedById })) },
        },
      });
      const voters = await representativesOf(tx, contest.electorate === "CATEGORY" ? { consortiumId, caseloadCategory: { in: [category] } } : { consortiumId });
      await notify(tx, voters, {
        kind: "election.runoff",
        subject: `Runoff for ${contest.seat.title}: vote again by ${formatDateTime(closesAt)}`,
        body: `${result.explanation} Voting in the runoff is open now and closes ${formatDateTime(closesAt)} (Pacific time).`,
        link: `/elections/${electionId}`,
        dedupeKey: `election-runoff:${electionId}:${contest.seatId}:${contest.round + 1}`,
      });
    }
    outcomes.push(outcome);
    seats.push({ seat: contest.seat.title, round: contest.round, explanation: result.explanation, runoffClosesAt: closesAt });
  }

  const status = statusAfterCount(outcomes);
  await tx.election.update({ where: { id: electionId }, data: { status, version: { increment: 1 } } });
  return { status, seats };
}
