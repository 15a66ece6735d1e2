import { describe, expect, it } from "vitest";
import {
  CR_KINDS,
  CR_STATES,
  GATES,
  movesOf,
  TERMINAL_STATES,
  transition,
  type Capacity,
  type CrEvent,
  type CrEventType,
  type CrKind,
  type CrSnapshot,
  type CrState,
  type Gate,
} from "@/domain/change-requests/lifecycle";
import {
  emptyReadiness,
  IMPACT_COMPONENTS,
  LEVELS_OF_EFFORT,
  missingInitiation,
  missingJad,
  missingPackage,
  type ImpactPackage,
  type Readiness,
} from "@/domain/change-requests/readiness";
import { CrGate, CrKind as DbCrKind, CrState as DbCrState, LevelOfEffort } from "@/generated/prisma/enums";

describe("the lifecycle and the database enums", () => {
  it("CR_STATES, CR_KINDS, the gates and the levels of effort are the enums of prisma/schema.prisma, in order", () => {
    expect(CR_STATES).toEqual(Object.values(DbCrState));
    expect(CR_KINDS).toEqual(Object.values(DbCrKind));
    expect(Object.keys(GATES)).toEqual(Object.values(CrGate));
    expect(LEVELS_OF_EFFORT).toEqual(Object.values(LevelOfEffort));
  });
});

const noImpact = Object.fromEntries(IMPACT_COMPONENTS.map((component) => [component, { impacted: false, description: "" }])) as ImpactPackage["impacts"];

function readyPackage(overrides: Partial<ImpactPackage> = {}): ImpactPackage {
  return {
    complexity: "Four programs, about 2,000 lines",
    alternatives: "A manual report",
    recommendedSolution: "A nightly batch job",
    effortHours: 400,
    elapsedWeeks: 10,
    cost: 60_000,
    expectedBenefit: "Fewer manual adjustments",
    benefitDuration: "Two years until retirement",
    impacts: noImpact,
    changesDataElements: false,
    certificationImpact: "None",
    issuesAndRisks: "Staff availability",
    ...overrides,
  };
}

/** Everything done: every requirement met, so only state and capacity decide. */
function allDone(overrides: Partial<Readiness> = {}): Readiness {
  return {
    ...emptyReadiness({
      title: "Automate arrears notices",
      scope: "Send notices nightly",
      benefits: ["PERFORMANCE"],
      urgencyDrivers: "Backlog grows monthly",
      otherConsortiumAlignment: "ARS does this already",
      ccsasAlignment: "Retired with CCSAS",
      levelOfEffort: "MEDIUM",
    }),
    impactTeamSize: 4,
    jadTeamSize: 3,
    package: readyPackage(),
    jad: {
      specification: "Spec",
      businessRules: "Rules",
      revisedScope: "Unchanged",
      revisedApproach: "Unchanged",
      revisedEffortHours: 450,
      revisedElapsedWeeks: 11,
      revisedCost: 65_000,
      recommendation: "approve",
    },
    unitTested: true,
    systemTested: true,
    uatPasses: [{ number: 1, regression: false, completed: true, passed: true }],
    uatSummaryReport: true,
    releaseNotes: "Release 4.2",
    releasedOn: "2026-11-20",
    backBriefed: true,
    ...overrides,
  };
}

function cr(state: CrState, readiness: Readiness = allDone(), kind: CrKind = "ENHANCEMENT", deferredFrom: CrState | null = null, policy = false): CrSnapshot {
  return { state, kind, policy, deferredFrom, reconsiderOn: deferredFrom ? "2027-01-15" : null, readiness };
}

const EVERYONE: Capacity[] = ["AUTHOR", "CPL", "ESC_CHAIR", "CCB_MEMBER", "JAD_MEMBER", "UAT_TESTER", "DEVELOPER"];

/** One representative event of each type, with the data it carries. */
const EVENTS: Record<CrEventType, CrEvent> = {
  submit: { type: "submit" },
  gate_decided: { type: "gate_decided", gate: "CONCEPT", decision: "approve" },
  submit_package: { type: "submit_package" },
  flag_impact: { type: "flag_impact" },
  clear_subcomponent_review: { type: "clear_subcomponent_review" },
  submit_jad: { type: "submit_jad" },
  start_uat: { type: "start_uat" },
  release_without_uat: { type: "release_without_uat" },
  pass_uat: { type: "pass_uat" },
  close: { type: "close" },
  withdraw: { type: "withdraw", reason: "No longer needed" },
  reconsider: { type: "reconsider", today: "2027-02-01" },
};

