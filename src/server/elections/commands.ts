import "server-only";
import { formatDateTime } from "@/lib/format";
import { candidacyProblem, nominatorProblem, withdrawerProblem } from "@/domain/governance/election-eligibility";
import { electionPhase } from "@/domain/governance/election-schedule";
import type { NominateInput, SetElectorateInput } from "@/domain/governance/election-schemas";
import { recordAudit } from "@/lib/audit";
import type { CommandContext } from "@/lib/context";
import { db } from "@/lib/db";
import { NotFoundError, UserError } from "@/lib/errors";
import { assertCan, can, holdsRoleFor } from "@/lib/permissions";
import { notify } from "@/server/notifications/notify";
import { lockElection, representativeRolesAt, representativesOf, type LockedElection } from "./shared";
import { electionPermissions } from "@/domain/governance/permissions";

export { castElectionVote } from "./cast-vote";
export { certifyElection } from "./certify";
export { closeDueElections, closeVoting } from "./close-voting";
export { openElection } from "./open-election";

/** Nominations and electorates change only until voting opens. */
function refuseOnceVotingOpened(election: LockedElection, now: Date, what: string): void {
  const phase = election.status === "NOMINATING" ? electionPhase(election, now) : "closed";
  if (phase === "voting" || phase === "closed") throw new UserError(`Voting has opened, so ${what} can no longer change.`);
}

/**
 * Who votes for a seat: the LCSAs of its caseload category (the default) or every LCSA of
 * the consortium. The chair (or an administrator) sets it before voting opens; a runoff
 * keeps its seat's electorate.
 */
export async function setElectorate(ctx: CommandContext, input: SetElectorateInput, now = new Date()) {
  return db.$transaction(async (tx) => {
    const election = await lockElection(tx, { contestId: input.contestId }, "update");
    assertCan(ctx.actor, electionPermissions.manage, { committeeId: election.committee.id });
    refuseOnceVotingOpened(election, now, "who votes");
    const contest = await tx.electionContest.findUniqueOrThrow({ where: { id: input.contestId }, select: { electorate: true, seat: { select: { title: true } } } });
    if (contest.electorate === input.electorate) return contest;
    const updated = await tx.electionContest.update({ where: { id: input.contestId }, data: { electorate: input.electorate }, select: { electorate: true, seat: { select: { title: true } } } });
    await recordAudit(tx, ctx, {
      action: "elections.set_electorate",
      entityType: "Election",
      entityId: election.id,
      summary: `${contest.seat.title}: ${input.electorate === "CONSORTIUM" ? "every LCSA of the consortium votes" : "the LCSAs of its caseload category vote"}`,
      before: { contestId: input.contestId, electorate: contest.electorate },
      after: { contestId: input.contestId, electorate: input.electorate },
    });
    return updated;
  });
}

/** The chair ends nominations early and opens voting now (it still closes at its set time). */
export async function openVotingNow(ctx: CommandContext, electionId: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const election = await lockElection(tx, { electionId }, "update");
    assertCan(ctx.actor, electionPermissions.manage, { committeeId: election.committee.id });
    refuseOnceVotingOpened(election, now, "the schedule");
    if (election.votingClosesAt <= now) throw new UserError("Voting would already be over: its closing time has passed.");
    await tx.election.update({ where: { id: electionId }, data: { nominationsCloseAt: now, votingOpensAt: now, version: { increment: 1 } } });
    // The notice sent at opening gave the old times: tell the electorates voting is open.
    const contests = await tx.electionContest.findMany({ where: { electionId }, select: { electorate: true, seat: { select: { caseloadCategory: true } } } });
    const consortiumId = election.committee.consortiumId ?? "";
    const voters = await representativesOf(
      tx,
      contests.some((contest) => contest.electorate === "CONSORTIUM")
        ? { consortiumId }
        : { consortiumId, caseloadCategory: { in: contests.map((contest) => contest.seat.caseloadCategory ?? 0) } },
    );
    await notify(tx, voters, {
      kind: "election.voting_open",
      subject: `${election.committee.name}: voting is open in the ${election.title}`,
      body: `Nominations have closed and voting is open until ${formatDateTime(election.votingClosesAt)} (Pacific time). Your LCSA's Director, or the Director's designee, casts its vote.`,
      link: `/elections/${electionId}`,
      dedupeKey: `election-voting:${electionId}`,
    });
    await recordAudit(tx, ctx, {
      action: "elections.open_voting",
      entityType: "Election",
      entityId: electionId,
      summary: `Closed nominations and opened voting in the ${election.title}`,
      before: { nominationsCloseAt: election.nominationsCloseAt, votingOpensAt: election.votingOpensAt },
      after: { nominationsCloseAt: now, votingOpensAt: now },
    });
  });
}

/**
 * Puts a candidate on a seat's ballot while nominations are open. The candidate must be the
 * Director or designee of an LCSA of the seat's category in the committee's consortium
 * (src/domain/governance/election-eligibility.ts); they, their LCSA's Director or the chair
 * may nominate them. A withdrawn nomination is restored.
 */
