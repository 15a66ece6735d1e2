/**
 * Who may do what to one change request, in which states: every lifecycle move and every
 * step's record. The expectations below are written out by hand from the Governance plan
 * (section 3, 3.1.1–3.1.6) and DESIGN.md "Change requests", not read from CR_ACTS, so a
 * wrong rule in permissions.ts fails here.
 */
import { describe, expect, it } from "vitest";
import { capacitiesOf, type ActingGrant, type CrParties } from "@/domain/change-requests/capacities";
import { actsOf, CR_ACT_NAMES, changeRequestPermissions, crRefusal, type CrAccess, type CrAct } from "@/domain/change-requests/permissions";
import type { Capacity, CrKind, CrState } from "@/domain/change-requests/states";
import { can, refusalOf, type Principal } from "@/lib/permissions";

// Written out here rather than imported, so the test's idea of the states is its own.
const OPEN = [
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
] as const satisfies readonly CrState[];
const TERMINAL = ["CLOSED", "WITHDRAWN", "VETOED", "REJECTED", "POLICY_BRANCH"] as const satisfies readonly CrState[];
const STATES: readonly CrState[] = [...OPEN, ...TERMINAL];
/** How a terminal state reads in "This change request is …; nothing more can happen to it." */
const TERMINAL_WORDS: Record<(typeof TERMINAL)[number], string> = {
  CLOSED: "closed",
  WITHDRAWN: "withdrawn",
  VETOED: "vetoed",
  REJECTED: "rejected",
  POLICY_BRANCH: "routed to the Policy Branch",
};

const CAPACITIES = [
  "AUTHOR",
  "CPL",
  "ESC_CHAIR",
  "CCB_MEMBER",
  "JAD_MEMBER",
  "UAT_TESTER",
  "DEVELOPER",
  "IMPACT_TEAM",
  "ADMINISTRATOR",
  "SYSTEM",
] as const satisfies readonly Capacity[];
// A capacity added to states.ts must be added above (this line stops compiling until it is).
const everyCapacityListed: Exclude<Capacity, (typeof CAPACITIES)[number]> extends never ? true : never = true;
const KINDS: readonly CrKind[] = ["ENHANCEMENT", "EMERGENCY_FIX", "DEFECT"];

interface Expected {
  /** In each state the act applies in, who may do it (an administrator is added by `administrator`). */
  who: Partial<Record<CrState, readonly Capacity[]>>;
  /** An administrator stands in for everyone, except for a personal attestation or the system's own move. */
  administrator: boolean;
  /** Completes "You cannot …". */
  what: string;
  /** A lifecycle move (refused "while it is …") rather than a step's record ("at this step"). */
  move: boolean;
}

/** The same people in each of these states. */
const in_ = (states: readonly CrState[], who: readonly Capacity[]) =>
  Object.fromEntries(states.map((state) => [state, who])) as Partial<Record<CrState, readonly Capacity[]>>;
const move = (what: string, states: readonly CrState[], who: readonly Capacity[], administrator = true): Expected => ({
  who: in_(states, who),
  administrator,
  what,
  move: true,
});
const step = (what: string, who: Expected["who"], administrator = true): Expected => ({ who, administrator, what, move: false });
/**
 * Plan 3.1: the ESC votes on the concept, the package, its authorization of development after the CCB's approval (3.1.3) and the
 * JAD recommendation, and its chair runs them; the CCB (3.1.3) has no chair role here, so its members run its vote.
 */
const GATE_RUNNERS = {
  SUBMITTED: ["ESC_CHAIR"],
  PACKAGE_VOTE: ["ESC_CHAIR"],
  CCB_REVIEW: ["CCB_MEMBER"],
  ESC_AUTHORIZATION: ["ESC_CHAIR"],
  JAD_VOTE: ["ESC_CHAIR"],
} as const;