/** The whole table of allowed moves for an enhancement with everything done (capacity: whoever MOVES names). */
const ALLOWED: Partial<Record<CrState, Partial<Record<CrEventType, CrState>>>> = {
  DRAFT: { submit: "SUBMITTED", withdraw: "WITHDRAWN" },
  SUBMITTED: { gate_decided: "IMPACT_ANALYSIS", withdraw: "WITHDRAWN" },
  IMPACT_ANALYSIS: { submit_package: "PACKAGE_VOTE", withdraw: "WITHDRAWN" },
  PACKAGE_VOTE: { withdraw: "WITHDRAWN" },
  CCB_REVIEW: { withdraw: "WITHDRAWN" },
  ESC_AUTHORIZATION: { withdraw: "WITHDRAWN" },
  SUBCOMPONENT_REVIEW: { flag_impact: "CCB_REVIEW", clear_subcomponent_review: "JAD_DESIGN", withdraw: "WITHDRAWN" },
  JAD_DESIGN: { submit_jad: "JAD_VOTE", withdraw: "WITHDRAWN" },
  JAD_VOTE: { withdraw: "WITHDRAWN" },
  BUILD_AND_TEST: { start_uat: "UAT", withdraw: "WITHDRAWN" },
  UAT: { pass_uat: "RELEASE", withdraw: "WITHDRAWN" },
  RELEASE: { close: "CLOSED", withdraw: "WITHDRAWN" },
  DEFERRED: { reconsider: "JAD_VOTE", withdraw: "WITHDRAWN" },
};

/**
 * Who may make each move, and from which states, written out from the Governance plan 3.1
 * (not read from the code). An administrator may make every move a person may, not the
 * system's own (a gate's decision is the motion's result).
 */
const MOVES: Record<CrEventType, { from: readonly CrState[]; who: readonly Capacity[]; administrator: boolean; kind?: CrKind }> = {
  submit: { from: ["DRAFT"], who: ["AUTHOR", "CPL"], administrator: true },
  gate_decided: { from: ["SUBMITTED", "PACKAGE_VOTE", "CCB_REVIEW", "ESC_AUTHORIZATION", "JAD_VOTE"], who: ["SYSTEM"], administrator: false },
  submit_package: { from: ["IMPACT_ANALYSIS"], who: ["CPL"], administrator: true },
  flag_impact: { from: ["SUBCOMPONENT_REVIEW"], who: ["CCB_MEMBER"], administrator: true },
  clear_subcomponent_review: { from: ["SUBCOMPONENT_REVIEW"], who: ["CPL", "CCB_MEMBER"], administrator: true },
  submit_jad: { from: ["JAD_DESIGN"], who: ["CPL", "JAD_MEMBER"], administrator: true },
  start_uat: { from: ["BUILD_AND_TEST"], who: ["CPL", "DEVELOPER"], administrator: true },
  // Plan 2.6: "Except for emergency fixes, every modification ... must be fully tested by LCSA users": only an emergency fix may skip UAT.
  release_without_uat: { from: ["BUILD_AND_TEST"], who: ["CPL"], administrator: true, kind: "EMERGENCY_FIX" },
  pass_uat: { from: ["UAT"], who: ["CPL"], administrator: true },
  close: { from: ["RELEASE"], who: ["CPL"], administrator: true },
  withdraw: {
    from: [
      "DRAFT",
      "SUBMITTED",
      "IMPACT_ANALYSIS",
      "PACKAGE_VOTE",
      "CCB_REVIEW",
      "ESC_AUTHORIZATION",
      "SUBCOMPONENT_REVIEW",
      "JAD_DESIGN",
      "JAD_VOTE",
      "BUILD_AND_TEST",
      "UAT",
      "RELEASE",
      "DEFERRED",
    ],
    who: ["AUTHOR", "CPL"],
    administrator: true,
  },
  reconsider: { from: ["DEFERRED"], who: ["ESC_CHAIR", "CPL", "SYSTEM"], administrator: true },
};

function capacityFor(event: CrEventType): Capacity[] {
  return [...MOVES[event].who];
}

