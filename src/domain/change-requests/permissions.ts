/**
 * Who may do what with change requests: the module's one table of permissions. The
 * program-wide ones (read, create, the CPL's dashboard and tools) are asked with a scope;
 * the ones on one change request (every move of the lifecycle, every step's record) are
 * asked with the change request's state and the capacities in which the person acts on it
 * (capacities.ts), and answer with the reason when they refuse.
 */
import { inSentence } from "@/lib/format";
import { definePermissions, hasRole, holdsRoleFor, isAdministrator, type Principal, type ResourceScope } from "@/lib/permissions";
import { chairsCommittee, programStaff } from "@/domain/governance/committee-rules";
import { STAFF_REPORTS, type StaffReportKind } from "@/domain/change-requests/staff-reports";
import { roleLabel } from "@/domain/identity/roles";
import { STATE_LABELS, TERMINAL_STATES, type Capacity, type CrKind, type CrState } from "@/domain/change-requests/states";

/** What the rules on one change request read of it and of the person. */
export interface CrAccess {
  state: CrState;
  kind: CrKind;
  backBriefed: boolean;
  capacities: readonly Capacity[];
}

interface Act {
  /** The states the act applies in; "open" is any state that is not terminal. */
  states: readonly CrState[] | "open";
  who: readonly Capacity[] | ((state: CrState) => readonly Capacity[]);
  /** False where the act is a personal attestation, or the system's, that an administrator cannot make for someone. */
  administrator?: boolean;
  /** "edit the impact analysis package": completes "You cannot …". */
  what: string;
  /** A move of the lifecycle (refused "while it is …") rather than an edit of a step's record ("at this step"). */
  move?: boolean;
  /** The kinds of change request the act is for, and what someone is told for any other kind. */
  kinds?: { only: readonly CrKind[]; refusal: string };
}

const GATE_STATES: readonly CrState[] = ["SUBMITTED", "PACKAGE_VOTE", "CCB_REVIEW", "ESC_AUTHORIZATION", "JAD_VOTE"];
/** Product rule: the ESC chair runs the ESC's votes; the CCB has no chair role here, so its members run its vote. */
const gateRunner = (state: CrState): readonly Capacity[] => (state === "CCB_REVIEW" ? ["CCB_MEMBER"] : ["ESC_CHAIR"]);

export const CR_ACTS = {
  // The lifecycle's moves (Governance plan 3.1); lifecycle.ts decides where each leads.
  submit: { move: true, states: ["DRAFT"], who: ["AUTHOR", "CPL"], what: "submit it" },
  recordGateDecision: { move: true, states: "open", who: ["SYSTEM"], administrator: false, what: "record a decision" },
  submitPackage: { move: true, states: ["IMPACT_ANALYSIS"], who: ["CPL"], what: "submit the impact analysis package" },
  // Plan 3.1.3: the CR "is added to a Monthly CCSAS Subcomponent Review meeting as a method for sharing changes", where "the
  // other system representatives ... validate the CR to ensure it has no impact to other systems". Product rule: the review is
  // a step the change request waits at, cleared by the CPL or a CCB member, or sent to the CCB when a CCB member flags an impact;
  // the plan does not make it a gate.
  flagImpact: { move: true, states: ["SUBCOMPONENT_REVIEW"], who: ["CCB_MEMBER"], what: "flag an impact on another component" },
  clearSubcomponentReview: { move: true, states: ["SUBCOMPONENT_REVIEW"], who: ["CPL", "CCB_MEMBER"], what: "clear it at the Subcomponent Review" },
  submitJad: { move: true, states: ["JAD_DESIGN"], who: ["CPL", "JAD_MEMBER"], what: "submit the JAD recommendation" },
  startUat: { move: true, states: ["BUILD_AND_TEST"], who: ["CPL", "DEVELOPER"], what: "start user acceptance testing" },
  // Plan 2.6: "Except for emergency fixes, every modification to the consortia software application must be fully tested by LCSA users".
  releaseWithoutUat: {
    move: true,
    states: ["BUILD_AND_TEST"],
    who: ["CPL"],
    what: "release it without user acceptance testing",
    kinds: {
      only: ["EMERGENCY_FIX"],
      refusal:
        "Only an emergency fix goes to production release without user acceptance testing (Governance plan 2.6); every other change is tested by LCSA users first.",
    },
  },
  passUat: { move: true, states: ["UAT"], who: ["CPL"], what: "finish user acceptance testing" },
  close: { move: true, states: ["RELEASE"], who: ["CPL"], what: "close it" },
  withdraw: { move: true, states: "open", who: ["AUTHOR", "CPL"], what: "withdraw it" },
  reconsider: { move: true, states: ["DEFERRED"], who: ["ESC_CHAIR", "CPL", "SYSTEM"], what: "reconsider it" },

  // Each step's record.
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
  markBackBriefed: {
    states: ["BUILD_AND_TEST", "UAT", "RELEASE"],
    who: ["CPL", "ESC_CHAIR"],
    what: "record the ESC back-brief",
    kinds: { only: ["EMERGENCY_FIX", "DEFECT"], refusal: "Only emergency fixes and defects are back-briefed; enhancements go through the ESC's votes." },
  },
  openGateVote: { states: GATE_STATES, who: gateRunner, what: "open the vote" },
  // Plan 3.1.1: the concept vote vetoes or approves, so it sets no date to reconsider.
  setReconsiderDate: { states: GATE_STATES.filter((state) => state !== "SUBMITTED"), who: gateRunner, what: "set the reconsider date" },
} as const satisfies Record<string, Act>;

