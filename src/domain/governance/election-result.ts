import { seatResult } from "@/domain/governance/election-cycle";
import type { ContestStatus } from "@/domain/governance/election-schedule";
import { countOf } from "@/lib/format";

/**
 * Counting a seat's round and what follows: plurality, and "a tie goes to a runoff among the
 * tied"; a runoff is another round of the same seat, and it may tie again. One vote per LCSA:
 * `ballots` holds the candidate each voting LCSA chose. Product rule: the plan states none of
 * this counting (election-cycle.ts seatResult).
 */
export interface Candidate {
  nominationId: string;
  name: string;
  lcsaName: string;
}

export interface CandidateCount extends Candidate {
  votes: number;
}

export type ContestOutcome =
  { kind: "elected"; nominationId: string } | { kind: "runoff"; nominationIds: string[] } | { kind: "no_result"; reason: "no_candidates" | "no_votes" };

export interface ContestResult {
  outcome: ContestOutcome;
  /** Most votes first, then by name. */
  counts: CandidateCount[];
  ballotsCast: number;
  electorateSize: number;
  explanation: string;
}

const plural = (count: number, one: string, many: string) => countOf(count, one, many, { none: `0 ${many}` });

function listed(names: readonly string[]): string {
  return names.length <= 2 ? names.join(" and ") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

const who = (candidate: Candidate) => `${candidate.name} (${candidate.lcsaName} LCSA)`;

export function countContest(input: { candidates: readonly Candidate[]; ballots: readonly string[]; electorateSize: number }): ContestResult {
  const votes = new Map(input.candidates.map((candidate) => [candidate.nominationId, 0]));
  for (const choice of input.ballots) {
    if (!votes.has(choice)) throw new Error(`A ballot names a candidate who is not on this ballot: ${choice}`);
    votes.set(choice, votes.get(choice)! + 1);
  }
  const counts = input.candidates
    .map((candidate) => ({ ...candidate, votes: votes.get(candidate.nominationId)! }))
    .sort((a, b) => b.votes - a.votes || a.name.localeCompare(b.name));
  const cast = input.ballots.length;
  const turnout = `${cast} of ${plural(input.electorateSize, "LCSA", "LCSAs")} voted`;
  const base = { counts, ballotsCast: cast, electorateSize: input.electorateSize };
  const vacant = "so the seat stays vacant until a special election fills it.";

  if (input.candidates.length === 0) {
    return { ...base, outcome: { kind: "no_result", reason: "no_candidates" }, explanation: `No result: nobody was nominated, ${vacant}` };
  }
  const result = seatResult(Object.fromEntries(votes));
  const byId = new Map(counts.map((count) => [count.nominationId, count]));
  switch (result.kind) {
    case "no_votes":
      return { ...base, outcome: { kind: "no_result", reason: "no_votes" }, explanation: `No result: no LCSA voted, ${vacant}` };
    case "elected":
      return {
        ...base,
        outcome: { kind: "elected", nominationId: result.candidate },
        explanation: `Elected: ${who(byId.get(result.candidate)!)} with ${result.votes} of ${plural(cast, "vote", "votes")}; ${turnout}.`,
      };
    case "runoff": {
      const tied = counts.filter((count) => result.candidates.includes(count.nominationId));
      return {
        ...base,
        outcome: { kind: "runoff", nominationIds: tied.map((count) => count.nominationId) },
        explanation: `Tied: ${listed(tied.map(who))} with ${plural(result.votes, "vote", "votes")} each; ${turnout}. A runoff among them decides the seat.`,
      };
    }
  }
}

/** The contest status a round's outcome gives it. */
export function statusOf(outcome: ContestOutcome): Exclude<ContestStatus, "OPEN"> {
  return outcome.kind === "elected" ? "DECIDED" : outcome.kind === "runoff" ? "RUNOFF" : "NO_RESULT";
}

export interface Round {
  seatId: string;
  round: number;
  status: ContestStatus;
}

/** Each seat's latest round: the one that decides it. */
export function latestRounds<T extends Round>(contests: readonly T[]): T[] {
  const latest = new Map<string, T>();
  for (const contest of contests) {
    const current = latest.get(contest.seatId);
    if (!current || contest.round > current.round) latest.set(contest.seatId, contest);
  }
  return [...latest.values()];
}

export type ElectionStatus = "NOMINATING" | "VOTING" | "TALLIED" | "CERTIFIED" | "CANCELLED";

/**
 * The election's status once its open rounds are counted: VOTING while a runoff round is
 * open, TALLIED when every seat is decided or has no result (ready to certify).
 */
export function statusAfterCount(outcomes: readonly ContestOutcome[]): "VOTING" | "TALLIED" {
  return outcomes.some((outcome) => outcome.kind === "runoff") ? "VOTING" : "TALLIED";
}

/** Why the results cannot be certified yet, or null when they can. */
export function certificationProblem(status: ElectionStatus, latest: readonly (Round & { seatTitle: string })[]): string | null {
  if (status === "CERTIFIED") return "These results are already certified.";
  if (status === "CANCELLED") return "This election was cancelled.";
  const open = latest.filter((contest) => contest.status === "OPEN" || contest.status === "RUNOFF");
  if (status !== "TALLIED" || open.length) {
    const seats = open.map((contest) => `${contest.seatTitle}${contest.round > 1 ? ` (runoff round ${contest.round})` : ""}`);
    return seats.length
      ? `Voting is not counted yet for ${listed(seats)}; certify once every seat is decided.`
      : "Voting is not counted yet; certify once every seat is decided.";
  }
  return null;
}
