/**
 * Elections as someone's task (src/domain/home/tasks.ts): an LCSA's vote for a seat, for
 * the person who casts it, while voting is open and the LCSA has not voted; and a tallied
 * election waiting for its chair's certification. Asked of the election permissions and
 * the electorate rule, as the commands ask them.
 */
import { electorateProblem, type LcsaFacts } from "@/domain/governance/election-eligibility";
import { electionPermissions } from "@/domain/governance/permissions";
import type { Task } from "@/domain/home/tasks";
import { refusalOf, type Principal } from "@/lib/permissions";

export interface ElectionTaskFacts {
  electionId: string;
  title: string;
  committeeId: string;
  consortiumId: string;
  status: "VOTING" | "TALLIED";
  /** When voting opened (VOTING) or when it closed and was tallied (TALLIED). */
  since: Date;
  votingClosesAt: Date;
  /** The open contests, with the LCSAs the person speaks for that have not voted in each. */
  contests: { contestId: string; seatTitle: string; electorate: "CATEGORY" | "CONSORTIUM"; seatCategory: number; closesAt: Date; lcsasNotVoted: LcsaFacts[] }[];
}

export function electionTasks(principal: Principal, election: ElectionTaskFacts, now: Date): Task[] {
  if (election.status === "TALLIED") {
    return refusalOf(principal, electionPermissions.manage, { committeeId: election.committeeId }) === null
      ? [
          {
            key: `election:${election.electionId}:certify`,
            area: "Election",
            action: "Certify the results",
            subject: election.title,
            why: "Voting has closed and the results are counted; you run the committee's elections.",
            since: election.since,
            due: null,
            href: `/elections/${election.electionId}#next-step`,
          },
        ]
      : [];
  }
  return election.contests.flatMap((contest) =>
    contest.lcsasNotVoted
      .filter(
        (lcsa) =>
          contest.closesAt.getTime() > now.getTime() &&
          refusalOf(principal, electionPermissions.vote, { lcsaId: lcsa.id, lcsaName: lcsa.name }) === null &&
          electorateProblem(contest.electorate, contest.seatCategory, election.consortiumId, lcsa) === null,
      )
      .map((lcsa) => ({
        key: `election:${contest.contestId}:${lcsa.id}`,
        area: "Election" as const,
        action: `Cast the ${lcsa.name} LCSA's vote`,
        subject: `${election.title}: ${contest.seatTitle}`,
        why: `The ${lcsa.name} LCSA votes for this seat, and you cast its vote.`,
        since: election.since,
        due: contest.closesAt,
        href: `/elections/${election.electionId}#seat-${contest.contestId}`,
      })),
  );
}
