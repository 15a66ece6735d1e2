import "server-only";
import { formatDateTime } from "@/lib/format";
import { votesFor } from "@/domain/governance/election-eligibility";
import { countContest, statusAfterCount, statusOf, type ContestResult } from "@/domain/governance/election-result";
import { contestPhase, runoffClosesAt } from "@/domain/governance/election-schedule";
import type { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit";
import { SYSTEM_CONTEXT, type CommandContext, type SystemContext } from "@/lib/context";
import { db, type Tx } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { notify } from "@/server/notifications/notify";
import { lockElection, representativesOf } from "./shared";
import { electionPermissions } from "@/domain/governance/permissions";

export interface CountedSeat {
  seat: string;
  round: number;
  explanation: string;
  /** Set when the seat went to a runoff: when the new round closes. */
  runoffClosesAt: Date | null;
}

/**
 * Closes voting and counts it. The chair (or an administrator) may close early, once voting
 * has opened; after the closing time anyone may, so an election never stays open forever.
 */
export async function closeVoting(ctx: CommandContext, electionId: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const counted = await closeElectionInTx(tx, ctx, electionId, now, (committeeId) => assertCan(ctx.actor, electionPermissions.manage, { committeeId }));
    if (!counted) throw new UserError("Voting in this election is already closed and counted.");
    return counted;
  });
}

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
    if (await db.$transaction((tx) => closeElectionInTx(tx, SYSTEM_CONTEXT, id, now))) closed += 1;
  }
  return closed;
}

/**
 * Counts the election's open rounds inside the caller's transaction: each seat is elected,
 * has no result, or goes to a runoff among the tied, which opens at once with its own close
 * time. `authorizeEarly` runs when voting is still open; without it nothing happens before
 * the close time. Returns null when there was nothing to close (e.g. another instance did).
 */
export async function closeElectionInTx(tx: Tx, ctx: CommandContext | SystemContext, electionId: string, now: Date, authorizeEarly?: (committeeId: string) => void): Promise<{ status: "VOTING" | "TALLIED"; seats: CountedSeat[] } | null> {
  const election = await lockElection(tx, { electionId }, "update");
  if (election.status !== "NOMINATING" && election.status !== "VOTING") return null;
  const open = await tx.electionContest.findMany({
    where: { electionId, status: "OPEN" },
    orderBy: { seat: { sortOrder: "asc" } },
    select: {
      id: true,
      seatId: true,
      round: true,
      status: true,
      electorate: true,
      termEndsOn: true,
      votingClosesAt: true,
      seat: { select: { title: true, caseloadCategory: true } },
      nominations: { where: { withdrawnAt: null }, select: { id: true, candidateId: true, lcsaId: true, nominatedById: true, candidate: { select: { name: true } }, lcsa: { select: { name: true } } } },
      ballots: { select: { nominationId: true } },
    },
  });
  if (open.length === 0) return null;
  const phases = open.map((contest) => contestPhase(contest, election, now));
  if (phases.some((phase) => phase === "nominating" || phase === "waiting")) {
    if (!authorizeEarly) return null;
    throw new UserError(`Voting has not opened yet (it opens ${formatDateTime(election.votingOpensAt)}), so there is nothing to count.`);
  }
  if (phases.some((phase) => phase === "voting")) {
    if (!authorizeEarly) return null;
    authorizeEarly(election.committee.id);
  }

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
  await recordAudit(tx, ctx, {
    action: "elections.count",
    entityType: "Election",
    entityId: electionId,
    summary: `Counted the ${election.title}: ${seats.map((seat) => `${seat.seat}: ${seat.explanation}`).join(" ")}`,
    before: { status: election.status },
    after: { status, seats },
  });
  return { status, seats };
}