describe("every state and every move", () => {
  for (const state of CR_STATES) {
    for (const [type, event] of Object.entries(EVENTS) as [CrEventType, CrEvent][]) {
      const expected = ALLOWED[state]?.[type];
      it(`${state} + ${type} → ${expected ?? "refused"}`, () => {
        const result = transition(cr(state, allDone(), "ENHANCEMENT", state === "DEFERRED" ? "JAD_VOTE" : null), event, capacityFor(type));
        if (expected) {
          expect(result).toMatchObject({ ok: true, to: expected });
        } else {
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.reason.length).toBeGreaterThan(10);
        }
      });
    }
  }

  it("refuses everything in a terminal state, saying why", () => {
    for (const state of TERMINAL_STATES) {
      for (const event of Object.values(EVENTS)) {
        const result = transition(cr(state), event, [...EVERYONE, "SYSTEM", "ADMINISTRATOR"]);
        expect(result).toEqual({ ok: false, reason: expect.stringContaining("nothing more can happen") });
      }
    }
  });
});

describe("who may make each move", () => {
  const CAPACITIES: Capacity[] = [...EVERYONE, "IMPACT_TEAM", "ADMINISTRATOR", "SYSTEM"];
  /** The gate each voting state waits for, so gate_decided is asked the gate it can decide there. */
  const GATE_AT: Partial<Record<CrState, Gate>> = {
    SUBMITTED: "CONCEPT",
    PACKAGE_VOTE: "PACKAGE",
    CCB_REVIEW: "CCB",
    ESC_AUTHORIZATION: "AUTHORIZE",
    JAD_VOTE: "JAD",
  };
  const eventIn = (type: CrEventType, state: CrState): CrEvent =>
    type === "gate_decided" ? { type, gate: GATE_AT[state] ?? "CONCEPT", decision: "approve" } : EVENTS[type];
  const snapshot = (state: CrState, kind: CrKind = "ENHANCEMENT") => cr(state, allDone(), kind, state === "DEFERRED" ? "JAD_VOTE" : null);
  const mayMake = (type: CrEventType, capacity: Capacity) => MOVES[type].who.includes(capacity) || (capacity === "ADMINISTRATOR" && MOVES[type].administrator);

  for (const type of Object.keys(MOVES) as CrEventType[]) {
    it(`${type}: from ${MOVES[type].from.length > 10 ? "any open state" : MOVES[type].from.join(", ")}, by ${MOVES[type].who.join(", ")}${MOVES[type].administrator ? " or an administrator" : ""}`, () => {
      const actual = Object.fromEntries(
        CR_STATES.map((state) => [state, CAPACITIES.filter((capacity) => transition(snapshot(state, MOVES[type].kind), eventIn(type, state), [capacity]).ok)]),
      );
      const expected = Object.fromEntries(
        CR_STATES.map((state) => [state, MOVES[type].from.includes(state) ? CAPACITIES.filter((capacity) => mayMake(type, capacity)) : []]),
      );
      expect(actual).toEqual(expected);
      // Someone not named is told so, wherever the change request is.
      for (const state of CR_STATES) {
        for (const capacity of CAPACITIES.filter((capacity) => !mayMake(type, capacity))) {
          expect(transition(snapshot(state, MOVES[type].kind), eventIn(type, state), [capacity])).toEqual({
            ok: false,
            reason: expect.stringMatching(/^You cannot .* on this change request\.$/),
          });
        }
      }
    });
  }

  it("the wrong state is refused in words", () => {
    expect(transition(cr("UAT"), EVENTS.submit, ["AUTHOR"])).toEqual({ ok: false, reason: "You cannot submit it while it is user acceptance testing." });
    expect(transition(cr("DRAFT"), EVENTS.close, ["CPL"])).toEqual({ ok: false, reason: "You cannot close it while it is draft." });
    expect(transition(cr("DRAFT"), EVENTS.submit, ["DEVELOPER"])).toEqual({ ok: false, reason: "You cannot submit it on this change request." });
    expect(transition(cr("VETOED"), EVENTS.withdraw, ["AUTHOR"])).toEqual({
      ok: false,
      reason: "This change request is vetoed; nothing more can happen to it.",
    });
  });

  it("a person cannot record a gate's decision: only the motion's result can", () => {
    expect(transition(cr("SUBMITTED"), EVENTS.gate_decided, ["ADMINISTRATOR", "ESC_CHAIR"]).ok).toBe(false);
  });

  describe("the moves offered to a person are exactly the table's", () => {
    it.each(CR_STATES)("%s", (state) => {
      const offered = Object.fromEntries(CAPACITIES.map((capacity) => [capacity, [...movesOf({ state, kind: "EMERGENCY_FIX" }, [capacity])].sort()]));
      const expected = Object.fromEntries(
        CAPACITIES.map((capacity) => [
          capacity,
          // movesOf is for people: the system's moves (a gate's decision, the scheduler's reconsidering) are not offered as buttons.
          capacity === "SYSTEM"
            ? []
            : (Object.keys(MOVES) as CrEventType[])
                .filter((type) => type !== "gate_decided" && MOVES[type].from.includes(state) && mayMake(type, capacity))
                // Asked of an emergency fix, the only kind that a kind-bound move (release without UAT) is offered for.
                .sort(),
        ]),
      );
      expect(offered).toEqual(expected);
    });

    it("nothing is offered to nobody, and a person with several capacities is offered each one's moves", () => {
      const enhancement = (state: CrState) => ({ state, kind: "ENHANCEMENT" as const });
      expect(movesOf(enhancement("DRAFT"), [])).toEqual([]);
      expect(movesOf(enhancement("DRAFT"), ["SYSTEM"])).toEqual([]);
      expect([...movesOf(enhancement("SUBCOMPONENT_REVIEW"), ["CCB_MEMBER", "AUTHOR"])].sort()).toEqual([
        "clear_subcomponent_review",
        "flag_impact",
        "withdraw",
      ]);
      expect([...movesOf(enhancement("DEFERRED"), ["ESC_CHAIR", "SYSTEM"])].sort()).toEqual(["reconsider"]);
    });

    it("release without UAT is offered for an emergency fix only", () => {
      expect([...movesOf({ state: "BUILD_AND_TEST", kind: "EMERGENCY_FIX" }, ["CPL"])].sort()).toEqual(["release_without_uat", "start_uat", "withdraw"]);
      expect([...movesOf({ state: "BUILD_AND_TEST", kind: "DEFECT" }, ["CPL"])].sort()).toEqual(["start_uat", "withdraw"]);
      expect([...movesOf({ state: "BUILD_AND_TEST", kind: "ENHANCEMENT" }, ["CPL"])].sort()).toEqual(["start_uat", "withdraw"]);
    });
  });
});

