import { describe, expect, it } from "vitest";
import { certificationProblem, countContest, latestRounds, statusAfterCount, statusOf } from "@/domain/governance/election-result";

const erin = { nominationId: "n-erin", name: "Erin Member", lcsaName: "Butte" };
const maya = { nominationId: "n-maya", name: "Maya Torres", lcsaName: "Marin" };
const paul = { nominationId: "n-paul", name: "Paul Grant", lcsaName: "Placer" };

describe("counting a seat's round", () => {
  it("elects the candidate with the most votes and explains it", () => {
    const result = countContest({ candidates: [erin, maya], ballots: ["n-erin", "n-maya", "n-erin"], electorateSize: 8 });
    expect(result.outcome).toEqual({ kind: "elected", nominationId: "n-erin" });
    expect(result.explanation).toBe("Elected: Erin Member (Butte LCSA) with 2 of 3 votes; 3 of 8 LCSAs voted.");
    expect(result.counts.map((count) => [count.name, count.votes])).toEqual([
      ["Erin Member", 2],
      ["Maya Torres", 1],
    ]);
    expect(result).toMatchObject({ ballotsCast: 3, electorateSize: 8 });
  });

  it("elects an unopposed candidate with one vote, in the singular", () => {
    expect(countContest({ candidates: [erin], ballots: ["n-erin"], electorateSize: 1 }).explanation).toBe(
      "Elected: Erin Member (Butte LCSA) with 1 of 1 vote; 1 of 1 LCSA voted.",
    );
  });

  it("sends a tie for first to a runoff among the tied only", () => {
    const result = countContest({ candidates: [erin, maya, paul], ballots: ["n-maya", "n-erin", "n-paul", "n-erin", "n-maya"], electorateSize: 8 });
    expect(result.outcome).toEqual({ kind: "runoff", nominationIds: ["n-erin", "n-maya"] });
    expect(result.explanation).toBe(
      "Tied: Erin Member (Butte LCSA) and Maya Torres (Marin LCSA) with 2 votes each; 5 of 8 LCSAs voted. A runoff among them decides the seat.",
    );
  });

  it("names three or more tied candidates in a list", () => {
    const result = countContest({ candidates: [paul, maya, erin], ballots: ["n-paul", "n-maya", "n-erin"], electorateSize: 3 });
    expect(result.explanation).toMatch(/^Tied: Erin Member \(Butte LCSA\), Maya Torres \(Marin LCSA\) and Paul Grant \(Placer LCSA\) with 1 vote each;/);
  });

  it("has no result when nobody was nominated, or nobody voted", () => {
    expect(countContest({ candidates: [], ballots: [], electorateSize: 8 })).toMatchObject({
      outcome: { kind: "no_result", reason: "no_candidates" },
      explanation: "No result: nobody was nominated, so the seat stays vacant until a special election fills it.",
    });
    expect(countContest({ candidates: [erin, maya], ballots: [], electorateSize: 8 })).toMatchObject({
      outcome: { kind: "no_result", reason: "no_votes" },
      explanation: "No result: no LCSA voted, so the seat stays vacant until a special election fills it.",
    });
  });

  it("refuses a ballot for someone not on the ballot rather than miscount", () => {
    expect(() => countContest({ candidates: [erin], ballots: ["n-ghost"], electorateSize: 1 })).toThrow("not on this ballot");
  });
});

describe("runoff rounds and certification", () => {
  it("maps outcomes to contest statuses and the election's next status", () => {
    expect(statusOf({ kind: "elected", nominationId: "x" })).toBe("DECIDED");
    expect(statusOf({ kind: "runoff", nominationIds: ["x", "y"] })).toBe("RUNOFF");
    expect(statusOf({ kind: "no_result", reason: "no_votes" })).toBe("NO_RESULT");
    expect(
      statusAfterCount([
        { kind: "elected", nominationId: "x" },
        { kind: "no_result", reason: "no_candidates" },
      ]),
    ).toBe("TALLIED");
    expect(
      statusAfterCount([
        { kind: "elected", nominationId: "x" },
        { kind: "runoff", nominationIds: ["y", "z"] },
      ]),
    ).toBe("VOTING");
  });

  it("takes each seat's latest round, whatever the order", () => {
    const rounds = [
      { seatId: "s2", round: 1, status: "DECIDED" as const },
      { seatId: "s4", round: 2, status: "RUNOFF" as const },
      { seatId: "s4", round: 3, status: "OPEN" as const },
      { seatId: "s4", round: 1, status: "RUNOFF" as const },
    ];
    expect(latestRounds(rounds)).toEqual([rounds[0], rounds[2]]);
  });

  it("certifies only when every seat's latest round is decided or has no result", () => {
    const decided = { seatId: "s2", round: 1, status: "DECIDED" as const, seatTitle: "Caseload category 2" };
    const vacant = { seatId: "s6", round: 1, status: "NO_RESULT" as const, seatTitle: "Caseload category 6" };
    const runoff = { seatId: "s4", round: 2, status: "OPEN" as const, seatTitle: "Caseload category 4" };
    expect(certificationProblem("TALLIED", [decided, vacant])).toBeNull();
    expect(certificationProblem("VOTING", [decided, runoff])).toBe(
      "Voting is not counted yet for Caseload category 4 (runoff round 2); certify once every seat is decided.",
    );
    expect(certificationProblem("NOMINATING", [{ ...decided, status: "OPEN" }])).toBe(
      "Voting is not counted yet for Caseload category 2; certify once every seat is decided.",
    );
    expect(certificationProblem("CERTIFIED", [decided])).toBe("These results are already certified.");
    expect(certificationProblem("CANCELLED", [decided])).toBe("This election was cancelled.");
  });
});
