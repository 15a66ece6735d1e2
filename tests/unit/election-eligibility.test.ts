import { describe, expect, it } from "vitest";
import {
  candidacyProblem,
  electorateOf,
  electorateProblem,
  nominatorProblem,
  representedLcsaIds,
  votesFor,
  withdrawerProblem,
  type CandidacyInput,
} from "@/domain/governance/election-eligibility";

const seat = { title: "Caseload category 4", caseloadCategory: 4 };
const butte = { id: "butte", name: "Butte", consortiumId: "cases", caseloadCategory: 4 };
const candidacy = (overrides: Partial<CandidacyInput> = {}): CandidacyInput => ({
  candidateName: "Erin Member",
  seat,
  consortiumId: "cases",
  lcsa: butte,
  rolesAtLcsa: ["LCSA_DIRECTOR"],
  ...overrides,
});

describe("who may stand for a seat (Governance plan 2.8, Glossary 'Voting Member')", () => {
  it("accepts the Director or the Director's designee of an LCSA of the seat's category in the consortium", () => {
    expect(candidacyProblem(candidacy())).toBeNull();
    expect(candidacyProblem(candidacy({ rolesAtLcsa: ["LCSA_DIRECTOR_DESIGNEE"] }))).toBeNull();
    expect(candidacyProblem(candidacy({ rolesAtLcsa: ["LCSA_TPA_COORDINATOR", "LCSA_DIRECTOR"] }))).toBeNull();
  });

  it("refuses someone who is neither the Director nor the designee of that LCSA", () => {
    expect(candidacyProblem(candidacy({ rolesAtLcsa: [] }))).toBe(
      "Erin Member is not the Director, or the Director's designee, of the Butte LCSA, so cannot stand for it.",
    );
    expect(candidacyProblem(candidacy({ rolesAtLcsa: ["LCSA_SYSTEM_ADMINISTRATOR", "ESC_MEMBER"] }))).toMatch(/is not the Director/);
  });

  it("refuses an LCSA of another caseload category", () => {
    expect(candidacyProblem(candidacy({ lcsa: { ...butte, caseloadCategory: 2 } }))).toBe(
      "The Butte LCSA is in caseload category 2; Caseload category 4 represents category 4.",
    );
  });

  it("refuses an LCSA of another consortium", () => {
    expect(candidacyProblem(candidacy({ lcsa: { ...butte, consortiumId: "ars" } }))).toBe("The Butte LCSA is not in this committee's consortium.");
  });

  it("refuses a seat that is not elected by category (e.g. the chair's)", () => {
    expect(candidacyProblem(candidacy({ seat: { title: "Chair", caseloadCategory: null } }))).toBe(
      "Chair is not elected by caseload category, so it has no candidates.",
    );
  });

  it("checks the role before the category, so the first reason given is the one that matters most", () => {
    expect(candidacyProblem(candidacy({ rolesAtLcsa: [], lcsa: { ...butte, caseloadCategory: 2, consortiumId: "ars" } }))).toMatch(/is not the Director/);
    expect(candidacyProblem(candidacy({ lcsa: { ...butte, caseloadCategory: 2, consortiumId: "ars" } }))).toMatch(/not in this committee's consortium/);
  });
});

describe("who may nominate and withdraw", () => {
  const facts = { actorId: "someone", candidateId: "candidate", directsCandidateLcsa: false, chairs: false };
  it("lets the candidate nominate themself, their LCSA's Director nominate them, and the chair nominate anyone", () => {
    expect(nominatorProblem({ ...facts, actorId: "candidate" })).toBeNull();
    expect(nominatorProblem({ ...facts, directsCandidateLcsa: true })).toBeNull();
    expect(nominatorProblem({ ...facts, chairs: true })).toBeNull();
  });

  it("refuses anyone else, saying who may", () => {
    expect(nominatorProblem(facts)).toBe("You may nominate yourself, someone of the LCSA you direct, or, as the committee's chair, anyone eligible.");
  });

  it("lets whoever made a nomination, or could have, withdraw it", () => {
    expect(withdrawerProblem({ ...facts, nominatedById: "someone" })).toBeNull();
    expect(withdrawerProblem({ ...facts, actorId: "candidate", nominatedById: "chair" })).toBeNull();
    expect(withdrawerProblem({ ...facts, chairs: true, nominatedById: "candidate" })).toBeNull();
    expect(withdrawerProblem({ ...facts, directsCandidateLcsa: true, nominatedById: "candidate" })).toBeNull();
    expect(withdrawerProblem({ ...facts, nominatedById: "candidate" })).toMatch(/^Only the candidate, whoever nominated them/);
  });
});

describe("the electorate of a seat", () => {
  const lcsas = [
    { id: "marin", name: "Marin", consortiumId: "cases", caseloadCategory: 4 },
    butte,
    { id: "colusa", name: "Colusa", consortiumId: "cases", caseloadCategory: 1 },
    { id: "orange", name: "Orange", consortiumId: "ars", caseloadCategory: 4 },
  ];

  it("is by default the LCSAs of the seat's category in the consortium, by name", () => {
    expect(electorateOf("CATEGORY", 4, "cases", lcsas).map((lcsa) => lcsa.id)).toEqual(["butte", "marin"]);
  });

  it("can be every LCSA of the consortium, never one of another consortium", () => {
    expect(electorateOf("CONSORTIUM", 4, "cases", lcsas).map((lcsa) => lcsa.id)).toEqual(["butte", "colusa", "marin"]);
    expect(votesFor("CONSORTIUM", 4, "cases", lcsas[3]!)).toBe(false);
  });

  it("explains a refusal", () => {
    expect(electorateProblem("CATEGORY", 4, "cases", lcsas[2]!)).toBe(
      "Only LCSAs in caseload category 4 vote for this seat; the Colusa LCSA is in category 1.",
    );
    expect(electorateProblem("CONSORTIUM", 4, "cases", lcsas[3]!)).toBe(
      "The Orange LCSA is not in this committee's consortium, so it does not vote in this election.",
    );
    expect(electorateProblem("CONSORTIUM", 4, "cases", lcsas[2]!)).toBeNull();
  });
});

describe("the LCSAs a user speaks for", () => {
  it("are those whose Director or designee they are, once each, and no others", () => {
    expect(
      representedLcsaIds([
        { role: "LCSA_DIRECTOR", scope: { type: "LCSA", lcsaId: "butte" } },
        { role: "LCSA_DIRECTOR_DESIGNEE", scope: { type: "LCSA", lcsaId: "marin" } },
        { role: "LCSA_DIRECTOR_DESIGNEE", scope: { type: "LCSA", lcsaId: "butte" } },
        { role: "LCSA_SYSTEM_ADMINISTRATOR", scope: { type: "LCSA", lcsaId: "colusa" } },
        { role: "ESC_MEMBER", scope: { type: "COMMITTEE" } },
        { role: "LCSA_DIRECTOR", scope: { type: "STATEWIDE" } },
      ]),
    ).toEqual(["butte", "marin"]);
  });
});