describe("the ESC gates and the CCB", () => {
  const decide = (state: CrState, gate: Gate, decision: string, readiness = allDone(), reconsiderOn?: string) =>
    transition(cr(state, readiness), { type: "gate_decided", gate, decision, reconsiderOn }, ["SYSTEM"]);

  it("submitting an enhancement opens the concept vote", () => {
    expect(transition(cr("DRAFT"), EVENTS.submit, ["AUTHOR"])).toEqual({ ok: true, to: "SUBMITTED", effects: [{ type: "open_gate_motion", gate: "CONCEPT" }] });
  });

  it.each([
    ["CONCEPT", "SUBMITTED", "approve", "IMPACT_ANALYSIS"],
    ["CONCEPT", "SUBMITTED", "veto", "VETOED"],
    ["PACKAGE", "PACKAGE_VOTE", "reject", "REJECTED"],
    ["CCB", "CCB_REVIEW", "reject", "REJECTED"],
    ["AUTHORIZE", "ESC_AUTHORIZATION", "approve", "JAD_DESIGN"],
    ["AUTHORIZE", "ESC_AUTHORIZATION", "reject", "REJECTED"],
    ["JAD", "JAD_VOTE", "approve", "BUILD_AND_TEST"],
    ["JAD", "JAD_VOTE", "withdraw", "WITHDRAWN"],
  ] as const)("%s gate: %s + %s → %s, and the author is told", (gate, state, decision, to) => {
    const result = decide(state, gate, decision);
    expect(result).toMatchObject({ ok: true, to });
    if (result.ok) expect(result.effects).toContainEqual({ type: "notify_author", decision });
  });

  // Plan 3.1.1: the ESC "either vetoes the concept or approves for an impact analysis": the concept vote has no defer.
  const DEFERRING: Gate[] = ["PACKAGE", "CCB", "AUTHORIZE", "JAD"];

  it("the concept vote offers only what plan 3.1.1 names: approve for an impact analysis, or veto", () => {
    expect(GATES.CONCEPT.options).toEqual(["approve", "veto"]);
    expect(decide("SUBMITTED", "CONCEPT", "defer", allDone(), "2027-03-01")).toEqual({
      ok: false,
      reason: '"defer" is not a decision of the ESC concept vote.',
    });
  });

  it("plan 3.1.3: the CCB's approval goes to the ESC, which authorizes development to begin; its vote opens at once", () => {
    expect(decide("CCB_REVIEW", "CCB", "approve")).toEqual({
      ok: true,
      to: "ESC_AUTHORIZATION",
      effects: [
        { type: "notify_author", decision: "approve" },
        { type: "open_gate_motion", gate: "AUTHORIZE" },
      ],
    });
    expect(GATES.AUTHORIZE).toEqual({ state: "ESC_AUTHORIZATION", committee: "ESC", options: ["approve", "reject", "defer"] });
  });

  it.each(DEFERRING)("%s gate: defer needs a date to reconsider, and records it", (gate) => {
    const state = GATES[gate].state;
    expect(decide(state, gate, "defer")).toEqual({ ok: false, reason: "A deferred change request needs a date to reconsider it." });
    const result = decide(state, gate, "defer", allDone(), "2027-03-01");
    expect(result).toMatchObject({ ok: true, to: "DEFERRED" });
    if (result.ok) expect(result.effects).toContainEqual({ type: "set_reconsider_on", date: "2027-03-01" });
  });

  it("refuses a decision that is not the gate's, or a gate the change request is not at", () => {
    expect(decide("SUBMITTED", "CONCEPT", "reject")).toEqual({ ok: false, reason: '"reject" is not a decision of the ESC concept vote.' });
    expect(decide("SUBMITTED", "JAD", "approve")).toEqual({
      ok: false,
      reason: "This change request is not waiting for the ESC vote on the JAD recommendation.",
    });
  });

  describe("routing after the package vote is computed from the package", () => {
    it("no other component and no data element change: the monthly Subcomponent Review", () => {
      expect(decide("PACKAGE_VOTE", "PACKAGE", "approve")).toMatchObject({
        ok: true,
        to: "SUBCOMPONENT_REVIEW",
        effects: expect.arrayContaining([{ type: "list_for_subcomponent_review" }]),
      });
    });

    it.each(IMPACT_COMPONENTS)("an impact on %s: the Change Control Board", (component) => {
      const impacts = { ...noImpact, [component]: { impacted: true, description: "Interface change" } };
      expect(decide("PACKAGE_VOTE", "PACKAGE", "approve", allDone({ package: readyPackage({ impacts }) }))).toMatchObject({
        ok: true,
        to: "CCB_REVIEW",
        effects: expect.arrayContaining([{ type: "open_gate_motion", gate: "CCB" }]),
      });
    });

    it("a change to data elements or file structures: the Change Control Board", () => {
      expect(decide("PACKAGE_VOTE", "PACKAGE", "approve", allDone({ package: readyPackage({ changesDataElements: true }) }))).toMatchObject({
        ok: true,
        to: "CCB_REVIEW",
      });
    });

    it("another component's representative can flag an impact at the review and send it to the CCB", () => {
      expect(transition(cr("SUBCOMPONENT_REVIEW"), EVENTS.flag_impact, ["CCB_MEMBER"])).toMatchObject({
        ok: true,
        to: "CCB_REVIEW",
        effects: [{ type: "open_gate_motion", gate: "CCB" }],
      });
    });
  });
});

