import { describe, expect, it } from "vitest";
import { ABILITIES, abilitiesOf, abilityRefusal, movesOf, type Ability } from "@/domain/change-requests/abilities";
import { capacitiesOf, type ActingGrant, type CrParties } from "@/domain/change-requests/capacities";
import { CR_STATES, TERMINAL_STATES, transition, WHO_MAY, type Capacity, type CrEvent, type CrState } from "@/domain/change-requests/lifecycle";
import { emptyReadiness } from "@/domain/change-requests/readiness";

const PEOPLE: Capacity[] = ["AUTHOR", "CPL", "ESC_CHAIR", "CCB_MEMBER", "JAD_MEMBER", "UAT_TESTER", "DEVELOPER", "IMPACT_TEAM"];
const enhancement = (state: CrState) => ({ state, kind: "ENHANCEMENT" as const, backBriefed: false });

describe("who may do what to a change request besides moving it", () => {
  for (const [ability, rule] of Object.entries(ABILITIES) as [Ability, (typeof ABILITIES)[Ability]][]) {
    for (const state of CR_STATES) {
      const who = typeof rule.who === "function" ? rule.who(state) : rule.who;
      for (const capacity of [...PEOPLE, "ADMINISTRATOR", "SYSTEM"] as Capacity[]) {
        const inState = rule.states.includes(state) && !TERMINAL_STATES.includes(state);
        const person = who.includes(capacity) || (capacity === "ADMINISTRATOR" && rule.administrator !== false);
        const backBriefOk = ability !== "markBackBriefed";
        const expected = inState && person && backBriefOk;
        it(`${ability} in ${state} by ${capacity}: ${expected ? "allowed" : "refused"}`, () => {
          expect(abilityRefusal(ability, enhancement(state), [capacity]) === null).toBe(expected);
        });
      }
    }
  }

  it("says why in plain words", () => {
    expect(abilityRefusal("editPackage", enhancement("IMPACT_ANALYSIS"), ["AUTHOR"])).toBe("You cannot edit the impact analysis package on this change request.");
    expect(abilityRefusal("editPackage", enhancement("JAD_DESIGN"), ["CPL"])).toBe("You cannot edit the impact analysis package at this step.");
    expect(abilityRefusal("editPackage", enhancement("VETOED"), ["CPL"])).toBe("This change request is closed to changes; you cannot edit the impact analysis package.");
  });

  it("only emergency fixes and defects are back-briefed, once", () => {
    const emergency = { state: "RELEASE" as const, kind: "EMERGENCY_FIX" as const, backBriefed: false };
    expect(abilityRefusal("markBackBriefed", emergency, ["CPL"])).toBeNull();
    expect(abilityRefusal("markBackBriefed", { ...emergency, backBriefed: true }, ["ESC_CHAIR"])).toBe("The ESC back-brief is already recorded.");
    expect(abilityRefusal("markBackBriefed", { ...emergency, kind: "ENHANCEMENT" }, ["CPL"])).toContain("Only emergency fixes and defects");
  });

  it("the ESC chair runs the ESC's votes, CCB members the CCB's", () => {
    expect(abilityRefusal("openGateVote", enhancement("SUBMITTED"), ["ESC_CHAIR"])).toBeNull();
    expect(abilityRefusal("openGateVote", enhancement("SUBMITTED"), ["CCB_MEMBER"])).not.toBeNull();
    expect(abilityRefusal("openGateVote", enhancement("CCB_REVIEW"), ["CCB_MEMBER"])).toBeNull();
    expect(abilityRefusal("openGateVote", enhancement("CCB_REVIEW"), ["ESC_CHAIR"])).not.toBeNull();
  });

  it("an administrator cannot sign off a tester's retest", () => {
    expect(abilityRefusal("signOffDefect", enhancement("UAT"), ["ADMINISTRATOR"])).not.toBeNull();
    expect(abilitiesOf(enhancement("UAT"), ["ADMINISTRATOR"])).toMatchObject({ runUatPass: true, signOffDefect: false });
  });
});

