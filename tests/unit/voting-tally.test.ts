import { describe, expect, it } from "vitest";
import { type ABSTAIN, MAJORITY_RULES, QUORUM_RULES, quorumFor, tally, type MajorityRule, type TallyInput } from "@/domain/voting/tally";

const GATE = ["approve", "reject", "defer"] as const;

function ballots(spec: Partial<Record<(typeof GATE)[number] | typeof ABSTAIN, number>>): string[] {
  return Object.entries(spec).flatMap(([choice, count]) => Array<string>(count).fill(choice));
}

function gate(eligibleVoters: number, spec: Parameters<typeof ballots>[0], extra: Partial<TallyInput> = {}) {
  return tally({
    options: GATE,
    eligibleVoters,
    choices: ballots(spec),
    recusals: 0,
    quorumRule: "MAJORITY_OF_VOTING_SEATS",
    majorityRule: "MAJORITY_OF_VOTES_CAST",
    ...extra,
  });
}

describe("tally with the default rules (quorum: majority of seats; majority of votes cast)", () => {
  it("explains a pass the way the minutes record it", () => {
    const result = gate(7, { approve: 5, reject: 1 });
    expect(result).toMatchObject({ passed: true, outcome: { kind: "decided", option: "approve" }, votesCast: 6, quorumRequired: 4, quorumMet: true });
    expect(result.explanation).toBe("Passed: 5 of 6 votes cast approve; quorum of 4 met.");
  });

  it("does not count abstentions toward the majority, but does toward the quorum", () => {
    const result = gate(7, { approve: 2, reject: 1, abstain: 2 });
    expect(result.quorumMet).toBe(true);
    expect(result.votesCast).toBe(3);
    expect(result.passed).toBe(true);
    expect(result.explanation).toBe("Passed: 2 of 3 votes cast approve; quorum of 4 met; 2 abstained.");
  });

  it("decides for another option when it has the majority", () => {
    const result = gate(7, { approve: 1, reject: 4 });
    expect(result.outcome).toEqual({ kind: "decided", option: "reject" });
    expect(result.passed).toBe(false);
    expect(result.explanation).toBe("Not passed: 4 of 5 votes cast reject; quorum of 4 met.");
  });

  it("reports a tie as no decision, with the spread", () => {
    const result = gate(7, { approve: 2, reject: 2 });
    expect(result.outcome).toEqual({ kind: "no_majority" });
    expect(result.explanation).toBe("No decision: no option reached a majority of votes cast (approve 2, reject 2, defer 0); quorum of 4 met.");
  });

  it("decides nothing without a quorum, however the votes lean", () => {
    const result = gate(7, { approve: 3 });
    expect(result.outcome).toEqual({ kind: "no_quorum" });
    expect(result.passed).toBe(false);
    expect(result.explanation).toBe("No decision: only 3 of 7 voted; quorum is 4.");
  });

  it("leaves recused members out of the quorum", () => {
    const result = gate(7, { approve: 3 }, { recusals: 1 });
    expect(result.quorumMet).toBe(false);
    expect(result.explanation).toBe("No decision: only 3 of 7 voted; quorum is 4; 1 recused.");
  });

  it("decides nothing when everyone present abstains", () => {
    expect(gate(7, { abstain: 5 }).outcome).toEqual({ kind: "no_majority" });
  });
});

describe("other rules", () => {
  it("majority of all voting members needs more than half the seats", () => {
    const input = { majorityRule: "MAJORITY_OF_ALL_MEMBERS" as const };
    expect(gate(7, { approve: 3, reject: 1 }, input).outcome).toEqual({ kind: "no_majority" });
    const carried = gate(7, { approve: 4, reject: 1 }, input);
    expect(carried.passed).toBe(true);
    expect(carried.explanation).toBe("Passed: 4 of 7 voting members approve; quorum of 4 met.");
  });

  it("two-thirds of votes cast", () => {
    const input = { majorityRule: "TWO_THIRDS_OF_VOTES_CAST" as const };
    expect(gate(7, { approve: 4, reject: 2 }, input).passed).toBe(true);
    expect(gate(7, { approve: 3, reject: 2 }, input).passed).toBe(false);
  });

  it("quorum of all voting seats", () => {
    expect(quorumFor(7, "ALL_VOTING_SEATS")).toBe(7);
    expect(gate(7, { approve: 6 }, { quorumRule: "ALL_VOTING_SEATS" }).quorumMet).toBe(false);
  });

  it("quorum of a majority of seats", () => {
    expect([1, 2, 3, 4, 6, 7].map((seats) => quorumFor(seats, "MAJORITY_OF_VOTING_SEATS"))).toEqual([1, 2, 2, 3, 4, 4]);
  });
});

describe("refuses impossible input", () => {
  it("a choice that is not an option", () => {
    expect(() => gate(7, {}, { choices: ["maybe"] })).toThrow('"maybe" is not an option of this motion.');
  });

  it("more ballots than voters", () => {
    expect(() => gate(3, { approve: 3 }, { recusals: 1 })).toThrow("More ballots and recusals than eligible voters.");
  });
});

// Every way a committee of up to seven can split, under every rule: the invariants hold.
describe("invariants over every split of a small committee", () => {
  function* splits(seats: number): Generator<[number, number, number, number, number]> {
    for (let approve = 0; approve <= seats; approve++)
      for (let reject = 0; approve + reject <= seats; reject++)
        for (let defer = 0; approve + reject + defer <= seats; defer++)
          for (let abstain = 0; approve + reject + defer + abstain <= seats; abstain++)
            for (let recused = 0; approve + reject + defer + abstain + recused <= seats; recused++) yield [approve, reject, defer, abstain, recused];
  }

  for (const majorityRule of MAJORITY_RULES as readonly MajorityRule[]) {
    for (const quorumRule of QUORUM_RULES) {
      it(`${majorityRule}, ${quorumRule}`, () => {
        for (let seats = 1; seats <= 7; seats++) {
          for (const [approve, reject, defer, abstain, recused] of splits(seats)) {
            const result = gate(seats, { approve, reject, defer, abstain }, { recusals: recused, majorityRule, quorumRule });
            const voted = approve + reject + defer + abstain;
            expect(result.quorumMet).toBe(voted >= quorumFor(seats, quorumRule));
            expect(result.votesCast).toBe(approve + reject + defer);
            if (result.outcome.kind === "decided") {
              const winner = result.counts[result.outcome.option]!;
              // The winner beats every other option, and with a strict majority, more than half.
              for (const option of GATE) if (option !== result.outcome.option) expect(winner).toBeGreaterThan(result.counts[option]!);
              if (majorityRule !== "TWO_THIRDS_OF_VOTES_CAST")
                expect(winner * 2).toBeGreaterThan(majorityRule === "MAJORITY_OF_ALL_MEMBERS" ? seats : result.votesCast);
              else expect(winner * 3).toBeGreaterThanOrEqual(result.votesCast * 2);
            }
            expect(result.passed).toBe(result.outcome.kind === "decided" && result.outcome.option === "approve");
            if (!result.quorumMet) expect(result.outcome.kind).toBe("no_quorum");
          }
        }
      });
    }
  }
});