describe("what each step requires", () => {
  it("submitting needs every field the initiation form lists", () => {
    const result = transition(cr("DRAFT", emptyReadiness({ title: "Arrears notices" })), EVENTS.submit, ["AUTHOR"]);
    expect(result).toEqual({
      ok: false,
      reason:
        "Complete the form first: a short description of the scope; the expected benefit; the urgency drivers (why not wait for CCSAS?); the alignment with the other consortium; the alignment with the CCSAS solution; a first estimate of the level of effort.",
    });
  });

  it("the package needs the team and every item, with each component assessed", () => {
    const impacts = { ...noImpact, SDU: { impacted: null, description: "" }, WAN: { impacted: true, description: " " } };
    const result = transition(
      cr("IMPACT_ANALYSIS", allDone({ impactTeamSize: 0, package: readyPackage({ impacts, cost: null, changesDataElements: null }) })),
      EVENTS.submit_package,
      ["CPL"],
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toContain("the ESC has not named the impact analysis team");
      expect(result.reason).toContain("the estimated cost");
      expect(result.reason).toContain("the impact on SDU");
      expect(result.reason).toContain("a description of the impact on WAN");
      expect(result.reason).toContain("whether data elements or file structures change");
    }
    expect(transition(cr("IMPACT_ANALYSIS", allDone({ package: null })), EVENTS.submit_package, ["CPL"])).toMatchObject({
      ok: false,
      reason: expect.stringContaining("the package has not been written"),
    });
  });

  it("the JAD recommendation needs the specification, rules, revised estimates and a recommendation", () => {
    const result = transition(
      cr(
        "JAD_DESIGN",
        allDone({
          jad: {
            specification: "",
            businessRules: "x",
            revisedScope: "Unchanged",
            revisedApproach: "Unchanged",
            revisedEffortHours: null,
            revisedElapsedWeeks: 2,
            revisedCost: 1,
            recommendation: null,
          },
        }),
      ),
      EVENTS.submit_jad,
      ["JAD_MEMBER"],
    );
    expect(result).toEqual({
      ok: false,
      reason:
        "The JAD work is not complete: the detailed specification; the revised estimates of effort, elapsed time and cost; the recommendation (approve, withdraw or defer).",
    });
  });

  it("the JAD recommendation needs a named JAD team", () => {
    expect(transition(cr("JAD_DESIGN", allDone({ jadTeamSize: 0 })), EVENTS.submit_jad, ["CPL"])).toEqual({
      ok: false,
      reason: "The JAD work is not complete: the JAD team has not been named.",
    });
  });

  it("each missing item names the form field it belongs to", () => {
    expect(missingInitiation(emptyReadiness({ title: "Arrears notices", benefits: ["CCSAS"] }).initiation).map((missing) => missing.field)).toEqual([
      "scope",
      "urgencyDrivers",
      "otherConsortiumAlignment",
      "ccsasAlignment",
      "levelOfEffort",
    ]);
    const impacts = { ...noImpact, SDU: { impacted: null, description: "" }, WAN: { impacted: true, description: "" } };
    expect(missingPackage(readyPackage({ impacts, effortHours: null, benefitDuration: "" })).map((missing) => missing.field)).toEqual([
      "effortHours",
      "benefitDuration",
      "impact.SDU",
      "impactDescription.WAN",
    ]);
    expect(
      missingJad({
        specification: "x",
        businessRules: "",
        revisedScope: "Unchanged",
        revisedApproach: "Unchanged",
        revisedEffortHours: 1,
        revisedElapsedWeeks: null,
        revisedCost: 1,
        recommendation: null,
      }).map((missing) => missing.field),
    ).toEqual(["businessRules", "revisedElapsedWeeks", "recommendation"]);
  });

  it("plan 3.1.4: the JAD work states the revised scope and approach, which the Executive Overview compares", () => {
    const jad = {
      specification: "x",
      businessRules: "y",
      revisedScope: " ",
      revisedApproach: "",
      revisedEffortHours: 1,
      revisedElapsedWeeks: 1,
      revisedCost: 1,
      recommendation: "approve" as const,
    };
    expect(missingJad(jad)).toEqual([
      { field: "revisedScope", message: "the revised scope (say so if it is unchanged)" },
      { field: "revisedApproach", message: "the revised approach (say so if it is unchanged)" },
    ]);
  });

  it("UAT starts only after the developers' unit and system testing", () => {
    expect(transition(cr("BUILD_AND_TEST", allDone({ systemTested: false })), EVENTS.start_uat, ["CPL"])).toEqual({
      ok: false,
      reason: "Before user acceptance testing: record the developers' system testing.",
    });
  });

  describe("a major defect forces another pass with regression and a tester's sign-off", () => {
    const major = { severity: "MAJOR", foundInPass: 1, resolved: true, signedOff: true } as const;
    const firstPass = { number: 1, regression: false, completed: true, passed: false };

    it("refuses release while the major defect is open", () => {
      const result = transition(
        cr("UAT", allDone({ uatPasses: [firstPass], uatDefects: [{ ...major, resolved: false, signedOff: false }] })),
        EVENTS.pass_uat,
        ["CPL"],
      );
      expect(result).toMatchObject({ ok: false, reason: expect.stringContaining("1 major defect is still open") });
    });

    it("refuses without a tester's sign-off of the fix", () => {
      const passes = [firstPass, { number: 2, regression: true, completed: true, passed: true }];
      const result = transition(cr("UAT", allDone({ uatPasses: passes, uatDefects: [{ ...major, signedOff: false }] })), EVENTS.pass_uat, ["CPL"]);
      expect(result).toEqual({ ok: false, reason: "User acceptance testing is not finished: a tester has not signed off 1 major defect fix." });
    });

    it("refuses when the later pass had no regression testing", () => {
      const passes = [firstPass, { number: 2, regression: false, completed: true, passed: true }];
      const result = transition(cr("UAT", allDone({ uatPasses: passes, uatDefects: [major] })), EVENTS.pass_uat, ["CPL"]);
      expect(result).toEqual({
        ok: false,
        reason: "User acceptance testing is not finished: a later UAT pass with regression testing must pass after the major defect found in pass 1.",
      });
    });

    it("allows release after a passing regression pass and the sign-off", () => {
      const passes = [firstPass, { number: 2, regression: true, completed: true, passed: true }];
      expect(transition(cr("UAT", allDone({ uatPasses: passes, uatDefects: [major] })), EVENTS.pass_uat, ["CPL"])).toMatchObject({ ok: true, to: "RELEASE" });
    });

    it("a minor defect needs no second pass", () => {
      const minor = { severity: "MINOR", foundInPass: 1, resolved: false, signedOff: false } as const;
      expect(transition(cr("UAT", allDone({ uatDefects: [minor] })), EVENTS.pass_uat, ["CPL"])).toMatchObject({ ok: true, to: "RELEASE" });
    });

    it("needs the summary test report", () => {
      expect(transition(cr("UAT", allDone({ uatSummaryReport: false })), EVENTS.pass_uat, ["CPL"])).toEqual({
        ok: false,
        reason: "User acceptance testing is not finished: the summary test report.",
      });
    });
  });

  it("closing needs release notes, complete known defects, Operations notified and a release date", () => {
    const result = transition(
      cr(
        "RELEASE",
        allDone({
          releaseNotes: "",
          knownDefects: [{ impact: "Slow screen", expectedFixOn: null, workaround: "" }],
          operationsAffected: ["NETWORK", "HELP_DESK"],
          operationsNotified: ["NETWORK"],
          releasedOn: null,
        }),
      ),
      EVENTS.close,
      ["CPL"],
    );
    expect(result).toEqual({
      ok: false,
      reason:
        "It cannot close yet: the release notes; 1 known defect needs an impact, an expected fix date and a workaround; CCSAS Operations has not been notified about help desk services; the release date.",
    });
  });
});

