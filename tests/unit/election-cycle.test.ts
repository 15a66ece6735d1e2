import { describe, expect, it } from "vitest";
import { firstCycleTerms, regularElectionSeats, seatResult, seatsUpForElection, termOn, termStarting, type Term } from "@/domain/governance/election-cycle";

describe("CASES ESC rotation (Governance plan 2.8)", () => {
  it("starts terms on July 1 after the June election and runs two years", () => {
    expect(termStarting(2025, 4)).toEqual({ seatCategory: 4, start: "2025-07-01", end: "2027-06-30" });
  });

  it("has three seats serve one year in the first cycle", () => {
    const terms = firstCycleTerms(2005);
    expect(terms.filter((term) => term.end === "2006-06-30").map((term) => term.seatCategory)).toEqual([1, 3, 5]);
    expect(terms.filter((term) => term.end === "2007-06-30").map((term) => term.seatCategory)).toEqual([2, 4, 6]);
  });

  it("elects three seats every June from then on", () => {
    let terms: Term[] = firstCycleTerms(2005);
    for (let year = 2006; year <= 2012; year++) {
      const up = seatsUpForElection(terms, year);
      expect(up).toHaveLength(3);
      expect(up).toEqual(year % 2 === 0 ? [1, 3, 5] : [2, 4, 6]);
      terms = [...terms, ...up.map((seat) => termStarting(year, seat))];
      // Every seat is held on every day of the fiscal year that follows.
      for (const seat of [1, 2, 3, 4, 5, 6]) {
        expect(termOn(terms, seat, `${year}-07-01`)).toBeDefined();
        expect(termOn(terms, seat, `${year + 1}-06-30`)).toBeDefined();
      }
    }
  });

  it("refuses a first cycle that does not stagger exactly three seats", () => {
    expect(() => firstCycleTerms(2005, [1, 2])).toThrow("Exactly 3 seats serve one year in the first cycle.");
  });
});

describe("seat results", () => {
  it("elects the candidate with the most votes", () => {
    expect(seatResult({ alameda: 5, butte: 3, fresno: 0 })).toEqual({ kind: "elected", candidate: "alameda", votes: 5 });
  });

  it("sends a tie for first to a runoff among the tied only", () => {
    expect(seatResult({ alameda: 4, butte: 4, fresno: 2 })).toEqual({ kind: "runoff", candidates: ["alameda", "butte"], votes: 4 });
  });

  it("reports a seat nobody voted for", () => {
    expect(seatResult({ alameda: 0 })).toEqual({ kind: "no_votes" });
  });
});

describe("the seats on a June ballot", () => {
  it("is the first cycle, all six seats staggered, when no term was ever recorded", () => {
    expect(regularElectionSeats([], 2025)).toEqual(firstCycleTerms(2025));
  });

  it("is the seats whose terms end that June 30, each for a two-year term", () => {
    const terms = firstCycleTerms(2025);
    expect(regularElectionSeats(terms, 2026)).toEqual([1, 3, 5].map((seat) => termStarting(2026, seat)));
    expect(regularElectionSeats(terms, 2027)).toEqual([2, 4, 6].map((seat) => termStarting(2027, seat)));
    expect(regularElectionSeats(terms, 2028)).toEqual([]);
  });

  it("leaves out a seat already filled from that July 1 (its election is certified)", () => {
    const terms = [...firstCycleTerms(2025), termStarting(2027, 4)];
    expect(regularElectionSeats(terms, 2027).map((term) => term.seatCategory)).toEqual([2, 6]);
  });
});