export type CrAct = keyof typeof CR_ACTS;
export const CR_ACT_NAMES = Object.keys(CR_ACTS) as CrAct[];

const stateWords = (state: CrState) => inSentence(STATE_LABELS[state]);

/** Whether the capacities include one the act names (an administrator stands in for any person). */
export function actsAs(act: CrAct, state: CrState, capacities: readonly Capacity[]): boolean {
  const rule: Act = CR_ACTS[act];
  const who = typeof rule.who === "function" ? rule.who(state) : rule.who;
  const admin = rule.administrator !== false && capacities.includes("ADMINISTRATOR");
  return admin || capacities.some((capacity) => who.includes(capacity));
}

/** Whether the act applies in this state (not whether the step is complete: the lifecycle says that). */
export function appliesIn(act: CrAct, state: CrState): boolean {
  const states: Act["states"] = CR_ACTS[act].states;
  return !TERMINAL_STATES.includes(state) && (states === "open" || states.includes(state));
}

/** Whether the act is for this kind of change request at all (releasing without UAT is for emergency fixes only). */
export function forKind(act: CrAct, kind: CrKind): boolean {
  const kinds: Act["kinds"] = (CR_ACTS[act] as Act).kinds;
  return !kinds || kinds.only.includes(kind);
}

/** Why the person may not do it to this change request now, or null when they may. */
export function crRefusal(act: CrAct, cr: CrAccess): string | null {
  const rule: Act = CR_ACTS[act];
  if (!actsAs(act, cr.state, cr.capacities)) return `You cannot ${rule.what} on this change request.`;
  if (TERMINAL_STATES.includes(cr.state)) {
    return rule.move
      ? `This change request is ${stateWords(cr.state)}; nothing more can happen to it.`
      : `This change request is closed to changes; you cannot ${rule.what}.`;
  }
  if (!appliesIn(act, cr.state)) return rule.move ? `You cannot ${rule.what} while it is ${stateWords(cr.state)}.` : `You cannot ${rule.what} at this step.`;
  if (!forKind(act, cr.kind)) return (rule.kinds as NonNullable<Act["kinds"]>).refusal;
  if (act === "markBackBriefed" && cr.backBriefed) return "The ESC back-brief is already recorded.";
  return null;
}

/** Every act at once, for a page deciding which forms and buttons to show. */
export function actsOf(cr: CrAccess): Record<CrAct, boolean> {
  return Object.fromEntries(CR_ACT_NAMES.map((act) => [act, crRefusal(act, cr) === null])) as Record<CrAct, boolean>;
}