describe("emergency fixes and defects", () => {
  it.each(["EMERGENCY_FIX", "DEFECT"] as const)("a %s skips the ESC gates and puts a back-brief on the agenda", (kind) => {
    expect(transition(cr("DRAFT", allDone(), kind), EVENTS.submit, ["CPL"])).toEqual({
      ok: true,
      to: "BUILD_AND_TEST",
      effects: [{ type: "back_brief_agenda_item" }],
    });
  });

  it("cannot close until the ESC has been back-briefed", () => {
    expect(transition(cr("RELEASE", allDone({ backBriefed: false }), "EMERGENCY_FIX"), EVENTS.close, ["CPL"])).toEqual({
      ok: false,
      reason: "It cannot close yet: the ESC has not been back-briefed on this emergency fix or defect at a meeting.",
    });
    expect(transition(cr("RELEASE", allDone({ backBriefed: true }), "EMERGENCY_FIX"), EVENTS.close, ["CPL"])).toMatchObject({ ok: true, to: "CLOSED" });
  });

  it("plan 2.6: an emergency fix may go to release without UAT, once the developers have tested it", () => {
    expect(transition(cr("BUILD_AND_TEST", allDone(), "EMERGENCY_FIX"), EVENTS.release_without_uat, ["CPL"])).toEqual({ ok: true, to: "RELEASE", effects: [] });
    expect(transition(cr("BUILD_AND_TEST", allDone({ unitTested: false }), "EMERGENCY_FIX"), EVENTS.release_without_uat, ["CPL"])).toEqual({
      ok: false,
      reason: "Before production release: record the developers' unit testing.",
    });
  });

  it.each(["DEFECT", "ENHANCEMENT"] as const)("plan 2.6: a %s goes through UAT; it cannot skip it", (kind) => {
    expect(transition(cr("BUILD_AND_TEST", allDone(), kind), EVENTS.release_without_uat, ["CPL"])).toEqual({
      ok: false,
      reason:
        "Only an emergency fix goes to production release without user acceptance testing (Governance plan 2.6); every other change is tested by LCSA users first.",
    });
  });

  it("an emergency fix released without UAT still cannot close until the ESC has been back-briefed", () => {
    expect(transition(cr("RELEASE", allDone({ uatPasses: [], uatSummaryReport: false, backBriefed: false }), "EMERGENCY_FIX"), EVENTS.close, ["CPL"])).toEqual({
      ok: false,
      reason: "It cannot close yet: the ESC has not been back-briefed on this emergency fix or defect at a meeting.",
    });
  });

  it("an enhancement needs no back-brief", () => {
    expect(transition(cr("RELEASE", allDone({ backBriefed: false })), EVENTS.close, ["CPL"])).toMatchObject({ ok: true, to: "CLOSED" });
  });
});

