import "server-only";
import { electionAudit } from "@/domain/governance/election-audit-actions";
import { electionPhase } from "@/domain/governance/election-schedule";
import type { SetElectorateInput } from "@/domain/governance/election-schemas";
import { electionPermissions } from "@/domain/governance/permissions";
import { defineCommand } from "@/lib/command";
import { UserError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { notify } from "@/server/notifications/notify";
import { representativesOf } from "@/server/elections/shared";
import { contestSubject, electionSubject, type LockedElection } from "@/server/elections/subjects";

/** Nominations and electorates change only until voting opens. */
export function refuseOnceVotingOpened(election: LockedElection, now: Date, what: string): void {
  const phase = election.status === "NOMINATING" ? electionPhase(election, now) : "closed";
  if (phase === "voting" || phase === "closed") throw new UserError(`Voting has opened, so ${what} can no longer change.`);
}

const CONTEST_SELECT = { electorate: true, seat: { select: { title: true } } } as const;

/**
 * Who votes for a seat: the LCSAs of its caseload category (the default) or every LCSA of
 * the consortium. The chair (or an administrator) sets it before voting opens; a runoff
 * keeps its seat's electorate.
 */
export const setElectorate = defineCommand({
  name: electionAudit.set_electorate,
  subject: contestSubject("update"),
  target: (input: SetElectorateInput) => input.contestId,
  permission: electionPermissions.manage,
  resource: (election) => ({ committeeId: election.committee.id }),
  async run({ tx, input, record: election, now }) {
    refuseOnceVotingOpened(election, now, "who votes");
    const contest = await tx.electionContest.findUniqueOrThrow({ where: { id: input.contestId }, select: CONTEST_SELECT });
    if (contest.electorate === input.electorate) return { ...contest, before: contest.electorate, changed: false };
    const updated = await tx.electionContest.update({ where: { id: input.contestId }, data: { electorate: input.electorate }, select: CONTEST_SELECT });
    return { ...updated, before: contest.electorate, changed: true };
  },
  audit: ({ input, result }) =>
    result.changed
      ? {
          summary: `${result.seat.title}: ${input.electorate === "CONSORTIUM" ? "every LCSA of the consortium votes" : "the LCSAs of its caseload category vote"}`,
          before: { contestId: input.contestId, electorate: result.before },
          after: { contestId: input.contestId, electorate: input.electorate },
        }
      : null,
});

/** The chair ends nominations early and opens voting now (it still closes at its set time). */
export const openVotingNow = defineCommand({
  name: electionAudit.open_voting,
  subject: electionSubject("update"),
  target: (input: { electionId: string }) => input.electionId,
  permission: electionPermissions.manage,
  resource: (election) => ({ committeeId: election.committee.id }),
  async run({ tx, record: election, now }) {
    refuseOnceVotingOpened(election, now, "the schedule");
    if (election.votingClosesAt <= now) throw new UserError("Voting would already be over: its closing time has passed.");
    await tx.election.update({ where: { id: election.id }, data: { nominationsCloseAt: now, votingOpensAt: now, version: { increment: 1 } } });
    // The notice sent at opening gave the old times: tell the electorates voting is open.
    const contests = await tx.electionContest.findMany({
      where: { electionId: election.id },
      select: { electorate: true, seat: { select: { caseloadCategory: true } } },
    });
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
      link: `/elections/${election.id}`,
      dedupeKey: `election-voting:${election.id}`,
    });
    return { openedAt: now };
  },
  audit: ({ record: election, result }) => ({
    summary: `Closed nominations and opened voting in the ${election.title}`,
    before: { nominationsCloseAt: election.nominationsCloseAt, votingOpensAt: election.votingOpensAt },
    after: { nominationsCloseAt: result.openedAt, votingOpensAt: result.openedAt },
  }),
});
