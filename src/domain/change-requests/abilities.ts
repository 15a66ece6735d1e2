/**
 * What a person may do to a change request besides moving it between states (the
 * lifecycle's WHO_MAY covers moves): edit each step's record, name teams, run UAT passes,
 * open a gate's vote. One table, used by the server to refuse and by the page to show only
 * the forms a person may use.
 */
import { mayAct, TERMINAL_STATES, type Capacity, type CrEventType, type CrKind, type CrState } from "./lifecycle.ts";

export type Ability =
  | "editInitiation"
  | "nameImpactTeam"
  | "editPackage"
  | "nameJadTeam"
  | "editJad"
  | "recordDeveloperTesting"
  | "nameUatTeam"
  | "editScenarios"
  | "runUatPass"
  | "reportDefect"
  | "resolveDefect"
  | "signOffDefect"
  | "editUatSummary"
  | "editRelease"
  | "markBackBriefed"
  | "openGateVote"
  | "setReconsiderDate";

interface Rule {
  states: readonly CrState[];
  who: readonly Capacity[] | ((state: CrState) => readonly Capacity[]);
  /** False where the act is a personal attestation an administrator cannot make for someone. */
  administrator?: boolean;
  what: string;
}

const GATE_STATES: readonly CrState[] = ["SUBMITTED", "PACKAGE_VOTE", "CCB_REVIEW", "JAD_VOTE"];
/** The ESC chair runs the ESC's votes; the CCB has no chair role here, so its members run its vote. */
const gateRunner = (state: CrState): readonly Capacity[] => (state === "CCB_REVIEW" ? ["CCB_MEMBER"] : ["ESC_CHAIR"]);

export const ABILITIES: Record<Ability, Rule> = {
  editInitiation: { states: ["DRAFT"], who: ["AUTHOR", "CPL"], what: "edit the initiation form" },
  // Plan 3.1.2: "The ESC will determine the appropriate resources to assign to the impact analysis process (IAP) team."
  nameImpactTeam: { states: ["IMPACT_ANALYSIS"], who: ["ESC_CHAIR"], what: "name the impact analysis team" },
  editPackage: { states: ["IMPACT_ANALYSIS"], who: ["CPL", "IMPACT_TEAM"], what: "edit the impact analysis package" },
  nameJadTeam: { states: ["JAD_DESIGN"], who: ["CPL", "ESC_CHAIR"], what: "name the JAD team" },
  editJad: { states: ["JAD_DESIGN"], who: ["CPL", "JAD_MEMBER"], what: "edit the JAD work" },
  // Plan 3.1.5 item 2: developers perform unit and system/subsystem testing before UAT.
  recordDeveloperTesting: { states: ["BUILD_AND_TEST"], who: ["DEVELOPER", "CPL"], what: "record the developers' testing" },
  // Plan 3.1.5 item 4: "The CPL will coordinate the UAT resources and activities".
  nameUatTeam: { states: ["BUILD_AND_TEST", "UAT"], who: ["CPL"], what: "name the UAT testers" },
  // Plan 3.1.5 item 3: "Consortia project staff or power users will develop the appropriate test scenarios and scripts".
  editScenarios: { states: ["BUILD_AND_TEST", "UAT"], who: ["CPL", "JAD_MEMBER", "UAT_TESTER"], what: "write UAT scenarios and scripts" },
  runUatPass: { states: ["UAT"], who: ["CPL", "UAT_TESTER"], what: "start or finish a UAT pass" },
  reportDefect: { states: ["UAT"], who: ["UAT_TESTER", "CPL"], what: "report a UAT defect" },
  resolveDefect: { states: ["UAT"], who: ["DEVELOPER", "CPL"], what: "record a defect's fix" },
  // Plan 3.1.5 item 6: "Each major defect needs to have the UA tester(s) sign off that the remediation was successfully tested."
  signOffDefect: { states: ["UAT"], who: ["UAT_TESTER"], administrator: false, what: "sign off a defect's fix" },
  editUatSummary: { states: ["UAT"], who: ["CPL", "UAT_TESTER"], what: "write the summary test report" },
  editRelease: { states: ["RELEASE"], who: ["CPL", "DEVELOPER"], what: "edit the release record" },
  // Plan 3: "even in these emergency situations the ESC will be back-briefed on all such emergency fixes".
  markBackBriefed: { states: ["BUILD_AND_TEST", "UAT", "RELEASE"], who: ["CPL", "ESC_CHAIR"], what: "record the ESC back-brief" },
  openGateVote: { states: GATE_STATES, who: gateRunner, what: "open the vote" },
  setReconsiderDate: { states: GATE_STATES, who: gateRunner, what: "set the reconsider date" },
};