describe("deferred change requests come back", () => {
  it.each(["CONCEPT", "PACKAGE", "CCB", "AUTHORIZE", "JAD"] as Gate[])("reconsidering one deferred at the %s gate reopens that gate's vote", (gate) => {
    const state = GATES[gate].state;
    expect(transition(cr("DEFERRED", allDone(), "ENHANCEMENT", state), EVENTS.reconsider, ["ESC_CHAIR"])).toEqual({
      ok: true,
      to: state,
      effects: [{ type: "open_gate_motion", gate }],
    });
  });

  it("the scheduler brings it back only on or after its reconsider date", () => {
    const deferred = cr("DEFERRED", allDone(), "ENHANCEMENT", "SUBMITTED");
    expect(transition(deferred, { type: "reconsider", today: "2027-01-14" }, ["SYSTEM"])).toEqual({ ok: false, reason: "It is deferred until 2027-01-15." });
    expect(transition(deferred, { type: "reconsider", today: "2027-01-15" }, ["SYSTEM"])).toMatchObject({ ok: true, to: "SUBMITTED" });
  });

  it("withdrawing needs a reason", () => {
    expect(transition(cr("DRAFT"), { type: "withdraw", reason: "  " }, ["AUTHOR"])).toEqual({ ok: false, reason: "Give the reason for withdrawing it." });
  });
});

