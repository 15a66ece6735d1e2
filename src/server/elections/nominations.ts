import "server-only";
import { candidacyProblem } from "@/domain/governance/election-eligibility";
import { electionAudit } from "@/domain/governance/election-audit-actions";
import { electionPhase } from "@/domain/governance/election-schedule";
import type { NominateInput } from "@/domain/governance/election-schemas";
import { electionPermissions } from "@/domain/governance/permissions";
import { defineCommand } from "@/lib/command";
import { NotFoundError, UserError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { refusalOf } from "@/lib/permissions";
import { refuseOnceVotingOpened } from "@/server/elections/before-voting";
import { representativeRolesAt } from "@/server/elections/shared";
import { contestSubject, nominationSubject } from "@/server/elections/subjects";

/**
 * Puts a candidate on a seat's ballot while nominations are open. The candidate must be the
 * Director or designee of an LCSA of the seat's category in the committee's consortium
 * (src/domain/governance/election-eligibility.ts); they, their LCSA's Director or the chair
 * may nominate them (electionPermissions.nominate, asked once the candidate is known, so an
 * ineligible candidate is refused as such first). A withdrawn nomination is restored.
 */
export const nominate = defineCommand({
  name: electionAudit.nominate,
  subject: contestSubject("share"),
  target: (input: NominateInput) => input.contestId,
  permission: electionPermissions.takePart,
  resource: (election) => ({ committeeId: election.committee.id }),
  async run({ tx, ctx, input: { contestId, candidate: chosen }, record: election, now }) {
    if (election.status !== "NOMINATING" || electionPhase(election, now) !== "nominating") {
      throw new UserError(`Nominations for this election closed ${formatDateTime(election.nominationsCloseAt)}.`);
    }
    const contest = await tx.electionContest.findUniqueOrThrow({
      where: { id: contestId },
      select: { round: true, seat: { select: { title: true, caseloadCategory: true } } },
    });
    if (contest.round !== 1) throw new UserError("A runoff is among the tied candidates only; nobody new can be nominated.");
    // One after the other: a transaction's queries share its one connection.
    const candidate = await tx.user.findFirst({ where: { id: chosen.candidateId, status: "ACTIVE" }, select: { id: true, name: true } });
    const lcsa = await tx.lcsa.findUnique({ where: { id: chosen.lcsaId }, select: { id: true, name: true, consortiumId: true, caseloadCategory: true } });
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
    const authority = refusalOf(ctx.actor, electionPermissions.nominate, { committeeId: election.committee.id, candidateId: candidate.id, lcsaId: lcsa.id });
    if (authority) throw refuse(authority);

    const key = { contestId_candidateId: { contestId, candidateId: candidate.id } };
    const existing = await tx.nomination.findUnique({ where: key, select: { withdrawnAt: true } });
    if (existing && !existing.withdrawnAt) throw refuse(`${candidate.name} is already a candidate for ${contest.seat.title}.`);
    const data = { lcsaId: lcsa.id, nominatedById: ctx.actor.id, withdrawnAt: null };
    // The unique key makes a doubled click or a race a no-op update, never a second nomination.
    const nomination = await tx.nomination.upsert({
      where: key,
      create: { contestId, candidateId: candidate.id, ...data },
      update: data,
      select: { id: true },
    });
    return { id: nomination.id, candidate: candidate.name, candidateId: candidate.id, seat: contest.seat.title, lcsa: lcsa.name, lcsaId: lcsa.id };
  },
  audit: ({ input, result }) => ({
    summary: `Nominated ${result.candidate} (${result.lcsa} LCSA) for ${result.seat}`,
    after: { nominationId: result.id, contestId: input.contestId, candidateId: result.candidateId, lcsaId: result.lcsaId },
  }),
});

/** Withdraws a nomination before voting opens: the candidate, their nominator, their LCSA's Director or the chair. */
export const withdrawNomination = defineCommand({
  name: electionAudit.withdraw_nomination,
  subject: nominationSubject,
  target: (input: { nominationId: string }) => input.nominationId,
  permission: electionPermissions.withdrawNomination,
  resource: ({ election, nomination }) => ({
    committeeId: election.committee.id,
    candidateId: nomination.candidateId,
    lcsaId: nomination.lcsaId,
    nominatedById: nomination.nominatedById,
  }),
  async run({ tx, record: { election, nomination }, now }) {
    if (nomination.contest.round !== 1) throw new UserError("Voting has opened, so the ballot can no longer change.");
    refuseOnceVotingOpened(election, now, "the ballot");
    if (nomination.withdrawnAt) throw new UserError(`${nomination.candidate.name}'s nomination was already withdrawn.`);
    await tx.nomination.update({ where: { id: nomination.id }, data: { withdrawnAt: now } });
    return { candidate: nomination.candidate.name, withdrawnAt: now };
  },
  audit: ({ record: { nomination }, result }) => ({
    summary: `Withdrew ${nomination.candidate.name}'s nomination for ${nomination.contest.seat.title}`,
    before: { nominationId: nomination.id, withdrawnAt: null },
    after: { nominationId: nomination.id, withdrawnAt: result.withdrawnAt },
  }),
});