// Typed as Record<CrAct, …> so a new act does not compile until it is listed here.
const EXPECTED: Record<CrAct, Expected> = {
  // Plan 3.1.1: the author completes the initiation form; the CPL may submit for them.
  submit: move("submit it", ["DRAFT"], ["AUTHOR", "CPL"]),
  // Gates are decided by the committee's motion (the voting engine), never by a person: not even an administrator.
  recordGateDecision: move("record a decision", OPEN, ["SYSTEM"], false),
  submitPackage: move("submit the impact analysis package", ["IMPACT_ANALYSIS"], ["CPL"]),
  // Plan 3.1.3: at the Subcomponent Review "the other system representatives ... validate the CR to ensure it has no impact to other systems".
  flagImpact: move("flag an impact on another component", ["SUBCOMPONENT_REVIEW"], ["CCB_MEMBER"]),
  clearSubcomponentReview: move("clear it at the Subcomponent Review", ["SUBCOMPONENT_REVIEW"], ["CPL", "CCB_MEMBER"]),
  // Plan 3.1.4: the JAD team presents its findings and recommendation to the ESC.
  submitJad: move("submit the JAD recommendation", ["JAD_DESIGN"], ["CPL", "JAD_MEMBER"]),
  // Plan 3.1.5 item 2: developers test before UAT; item 4: the CPL coordinates UAT.
  startUat: move("start user acceptance testing", ["BUILD_AND_TEST"], ["CPL", "DEVELOPER"]),
  // Plan 2.6: "Except for emergency fixes, every modification ... must be fully tested by LCSA users": an emergency fix only (below).
  releaseWithoutUat: move("release it without user acceptance testing", ["BUILD_AND_TEST"], ["CPL"]),
  passUat: move("finish user acceptance testing", ["UAT"], ["CPL"]),
  close: move("close it", ["RELEASE"], ["CPL"]),
  withdraw: move("withdraw it", OPEN, ["AUTHOR", "CPL"]),
  // A deferred CR comes back on its date (the scheduler), or earlier when the ESC chair or the CPL brings it back.
  reconsider: move("reconsider it", ["DEFERRED"], ["ESC_CHAIR", "CPL", "SYSTEM"]),

  editInitiation: step("edit the initiation form", { DRAFT: ["AUTHOR", "CPL"] }),
  // Plan 3.1.2: "The ESC will determine the appropriate resources to assign to the impact analysis process (IAP) team."
  nameImpactTeam: step("name the impact analysis team", { IMPACT_ANALYSIS: ["ESC_CHAIR"] }),
  // Plan 3.1.2: "the team prepares an Impact Analysis Package".
  editPackage: step("edit the impact analysis package", { IMPACT_ANALYSIS: ["CPL", "IMPACT_TEAM"] }),
  nameJadTeam: step("name the JAD team", { JAD_DESIGN: ["CPL", "ESC_CHAIR"] }),
  // Plan 3.1.4: "The JAD team develops the detailed specifications and solution design."
  editJad: step("edit the JAD work", { JAD_DESIGN: ["CPL", "JAD_MEMBER"] }),
  // Plan 3.1.5 item 2: "Developers are responsible for performing unit and system/subsystem testing".
  recordDeveloperTesting: step("record the developers' testing", { BUILD_AND_TEST: ["CPL", "DEVELOPER"] }),
  // Plan 3.1.5 item 4: "The CPL will coordinate the UAT resources and activities".
  nameUatTeam: step("name the UAT testers", in_(["BUILD_AND_TEST", "UAT"], ["CPL"])),
  // Plan 3.1.5 item 3: "Consortia project staff or power users will develop the appropriate test scenarios and scripts".
  editScenarios: step("write UAT scenarios and scripts", in_(["BUILD_AND_TEST", "UAT"], ["CPL", "JAD_MEMBER", "UAT_TESTER"])),
  // Plan 3.1.5 item 4: "LCSA users will conduct UAT."
  runUatPass: step("start or finish a UAT pass", { UAT: ["CPL", "UAT_TESTER"] }),
  reportDefect: step("report a UAT defect", { UAT: ["CPL", "UAT_TESTER"] }),
  resolveDefect: step("record a defect's fix", { UAT: ["CPL", "DEVELOPER"] }),
  // Plan 3.1.5 item 6: "Each major defect needs to have the UA tester(s) sign off that the remediation was successfully tested." Personal: no administrator.
  signOffDefect: step("sign off a defect's fix", { UAT: ["UAT_TESTER"] }, false),
  editUatSummary: step("write the summary test report", { UAT: ["CPL", "UAT_TESTER"] }),
  // Plan 3.1.5 item 5: developers write the release notes.
  editRelease: step("edit the release record", { RELEASE: ["CPL", "DEVELOPER"] }),
  // Plan 3: "even in these emergency situations the ESC will be back-briefed"; only emergency fixes and defects, once (below).
  markBackBriefed: step("record the ESC back-brief", in_(["BUILD_AND_TEST", "UAT", "RELEASE"], ["CPL", "ESC_CHAIR"])),
  openGateVote: step("open the vote", GATE_RUNNERS),
  // Plan 3.1.1: the concept vote has no defer, so no date to reconsider at it.
  setReconsiderDate: step("set the reconsider date", {
    PACKAGE_VOTE: ["ESC_CHAIR"],
    CCB_REVIEW: ["CCB_MEMBER"],
    ESC_AUTHORIZATION: ["ESC_CHAIR"],
    JAD_VOTE: ["ESC_CHAIR"],
  }),
};
const ACTS = Object.keys(EXPECTED) as CrAct[];