describe("policy questions go to the Policy Branch (plan 2.1)", () => {
  it("a change request marked as policy goes to the Policy Branch on submission, not to an ESC vote", () => {
    expect(transition(cr("DRAFT", allDone(), "ENHANCEMENT", null, true), EVENTS.submit, ["AUTHOR"])).toEqual({
      ok: true,
      to: "POLICY_BRANCH",
      effects: [{ type: "route_to_policy_branch" }],
    });
  });

  it("it still needs a complete form first", () => {
    const result = transition(cr("DRAFT", emptyReadiness({ title: "Interest on arrears" }), "ENHANCEMENT", null, true), EVENTS.submit, ["AUTHOR"]);
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/^Complete the form first: /) });
  });

  it("routed, it is finished here: the ESC votes on nothing and nothing more happens to it", () => {
    expect(TERMINAL_STATES).toContain("POLICY_BRANCH");
    for (const event of Object.values(EVENTS)) {
      expect(transition(cr("POLICY_BRANCH"), event, [...EVERYONE, "SYSTEM", "ADMINISTRATOR"])).toEqual({
        ok: false,
        reason: expect.stringContaining("nothing more can happen"),
      });
    }
  });
});

describe("plan 3.1.6: a CCSAS-level change is released by every subcomponent at the same time", () => {
  const sdu = readyPackage({ impacts: { ...noImpact, SDU: { impacted: true, description: "Payment file" } } });

  it("its release waits until each affected subcomponent has recorded that it is ready for the shared date", () => {
    expect(transition(cr("RELEASE", allDone({ package: sdu })), EVENTS.close, ["CPL"])).toEqual({
      ok: false,
      reason: "It cannot close yet: SDU has not recorded that it is ready to release on the shared release date.",
    });
    expect(transition(cr("RELEASE", allDone({ package: sdu, subcomponentsReady: ["SDU"] })), EVENTS.close, ["CPL"])).toMatchObject({ ok: true, to: "CLOSED" });
  });

  it("the subcomponents the CPL adds (an impact found at the Subcomponent Review) must be ready too", () => {
    const readiness = allDone({ package: sdu, ranThroughCcb: true, releaseSubcomponents: ["CSE"], subcomponentsReady: ["SDU"] });
    expect(transition(cr("RELEASE", readiness), EVENTS.close, ["CPL"])).toEqual({
      ok: false,
      reason: "It cannot close yet: CSE has not recorded that it is ready to release on the shared release date.",
    });
  });

  it("one that went through the CCB with no component named must name the subcomponents that release it", () => {
    expect(transition(cr("RELEASE", allDone({ ranThroughCcb: true })), EVENTS.close, ["CPL"])).toEqual({
      ok: false,
      reason: "It cannot close yet: the CCSAS subcomponents that release it together.",
    });
  });

  it("a change within the consortium alone needs no coordination", () => {
    expect(transition(cr("RELEASE", allDone()), EVENTS.close, ["CPL"])).toMatchObject({ ok: true, to: "CLOSED" });
  });
});