export interface AbilityContext {
  state: CrState;
  kind: CrKind;
  backBriefed: boolean;
}

/** Why the person may not do it now, or null when they may. */
export function abilityRefusal(ability: Ability, cr: AbilityContext, capacities: readonly Capacity[]): string | null {
  const rule = ABILITIES[ability];
  const who = typeof rule.who === "function" ? rule.who(cr.state) : rule.who;
  const admin = rule.administrator !== false && capacities.includes("ADMINISTRATOR");
  if (!admin && !capacities.some((capacity) => who.includes(capacity))) return `You cannot ${rule.what} on this change request.`;
  if (TERMINAL_STATES.includes(cr.state)) return `This change request is closed to changes; you cannot ${rule.what}.`;
  if (!rule.states.includes(cr.state)) return `You cannot ${rule.what} at this step.`;
  if (ability === "markBackBriefed") {
    if (cr.kind === "ENHANCEMENT") return "Only emergency fixes and defects are back-briefed; enhancements go through the ESC's votes.";
    if (cr.backBriefed) return "The ESC back-brief is already recorded.";
  }
  return null;
}

export function may(ability: Ability, cr: AbilityContext, capacities: readonly Capacity[]): boolean {
  return abilityRefusal(ability, cr, capacities) === null;
}

/** Every ability at once, for a page deciding which forms to show. */
export function abilitiesOf(cr: AbilityContext, capacities: readonly Capacity[]): Record<Ability, boolean> {
  return Object.fromEntries((Object.keys(ABILITIES) as Ability[]).map((ability) => [ability, may(ability, cr, capacities)])) as Record<Ability, boolean>;
}

/** The states in which each person-made move applies (what readiness requires is checked when it is made). */
const MOVE_STATES: Record<Exclude<CrEventType, "gate_decided">, readonly CrState[] | "open"> = {
  submit: ["DRAFT"],
  submit_package: ["IMPACT_ANALYSIS"],
  flag_impact: ["SUBCOMPONENT_REVIEW"],
  clear_subcomponent_review: ["SUBCOMPONENT_REVIEW"],
  submit_jad: ["JAD_DESIGN"],
  start_uat: ["BUILD_AND_TEST"],
  pass_uat: ["UAT"],
  close: ["RELEASE"],
  withdraw: "open",
  reconsider: ["DEFERRED"],
};

/**
 * The moves a person may offer to make now: the state allows them and the person is among
 * those who may (the lifecycle's WHO_MAY). Whether the step is complete is not judged here:
 * the button is shown, and a refusal says what is missing.
 */
export function movesOf(state: CrState, capacities: readonly Capacity[]): Exclude<CrEventType, "gate_decided">[] {
  if (TERMINAL_STATES.includes(state)) return [];
  const people = capacities.filter((capacity) => capacity !== "SYSTEM");
  return (Object.keys(MOVE_STATES) as Exclude<CrEventType, "gate_decided">[]).filter((event) => {
    const states = MOVE_STATES[event];
    return (states === "open" || states.includes(state)) && mayAct(event, people);
  });
}