describe("the moves offered are the moves the lifecycle allows", () => {
  const everything = {
    ...emptyReadiness({ title: "t", scope: "s", benefits: ["CCSAS"], urgencyDrivers: "u", otherConsortiumAlignment: "o", ccsasAlignment: "c", levelOfEffort: "LOW" }),
  };
  for (const state of CR_STATES) {
    for (const capacity of PEOPLE) {
      it(`${state}, ${capacity}`, () => {
        const offered = movesOf(state, [capacity]);
        for (const move of offered) expect(WHO_MAY[move]).toContain(capacity);
        // Every offered move is one the lifecycle would take here, readiness aside: refusals, if any, are about what is missing.
        for (const move of offered) {
          const event: CrEvent = move === "withdraw" ? { type: move, reason: "x" } : move === "reconsider" ? { type: move, today: "2030-01-01" } : { type: move };
          const result = transition({ state, kind: "ENHANCEMENT", deferredFrom: state === "DEFERRED" ? "SUBMITTED" : null, reconsiderOn: null, readiness: everything }, event, [capacity]);
          if (!result.ok) expect(result.reason).not.toMatch(/^You cannot/);
        }
      });
    }
  }

  it("nothing is offered in a terminal state, or to nobody", () => {
    for (const state of TERMINAL_STATES) expect(movesOf(state, PEOPLE)).toEqual([]);
    expect(movesOf("DRAFT", [])).toEqual([]);
    expect(movesOf("DRAFT", ["SYSTEM"])).toEqual([]);
  });
});

describe("capacities from grants and teams", () => {
  const cr: CrParties = { authorId: "author", consortiumId: "cases", escCommitteeId: "cases-esc", ccbCommitteeId: "ccb", team: [{ team: "UAT", userId: "tester" }, { team: "IMPACT_ANALYSIS", userId: "rep" }, { team: "JAD", userId: "analyst" }] };
  const of = (id: string, ...grants: ActingGrant[]) => capacitiesOf({ id, grants }, cr, (lcsaId) => lcsaId === "butte");
  const grant = (role: string, scope: ActingGrant["scope"]): ActingGrant => ({ role, scope });

  it.each([
    ["the author", of("author"), ["AUTHOR"]],
    ["this consortium's CPL", of("x", grant("CONSORTIUM_PROJECT_LEADER", { type: "CONSORTIUM", consortiumId: "cases" })), ["CPL"]],
    ["the other consortium's CPL", of("x", grant("CONSORTIUM_PROJECT_LEADER", { type: "CONSORTIUM", consortiumId: "ars" })), []],
    ["this ESC's chair", of("x", grant("ESC_CHAIR", { type: "COMMITTEE", committeeId: "cases-esc" })), ["ESC_CHAIR"]],
    ["the other ESC's chair", of("x", grant("ESC_CHAIR", { type: "COMMITTEE", committeeId: "ars-esc" })), []],
    ["a CCB member", of("x", grant("CCB_MEMBER", { type: "COMMITTEE", committeeId: "ccb" })), ["CCB_MEMBER"]],
    ["a JAD member for an LCSA of the consortium", of("x", grant("JAD_MEMBER", { type: "LCSA", lcsaId: "butte" })), ["JAD_MEMBER"]],
    ["a JAD member for another consortium's LCSA", of("x", grant("JAD_MEMBER", { type: "LCSA", lcsaId: "orange" })), []],
    ["someone on the JAD team", of("analyst"), ["JAD_MEMBER"]],
    ["a UAT tester by role only", of("x", grant("UAT_TESTER", { type: "LCSA", lcsaId: "butte" })), []],
    ["someone on the UAT team", of("tester"), ["UAT_TESTER"]],
    ["the technical manager", of("x", grant("CONSORTIUM_TECHNICAL_MANAGER", { type: "CONSORTIUM", consortiumId: "cases" })), ["DEVELOPER"]],
    ["the M&O vendor project manager", of("x", grant("MO_VENDOR_PROJECT_MANAGER", { type: "CONSORTIUM", consortiumId: "cases" })), ["DEVELOPER"]],
    ["someone on the impact analysis team", of("rep"), ["IMPACT_TEAM"]],
    ["an administrator", of("x", grant("ADMINISTRATOR", { type: "STATEWIDE" })), ["ADMINISTRATOR"]],
    ["an ESC member", of("x", grant("ESC_MEMBER", { type: "COMMITTEE", committeeId: "cases-esc" })), []],
  ] as const)("%s", (_who, capacities, expected) => {
    expect(capacities).toEqual(expected);
  });
});