/** Whether this act is for this kind of change request in this condition at all (only the back-brief depends on it). */
const forKind = (act: CrAct, kind: CrKind, backBriefed: boolean) =>
  act === "markBackBriefed" ? kind !== "ENHANCEMENT" && !backBriefed : act === "releaseWithoutUat" ? kind === "EMERGENCY_FIX" : true;

/** The test's own answer: who, of the single capacities, may do the act in each state. */
function expectedMatrix(act: CrAct, kind: CrKind, backBriefed: boolean): Record<CrState, Capacity[]> {
  const { who, administrator } = EXPECTED[act];
  return Object.fromEntries(
    STATES.map((state) => {
      const people = who[state] ?? [];
      const allowed =
        forKind(act, kind, backBriefed) && people.length > 0
          ? CAPACITIES.filter((capacity) => people.includes(capacity) || (capacity === "ADMINISTRATOR" && administrator))
          : [];
      return [state, allowed];
    }),
  ) as Record<CrState, Capacity[]>;
}

const access = (state: CrState, capacities: readonly Capacity[], kind: CrKind = "ENHANCEMENT", backBriefed = false): CrAccess => ({
  state,
  kind,
  backBriefed,
  capacities,
});

function actualMatrix(act: CrAct, kind: CrKind, backBriefed: boolean): Record<CrState, Capacity[]> {
  return Object.fromEntries(
    STATES.map((state) => [state, CAPACITIES.filter((capacity) => crRefusal(act, access(state, [capacity], kind, backBriefed)) === null)]),
  ) as Record<CrState, Capacity[]>;
}

describe("the expectation table covers the code's acts", () => {
  it("lists every act of CR_ACTS, and no other", () => {
    expect(everyCapacityListed).toBe(true);
    expect([...CR_ACT_NAMES].sort()).toEqual([...ACTS].sort());
  });
});

describe("who may do each act, in which states", () => {
  for (const act of ACTS) {
    it(`${act}: ${describeRule(act)}`, () => {
      for (const kind of KINDS) {
        for (const backBriefed of [false, true]) {
          expect({ kind, backBriefed, allowed: actualMatrix(act, kind, backBriefed) }).toEqual({
            kind,
            backBriefed,
            allowed: expectedMatrix(act, kind, backBriefed),
          });
        }
      }
    });
  }
});

function describeRule(act: CrAct): string {
  const { who, administrator } = EXPECTED[act];
  const states = Object.entries(who).map(([state, people]) => `${state} by ${people.join("/")}`);
  return `${states.length === OPEN.length ? "any open state" : states.join(", ")}${administrator ? " (and an administrator)" : ", never an administrator"}`;
}

