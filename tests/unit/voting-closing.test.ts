import { describe, expect, it } from "vitest";
import { closingWarning, type TallyInput } from "@/domain/voting/tally";

const GATE = ["approve", "reject", "defer"] as const;

function warn(eligibleVoters: number, choices: string[], extra: Partial<TallyInput> = {}) {
  return closingWarning({
    options: GATE,
    eligibleVoters,
    choices,
    recusals: 0,
    quorumRule: "MAJORITY_OF_VOTING_SEATS",
    majorityRule: "MAJORITY_OF_VOTES_CAST",
    ...extra,
  });
}

describe("the chair's warning before closing a motion, in numbers", () => {
  it("says a close below quorum records no decision", () => {
    expect(warn(7, ["approve"])).toBe("Only 1 of 7 voted; quorum is 4; closing records no decision.");
  });

  it("counts nobody as nobody, not a quorum", () => {
    expect(warn(7, [])).toBe("Only 0 of 7 voted; quorum is 4; closing records no decision.");
  });

  it("does not count a recusal toward the quorum", () => {
    expect(warn(7, ["approve", "approve", "approve"], { recusals: 1 })).toBe("Only 3 of 7 voted; quorum is 4; closing records no decision.");
  });

  it("says what closing now decides once quorum is met", () => {
    expect(warn(7, ["approve", "approve", "approve", "approve", "reject"])).toBe("5 of 7 have voted; quorum is 4; closing now records “approve” (passed).");
    expect(warn(7, ["reject", "reject", "reject", "approve"])).toBe("4 of 7 have voted; quorum is 4; closing now records “reject” (not passed).");
  });

  it("warns of a tie with quorum met", () => {
    expect(warn(7, ["approve", "approve", "reject", "reject"])).toBe(
      "4 of 7 have voted; quorum is 4, but no option has a majority of votes cast; closing now records no decision.",
    );
  });

  it("follows the committee's quorum rule", () => {
    expect(warn(3, ["approve", "approve"], { quorumRule: "ALL_VOTING_SEATS" })).toBe("Only 2 of 3 voted; quorum is 3; closing records no decision.");
  });
});
