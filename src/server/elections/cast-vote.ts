import "server-only";
import { randomUUID } from "node:crypto";
import { electionAudit } from "@/domain/governance/election-audit-actions";
import { electorateProblem } from "@/domain/governance/election-eligibility";
import { contestPhase } from "@/domain/governance/election-schedule";
import type { CastElectionVoteInput } from "@/domain/governance/election-schemas";
import { electionPermissions } from "@/domain/governance/permissions";
import { defineCommand } from "@/lib/command";
import { NotFoundError, UserError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { refusalOf } from "@/lib/permissions";
import { contestSubject } from "@/server/elections/subjects";

/**
 * Casts or changes an LCSA's vote for a seat. One vote per LCSA per contest is the table's
 * unique key, so the Director and the designee of one LCSA share it: whoever votes last
 * sets it, until voting closes. The election is share-locked (src/server/elections/subjects.ts),
 * so a close waits for votes in flight and no vote lands after it. Who may vote for the LCSA
 * (electionPermissions.vote) is asked once voting is known to be open.
 */
export const castElectionVote = defineCommand({
  name: electionAudit.cast_vote,
  subject: contestSubject("share"),
  target: (input: CastElectionVoteInput) => input.contestId,
  permission: electionPermissions.takePart,
  resource: (election) => ({ committeeId: election.committee.id }),
  async run({ tx, ctx, input, record: election, now }) {
    const contest = await tx.electionContest.findUniqueOrThrow({
      where: { id: input.contestId },
      select: {
        round: true,
        status: true,
        votingClosesAt: true,
        electorate: true,
        seat: { select: { title: true, caseloadCategory: true } },
        nominations: { where: { id: input.nominationId, withdrawnAt: null }, select: { id: true, candidate: { select: { name: true } } } },
      },
    });
    const phase = election.status === "CANCELLED" ? "counted" : contestPhase(contest, election, now);
    if (phase === "nominating" || phase === "waiting") throw new UserError(`Voting has not opened yet; it opens ${formatDateTime(election.votingOpensAt)}.`);
    if (phase !== "voting") throw new UserError("Voting for this seat has closed; your vote was not recorded.");

    const lcsa = await tx.lcsa.findUnique({ where: { id: input.lcsaId }, select: { name: true, consortiumId: true, caseloadCategory: true } });
    if (!lcsa) throw new NotFoundError("That LCSA");
    const refusal = refusalOf(ctx.actor, electionPermissions.vote, { lcsaId: input.lcsaId, lcsaName: lcsa.name });
    if (refusal) throw new UserError(refusal);
    const outside = electorateProblem(contest.electorate, contest.seat.caseloadCategory ?? 0, election.committee.consortiumId ?? "", lcsa);
    if (outside) throw new UserError(outside);
    const [nomination] = contest.nominations;
    if (!nomination) throw new UserError("That candidate is not on this ballot.", { nominationId: ["Choose one of the candidates listed."] });

    // One statement, so the Director and the designee of an LCSA voting at the same instant
    // leave one row: the unique key turns the second into an update, which waits for the first
    // to commit. xmax is 0 only on a row this statement inserted: a first vote, not a change.
    const at = new Date();
    const [ballot] = await tx.$queryRaw<{ id: string; nominationId: string; inserted: boolean }[]>`
      INSERT INTO "ElectionBallot" (id, "contestId", "lcsaId", "voterId", "nominationId", "castAt", "updatedAt")
      VALUES (${randomUUID()}, ${input.contestId}, ${input.lcsaId}, ${ctx.actor.id}, ${nomination.id}, ${at}, ${at})
      ON CONFLICT ("contestId", "lcsaId") DO UPDATE SET "voterId" = EXCLUDED."voterId", "nominationId" = EXCLUDED."nominationId", "updatedAt" = EXCLUDED."updatedAt"
      RETURNING id, "nominationId", (xmax = 0) AS inserted`;
    return {
      id: ballot!.id,
      nominationId: ballot!.nominationId,
      candidate: nomination.candidate.name,
      lcsa: lcsa.name,
      changed: !ballot!.inserted,
      seat: contest.seat.title,
      round: contest.round,
      voterId: ctx.actor.id,
    };
  },
  audit: ({ input, result }) => ({
    action: result.changed ? electionAudit.change_vote : electionAudit.cast_vote,
    summary: `The ${result.lcsa} LCSA voted for ${result.seat}${result.round > 1 ? ` (runoff round ${result.round})` : ""}`,
    after: { contestId: input.contestId, lcsaId: input.lcsaId, nominationId: result.nominationId, voterId: result.voterId },
  }),
});