describe("each refusal says why", () => {
  /** The test's own wording of the refusal, from the precedence: not yours, then closed, then not now, then the back-brief's own rules. */
  function expectedRefusal(act: CrAct, cr: CrAccess): string | null {
    const { who, administrator, what, move } = EXPECTED[act];
    const names = (state: CrState) => who[state] ?? Object.values(who)[0]!;
    const holder = cr.capacities.some((capacity) => names(cr.state).includes(capacity) || (capacity === "ADMINISTRATOR" && administrator));
    if (!holder) return `You cannot ${what} on this change request.`;
    const terminal = TERMINAL.find((state) => state === cr.state);
    if (terminal)
      return move
        ? `This change request is ${TERMINAL_WORDS[terminal]}; nothing more can happen to it.`
        : `This change request is closed to changes; you cannot ${what}.`;
    if (!who[cr.state]) return move ? `You cannot ${what} while it is ` : `You cannot ${what} at this step.`;
    if (act === "markBackBriefed" && cr.kind === "ENHANCEMENT")
      return "Only emergency fixes and defects are back-briefed; enhancements go through the ESC's votes.";
    if (act === "markBackBriefed" && cr.backBriefed) return "The ESC back-brief is already recorded.";
    if (act === "releaseWithoutUat" && cr.kind !== "EMERGENCY_FIX")
      return "Only an emergency fix goes to production release without user acceptance testing (Governance plan 2.6); every other change is tested by LCSA users first.";
    return null;
  }

  for (const act of ACTS) {
    // The gate acts name different people in different states: asked in a state it does not apply in, the ESC's chair is the one named.
    it(`${act}: every state, every capacity, each kind`, () => {
      for (const state of STATES) {
        for (const capacity of CAPACITIES) {
          for (const kind of KINDS) {
            for (const backBriefed of [false, true]) {
              const cr = access(state, [capacity], kind, backBriefed);
              const expected = expectedRefusal(act, cr);
              const actual = crRefusal(act, cr);
              if (expected?.endsWith("while it is ")) expect(actual?.startsWith(expected), `${state} ${capacity}: ${actual}`).toBe(true);
              else expect({ state, capacity, kind, backBriefed, refusal: actual }).toEqual({ state, capacity, kind, backBriefed, refusal: expected });
            }
          }
        }
      }
    });
  }

  it("in plain words", () => {
    expect(crRefusal("editPackage", access("IMPACT_ANALYSIS", ["AUTHOR"]))).toBe("You cannot edit the impact analysis package on this change request.");
    expect(crRefusal("editPackage", access("JAD_DESIGN", ["CPL"]))).toBe("You cannot edit the impact analysis package at this step.");
    expect(crRefusal("editPackage", access("VETOED", ["CPL"]))).toBe("This change request is closed to changes; you cannot edit the impact analysis package.");
    expect(crRefusal("submit", access("BUILD_AND_TEST", ["AUTHOR"]))).toBe("You cannot submit it while it is build and test.");
    expect(crRefusal("close", access("UAT", ["CPL"]))).toBe("You cannot close it while it is user acceptance testing.");
    expect(crRefusal("withdraw", access("WITHDRAWN", ["AUTHOR"]))).toBe("This change request is withdrawn; nothing more can happen to it.");
    expect(crRefusal("reconsider", access("CLOSED", ["ADMINISTRATOR"]))).toBe("This change request is closed; nothing more can happen to it.");
    expect(crRefusal("signOffDefect", access("UAT", ["ADMINISTRATOR"]))).toBe("You cannot sign off a defect's fix on this change request.");
    expect(crRefusal("recordGateDecision", access("SUBMITTED", ["ADMINISTRATOR", "ESC_CHAIR"]))).toBe("You cannot record a decision on this change request.");
  });
});