const onChangeRequest = (act: CrAct) => (_principal: Principal, cr: CrAccess) => crRefusal(act, cr) ?? true;

/**
 * The consortium's Consortium Project Leader. Asked without a consortium (navigation, a page
 * that then scopes each row), a CPL of any consortium.
 */
const leadsConsortium = (principal: Principal, resource?: ResourceScope) =>
  isAdministrator(principal) ||
  (resource?.consortiumId ? holdsRoleFor(principal, "CONSORTIUM_PROJECT_LEADER", resource) : hasRole(principal, "CONSORTIUM_PROJECT_LEADER"));

/** The role whose duty a kind of staff report is, in the consortium; an administrator too. */
const staffReportFiler = (kind: StaffReportKind) => (principal: Principal, resource?: ResourceScope) =>
  isAdministrator(principal) ||
  (resource?.consortiumId ? holdsRoleFor(principal, STAFF_REPORTS[kind].filedBy, resource) : hasRole(principal, STAFF_REPORTS[kind].filedBy)) ||
  `Only the consortium's ${roleLabel(STAFF_REPORTS[kind].filedBy)} files this report (Governance plan ${STAFF_REPORTS[kind].plan}).`;

export const changeRequestPermissions = definePermissions("changeRequests", {
  read: (principal, _resource?: ResourceScope) => programStaff(principal),
  create: (principal, _resource?: ResourceScope) => programStaff(principal),
  /** Governance plan 5.1.1: the CPL reports to the ESC and the TAB, so they read the CPL's dashboard. */
  viewDashboard: (principal, _resource?: ResourceScope) =>
    isAdministrator(principal) ||
    hasRole(
      principal,
      "CONSORTIUM_PROJECT_LEADER",
      "ESC_CHAIR",
      "ESC_MEMBER",
      "TAB_MEMBER",
      // The TAB's people by role as well as by seat (plan 2.2), and the escalation chain (5.1.1).
      "CONSORTIUM_TECHNICAL_MANAGER",
      "MO_CONTRACT_MANAGER",
      "MO_VENDOR_PROJECT_MANAGER",
      "TSD_DEPUTY_DIRECTOR",
      "DCSS_DIRECTORATE",
      "CCSAS_PROJECT_LEADER",
    ),
  manageAlerts: leadsConsortium,
  fileStatusReport: leadsConsortium,
  raiseEscalation: leadsConsortium,
  /** Plan 5.1.2, 5.1.3: each kind of staff report is the duty of one role, in its consortium (staff-reports.ts). */
  fileEarlyRisk: staffReportFiler("EARLY_RISK"),
  fileDeliverableReview: staffReportFiler("CONTRACT_DELIVERABLE"),
  fileCriticalSrStatus: staffReportFiler("CRITICAL_SR_STATUS"),
  /**
   * Plan 5.1.1: the CPL escalates to the TSD Deputy/Assistant Deputy Director (the ESC's chair
   * is the Assistant Deputy Director, 2.1), who resolves or escalates to the DCSS Directorate
   * and CCSAS Project Leader. Which of them acts at which level is escalation.ts.
   */
  actOnEscalation: (principal, resource?: ResourceScope) =>
    leadsConsortium(principal, resource) ||
    hasRole(principal, "TSD_DEPUTY_DIRECTOR", "DCSS_DIRECTORATE", "CCSAS_PROJECT_LEADER") ||
    (resource?.committeeId ? holdsRoleFor(principal, "ESC_CHAIR", resource) : hasRole(principal, "ESC_CHAIR")),
  import: leadsConsortium,
  // Plan 3.1: the ESC sees "that priorities are properly established"; its chair keeps the order it agrees.
  rank: (principal, resource?: ResourceScope) => chairsCommittee(principal, resource),
  ...(Object.fromEntries(CR_ACT_NAMES.map((act) => [act, onChangeRequest(act)])) as Record<CrAct, (principal: Principal, cr: CrAccess) => string | true>),
});
