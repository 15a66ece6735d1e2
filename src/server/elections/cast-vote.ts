import "server-only";
import { formatDateTime } from "@/components/format";
import { electorateProblem } from "@/domain/governance/election-eligibility";
import { contestPhase } from "@/domain/governance/election-schedule";
import type { CastElectionVoteInput } from "@/domain/governance/election-schemas";
import { recordAudit } from "@/lib/audit";
import type { CommandContext } from "@/lib/context";
import { db } from "@/lib/db";
import { NotFoundError, UserError } from "@/lib/errors";
import { holdsRoleFor } from "@/lib/permissions";
import { electionOfContest, lockElection } from "./shared";

/**
 * Casts or changes an LCSA's vote for a seat. One vote per LCSA per contest is the table's
 * unique key, so the Director and the designee of one LCSA share it: whoever votes last
 * sets it, until voting closes. The election is share-locked (src/server/elections/shared.ts),
 * so a close waits for votes in flight and no vote lands after it.
 */
export async function castElectionVote(ctx: CommandContext, input: CastElectionVoteInput, now = new Date()) {
  return db.$transaction(async (tx) => {
    const election = await lockElection(tx, await electionOfContest(tx, input.contestId), "share");
    const contest = await tx.electionContest.findUniqueOrThrow({
      where: { id: input.contestId },
      select: { round: true, status: true, votingClosesAt: true, electorate: true, seat: { select: { title: true, caseloadCategory: true } } },
    });
    const phase = election.status === "CANCELLED" ? "counted" : contestPhase(contest, election, now);
    if (phase === "nominating" || phase === "waiting") throw new UserError(`Voting has not opened yet; it opens ${formatDateTime(election.votingOpensAt)}.`);
    if (phase !== "voting") throw new UserError("Voting for this seat has closed; your vote was not recorded.");

    const represents = holdsRoleFor(ctx.actor, "LCSA_DIRECTOR", { lcsaId: input.lcsaId }) || holdsRoleFor(ctx.actor, "LCSA_DIRECTOR_DESIGNEE", { lcsaId: input.lcsaId });
    const lcsa = await tx.lcsa.findUnique({ where: { id: input.lcsaId }, select: { name: true, consortiumId: true, caseloadCategory: true } });
    if (!lcsa) throw new NotFoundError("That LCSA");
    if (!represents) throw new UserError(`Only the ${lcsa.name} LCSA's Director, or the Director's designee, casts its vote.`);
    const outside = electorateProblem(contest.electorate, contest.seat.caseloadCategory ?? 0, election.committee.consortiumId ?? "", lcsa);
    if (outside) throw new UserError(outside);
    const nomination = await tx.nomination.findFirst({
      where: { id: input.nominationId, contestId: input.contestId, withdrawnAt: null },
      select: { id: true, candidate: { select: { name: true } } },
    });
    if (!nomination) throw new UserError("That candidate is not on this ballot.", { nominationId: ["Choose one of the candidates listed."] });

    // The LCSA's Director and designee vote one at a time, so each vote sees the one before
    // (the unique key alone would keep one row, but the audit could call two of them the first).
    // NO KEY UPDATE leaves the LCSA's row free for foreign-key checks elsewhere.
    await tx.$queryRaw`SELECT id FROM "Lcsa" WHERE id = ${input.lcsaId} FOR NO KEY UPDATE`;
    const key = { contestId_lcsaId: { contestId: input.contestId, lcsaId: input.lcsaId } };
    const before = await tx.electionBallot.findUnique({ where: key, select: { nominationId: true, voterId: true } });
    const data = { nominationId: nomination.id, voterId: ctx.actor.id };
    const ballot = await tx.electionBallot.upsert({ where: key, create: { contestId: input.contestId, lcsaId: input.lcsaId, ...data }, update: data, select: { id: true, nominationId: true } });
    await recordAudit(tx, ctx, {
      action: before ? "elections.change_vote" : "elections.cast_vote",
      entityType: "Election",
      entityId: election.id,
      summary: `The ${lcsa.name} LCSA voted for ${contest.seat.title}${contest.round > 1 ? ` (runoff round ${contest.round})` : ""}`,
      before,
      after: { contestId: input.contestId, lcsaId: input.lcsaId, ...data },
    });
    return { ...ballot, candidate: nomination.candidate.name, lcsa: lcsa.name, changed: Boolean(before) };
  });
}