describe("the special rules", () => {
  it("an administrator stands in for everyone, except for a tester's sign-off and a gate's decision", () => {
    const everyone: Capacity[] = ["AUTHOR", "CPL", "ESC_CHAIR", "CCB_MEMBER", "JAD_MEMBER", "UAT_TESTER", "DEVELOPER", "IMPACT_TEAM", "SYSTEM"];
    const notForAdministrators: CrAct[] = [];
    for (const act of ACTS) {
      for (const state of STATES) {
        const someone = crRefusal(act, access(state, everyone, "EMERGENCY_FIX")) === null;
        const administrator = crRefusal(act, access(state, ["ADMINISTRATOR"], "EMERGENCY_FIX")) === null;
        if (someone && !administrator && !notForAdministrators.includes(act)) notForAdministrators.push(act);
        // Nothing is open to an administrator that is closed to every person and the system.
        expect({ act, state, administrator: administrator && !someone }).toEqual({ act, state, administrator: false });
      }
    }
    expect(notForAdministrators.sort()).toEqual(["recordGateDecision", "signOffDefect"]);
    expect(actsOf(access("UAT", ["ADMINISTRATOR"]))).toMatchObject({ runUatPass: true, reportDefect: true, resolveDefect: true, signOffDefect: false });
  });

  it("a tester's sign-off is theirs even when they are also an administrator", () => {
    expect(crRefusal("signOffDefect", access("UAT", ["UAT_TESTER", "ADMINISTRATOR"]))).toBeNull();
  });

  it.each(TERMINAL)("%s: everything is refused, to everyone together", (state) => {
    const all = actsOf(access(state, CAPACITIES, "DEFECT"));
    expect(Object.entries(all).filter(([, allowed]) => allowed)).toEqual([]);
    for (const act of ACTS) {
      expect(crRefusal(act, access(state, CAPACITIES, "DEFECT"))).toMatch(
        EXPECTED[act].move ? /; nothing more can happen to it\.$/ : /^This change request is closed to changes; you cannot /,
      );
    }
  });

  it("only emergency fixes and defects are back-briefed, and only once", () => {
    for (const kind of ["EMERGENCY_FIX", "DEFECT"] as const) {
      for (const state of ["BUILD_AND_TEST", "UAT", "RELEASE"] as const) {
        expect(crRefusal("markBackBriefed", access(state, ["CPL"], kind))).toBeNull();
        expect(crRefusal("markBackBriefed", access(state, ["ESC_CHAIR"], kind))).toBeNull();
        expect(crRefusal("markBackBriefed", access(state, ["ESC_CHAIR"], kind, true))).toBe("The ESC back-brief is already recorded.");
      }
      expect(crRefusal("markBackBriefed", access("DRAFT", ["CPL"], kind))).toBe("You cannot record the ESC back-brief at this step.");
    }
    expect(crRefusal("markBackBriefed", access("RELEASE", ["CPL"], "ENHANCEMENT"))).toBe(
      "Only emergency fixes and defects are back-briefed; enhancements go through the ESC's votes.",
    );
  });

  it("the ESC chair runs the ESC's votes, CCB members the CCB's", () => {
    expect(crRefusal("openGateVote", access("SUBMITTED", ["ESC_CHAIR"]))).toBeNull();
    expect(crRefusal("openGateVote", access("SUBMITTED", ["CCB_MEMBER"]))).toBe("You cannot open the vote on this change request.");
    expect(crRefusal("openGateVote", access("CCB_REVIEW", ["CCB_MEMBER"]))).toBeNull();
    expect(crRefusal("openGateVote", access("CCB_REVIEW", ["ESC_CHAIR"]))).toBe("You cannot open the vote on this change request.");
  });

  it("several capacities allow what any one of them allows", () => {
    const pairs = CAPACITIES.flatMap((a, i) => CAPACITIES.slice(i + 1).map((b) => [a, b] as const));
    for (const act of ACTS) {
      for (const state of STATES) {
        for (const [a, b] of pairs) {
          const either = crRefusal(act, access(state, [a], "DEFECT")) === null || crRefusal(act, access(state, [b], "DEFECT")) === null;
          expect({ act, state, a, b, allowed: crRefusal(act, access(state, [a, b], "DEFECT")) === null }).toEqual({ act, state, a, b, allowed: either });
        }
      }
    }
    expect(actsOf(access("DRAFT", []))).toEqual(Object.fromEntries(ACTS.map((act) => [act, false])));
  });
});

describe("actsOf and the named permissions answer as the table says", () => {
  it.each(STATES)("%s, each capacity", (state) => {
    for (const capacity of CAPACITIES) {
      const expected = Object.fromEntries(ACTS.map((act) => [act, expectedMatrix(act, "EMERGENCY_FIX", false)[state].includes(capacity)]));
      expect({ capacity, acts: actsOf(access(state, [capacity], "EMERGENCY_FIX")) }).toEqual({ capacity, acts: expected });
    }
  });

  it("changeRequests.<act> is the act's rule, refusal and all", () => {
    const someone: Principal = { id: "u", grants: [] };
    expect(changeRequestPermissions.editPackage.name).toBe("changeRequests.editPackage");
    expect(can(someone, changeRequestPermissions.editPackage, access("IMPACT_ANALYSIS", ["IMPACT_TEAM"]))).toBe(true);
    expect(refusalOf(someone, changeRequestPermissions.editPackage, access("IMPACT_ANALYSIS", ["JAD_MEMBER"]))).toBe(
      "You cannot edit the impact analysis package on this change request.",
    );
    expect(refusalOf(someone, changeRequestPermissions.close, access("UAT", ["CPL"]))).toBe("You cannot close it while it is user acceptance testing.");
    for (const act of ACTS) expect(changeRequestPermissions[act].name).toBe(`changeRequests.${act}`);
  });
});

describe("capacities from grants and teams", () => {
  const cr: CrParties = {
    authorId: "author",
    consortiumId: "cases",
    escCommitteeId: "cases-esc",
    ccbCommitteeId: "ccb",
    team: [
      { team: "UAT", userId: "tester" },
      { team: "IMPACT_ANALYSIS", userId: "rep" },
      { team: "JAD", userId: "analyst" },
    ],
  };
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