export async function nominate(ctx: CommandContext, input: NominateInput, now = new Date()) {
  return db.$transaction(async (tx) => {
    const election = await lockElection(tx, { contestId: input.contestId }, "share");
    if (election.status !== "NOMINATING" || electionPhase(election, now) !== "nominating") {
      throw new UserError(`Nominations for this election closed ${formatDateTime(election.nominationsCloseAt)}.`);
    }
    const contest = await tx.electionContest.findUniqueOrThrow({ where: { id: input.contestId }, select: { round: true, seat: { select: { title: true, caseloadCategory: true } } } });
    if (contest.round !== 1) throw new UserError("A runoff is among the tied candidates only; nobody new can be nominated.");
    const [candidate, lcsa] = await Promise.all([
      tx.user.findFirst({ where: { id: input.candidateId, status: "ACTIVE" }, select: { id: true, name: true } }),
      tx.lcsa.findUnique({ where: { id: input.lcsaId }, select: { id: true, name: true, consortiumId: true, caseloadCategory: true } }),
    ]);
    if (!candidate) throw new NotFoundError("That candidate");
    if (!lcsa) throw new NotFoundError("That LCSA");
    const refuse = (message: string) => new UserError(message, { candidate: [message] });
    const problem = candidacyProblem({
      candidateName: candidate.name,
      seat: contest.seat,
      consortiumId: election.committee.consortiumId ?? "",
      lcsa,
      rolesAtLcsa: await representativeRolesAt(tx, candidate.id, lcsa.id),
    });
    if (problem) throw refuse(problem);
    const chairs = can(ctx.actor, electionPermissions.manage, { committeeId: election.committee.id });
    const authority = nominatorProblem({ actorId: ctx.actor.id, candidateId: candidate.id, directsCandidateLcsa: holdsRoleFor(ctx.actor, "LCSA_DIRECTOR", { lcsaId: lcsa.id }), chairs });
    if (authority) throw refuse(authority);

    const key = { contestId_candidateId: { contestId: input.contestId, candidateId: candidate.id } };
    const existing = await tx.nomination.findUnique({ where: key, select: { withdrawnAt: true } });
    if (existing && !existing.withdrawnAt) throw refuse(`${candidate.name} is already a candidate for ${contest.seat.title}.`);
    const data = { lcsaId: lcsa.id, nominatedById: ctx.actor.id, withdrawnAt: null };
    // The unique key makes a doubled click or a race a no-op update, never a second nomination.
    const nomination = await tx.nomination.upsert({ where: key, create: { contestId: input.contestId, candidateId: candidate.id, ...data }, update: data, select: { id: true } });
    await recordAudit(tx, ctx, {
      action: "elections.nominate",
      entityType: "Election",
      entityId: election.id,
      summary: `Nominated ${candidate.name} (${lcsa.name} LCSA) for ${contest.seat.title}`,
      after: { nominationId: nomination.id, contestId: input.contestId, candidateId: candidate.id, lcsaId: lcsa.id },
    });
    return { id: nomination.id, candidate: candidate.name, seat: contest.seat.title };
  });
}

/** Withdraws a nomination before voting opens: the candidate, their nominator, their LCSA's Director or the chair. */
export async function withdrawNomination(ctx: CommandContext, nominationId: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const found = await tx.nomination.findUnique({ where: { id: nominationId }, select: { contestId: true } });
    if (!found) throw new NotFoundError("That nomination");
    const election = await lockElection(tx, { contestId: found.contestId }, "share");
    const nomination = await tx.nomination.findUniqueOrThrow({
      where: { id: nominationId },
      select: { candidateId: true, lcsaId: true, nominatedById: true, withdrawnAt: true, candidate: { select: { name: true } }, contest: { select: { round: true, seat: { select: { title: true } } } } },
    });
    const problem = withdrawerProblem({
      actorId: ctx.actor.id,
      candidateId: nomination.candidateId,
      nominatedById: nomination.nominatedById,
      directsCandidateLcsa: holdsRoleFor(ctx.actor, "LCSA_DIRECTOR", { lcsaId: nomination.lcsaId }),
      chairs: can(ctx.actor, electionPermissions.manage, { committeeId: election.committee.id }),
    });
    if (problem) throw new UserError(problem);
    if (nomination.contest.round !== 1) throw new UserError("Voting has opened, so the ballot can no longer change.");
    refuseOnceVotingOpened(election, now, "the ballot");
    if (nomination.withdrawnAt) throw new UserError(`${nomination.candidate.name}'s nomination was already withdrawn.`);
    await tx.nomination.update({ where: { id: nominationId }, data: { withdrawnAt: now } });
    await recordAudit(tx, ctx, {
      action: "elections.withdraw_nomination",
      entityType: "Election",
      entityId: election.id,
      summary: `Withdrew ${nomination.candidate.name}'s nomination for ${nomination.contest.seat.title}`,
      before: { nominationId, withdrawnAt: null },
      after: { nominationId, withdrawnAt: now },
    });
    return { candidate: nomination.candidate.name };
  });
}
