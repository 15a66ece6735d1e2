/**
 * The life of a change request (Governance plan 3.1): every state, every move between
 * states, who may make it and what it requires. Pure: the server hands in a snapshot of the
 * change request and who is acting, and gets back the next state and what else must happen
 * (a motion to open, an agenda item, an alert), or the reason the move is refused.
 */
import { type Readiness, readinessFor } from "./readiness.ts";

export const CR_STATES = [
  "DRAFT",
  "SUBMITTED",
  "IMPACT_ANALYSIS",
  "PACKAGE_VOTE",
  "CCB_REVIEW",
  "SUBCOMPONENT_REVIEW",
  "JAD_DESIGN",
  "JAD_VOTE",
  "BUILD_AND_TEST",
  "UAT",
  "RELEASE",
  "CLOSED",
  "WITHDRAWN",
  "VETOED",
  "REJECTED",
  "DEFERRED",
] as const;
export type CrState = (typeof CR_STATES)[number];

export const TERMINAL_STATES: readonly CrState[] = ["CLOSED", "WITHDRAWN", "VETOED", "REJECTED"];

/**
 * Governance plan 3: "Only application defects or 'emergency fixes' will be performed
 * without prior ESC approval. However, even in these emergency situations the ESC will be
 * back-briefed on all such emergency fixes to the application."
 */
export const CR_KINDS = ["ENHANCEMENT", "EMERGENCY_FIX", "DEFECT"] as const;
export type CrKind = (typeof CR_KINDS)[number];

export const skipsEscGates = (kind: CrKind) => kind !== "ENHANCEMENT";

/** The three ESC gates and the CCB's decision, each a motion of the voting engine. */
export const GATES = {
  CONCEPT: { state: "SUBMITTED", committee: "ESC", options: ["approve", "veto", "defer"] },
  PACKAGE: { state: "PACKAGE_VOTE", committee: "ESC", options: ["approve", "reject", "defer"] },
  CCB: { state: "CCB_REVIEW", committee: "CCB", options: ["approve", "reject", "defer"] },
  JAD: { state: "JAD_VOTE", committee: "ESC", options: ["approve", "withdraw", "defer"] },
} as const satisfies Record<string, { state: CrState; committee: "ESC" | "CCB"; options: readonly string[] }>;
export type Gate = keyof typeof GATES;

/** Who is acting, as far as the lifecycle cares; the server derives it from the session. */
export type Capacity =
  | "AUTHOR"
  | "CPL"
  | "ESC_CHAIR"
  | "CCB_MEMBER"
  | "JAD_MEMBER"
  | "UAT_TESTER"
  | "DEVELOPER"
  /** On the impact analysis team the ESC named: prepares the package (plan 3.1.2). */
  | "IMPACT_TEAM"
  | "ADMINISTRATOR"
  /** A motion's result or a scheduled job: no person. */
  | "SYSTEM";

export type CrEvent =
  | { type: "submit" }
  | { type: "gate_decided"; gate: Gate; decision: string; reconsiderOn?: string }
  | { type: "submit_package" }
  | { type: "flag_impact" }
  | { type: "clear_subcomponent_review" }
  | { type: "submit_jad" }
  | { type: "start_uat" }
  | { type: "pass_uat" }
  | { type: "close" }
  | { type: "withdraw"; reason: string }
  | { type: "reconsider"; today: string };
export type CrEventType = CrEvent["type"];

export type Effect =
  | { type: "open_gate_motion"; gate: Gate }
  | { type: "back_brief_agenda_item" }
  | { type: "list_for_subcomponent_review" }
  | { type: "notify_author"; decision: string }
  | { type: "set_reconsider_on"; date: string };

export interface CrSnapshot {
  state: CrState;
  kind: CrKind;
  /** Where a deferred change request goes back to when reconsidered. */
  deferredFrom: CrState | null;
  reconsiderOn: string | null;
  readiness: Readiness;
}

export type TransitionResult = { ok: true; to: CrState; effects: Effect[] } | { ok: false; reason: string };

/** Who may take each move (besides an administrator, who may take any a person may). */
export const WHO_MAY: Record<CrEventType, readonly Capacity[]> = {
  submit: ["AUTHOR", "CPL"],
  gate_decided: ["SYSTEM"],
  submit_package: ["CPL"],
  flag_impact: ["CCB_MEMBER"],
  clear_subcomponent_review: ["CPL", "CCB_MEMBER"],
  submit_jad: ["CPL", "JAD_MEMBER"],
  start_uat: ["CPL", "DEVELOPER"],
  pass_uat: ["CPL"],
  close: ["CPL"],
  withdraw: ["AUTHOR", "CPL"],
  reconsider: ["ESC_CHAIR", "CPL", "SYSTEM"],
};

const refuse = (reason: string): TransitionResult => ({ ok: false, reason });
const go = (to: CrState, ...effects: Effect[]): TransitionResult => ({ ok: true, to, effects });

export function mayAct(event: CrEventType, capacities: readonly Capacity[]): boolean {
  const allowed = WHO_MAY[event];
  return capacities.some((capacity) => allowed.includes(capacity) || (capacity === "ADMINISTRATOR" && !(allowed.length === 1 && allowed[0] === "SYSTEM")));
}

/** The one place that decides whether a move is allowed and where it leads. */
export function transition(cr: CrSnapshot, event: CrEvent, capacities: readonly Capacity[]): TransitionResult {
  if (!mayAct(event.type, capacities)) return refuse(`You cannot ${EVENT_LABELS[event.type]} on this change request.`);
  if (TERMINAL_STATES.includes(cr.state)) return refuse(`This change request is ${STATE_LABELS[cr.state].toLowerCase()}; nothing more can happen to it.`);
  const ready = readinessFor(cr.readiness);

  switch (event.type) {
    case "submit": {
      if (cr.state !== "DRAFT") return wrongState(cr, event.type);
      const problems = ready.initiation();
      if (problems.length) return refuse(`Complete the form first: ${problems.join("; ")}.`);
      // Defects and emergency fixes go straight to work; the ESC hears of them afterwards.
      if (skipsEscGates(cr.kind)) return go("BUILD_AND_TEST", { type: "back_brief_agenda_item" });
      return go("SUBMITTED", { type: "open_gate_motion", gate: "CONCEPT" });
    }
    case "gate_decided":
      return decideGate(cr, event.gate, event.decision, event.reconsiderOn);
    case "submit_package": {
      if (cr.state !== "IMPACT_ANALYSIS") return wrongState(cr, event.type);
      const problems = ready.package();
      if (problems.length) return refuse(`The impact analysis package is not complete: ${problems.join("; ")}.`);
      return go("PACKAGE_VOTE", { type: "open_gate_motion", gate: "PACKAGE" });
    }
    case "flag_impact":
      if (cr.state !== "SUBCOMPONENT_REVIEW") return wrongState(cr, event.type);
      // Plan 3.1.3: the review lets "other system representatives ... validate the CR to ensure it has no impact to other systems".
      return go("CCB_REVIEW", { type: "open_gate_motion", gate: "CCB" });
    case "clear_subcomponent_review":
      if (cr.state !== "SUBCOMPONENT_REVIEW") return wrongState(cr, event.type);
      return go("JAD_DESIGN");
    case "submit_jad": {
      if (cr.state !== "JAD_DESIGN") return wrongState(cr, event.type);
      const problems = ready.jad();
      if (problems.length) return refuse(`The JAD work is not complete: ${problems.join("; ")}.`);
      return go("JAD_VOTE", { type: "open_gate_motion", gate: "JAD" });
    }
    case "start_uat": {
      if (cr.state !== "BUILD_AND_TEST") return wrongState(cr, event.type);
      const problems = ready.developerTesting();
      if (problems.length) return refuse(`Before user acceptance testing: ${problems.join("; ")}.`);
      return go("UAT");
    }
    case "pass_uat": {
      if (cr.state !== "UAT") return wrongState(cr, event.type);
      const problems = ready.uat();
      if (problems.length) return refuse(`User acceptance testing is not finished: ${problems.join("; ")}.`);
      return go("RELEASE");
    }
    case "close": {
      if (cr.state !== "RELEASE") return wrongState(cr, event.type);
      const problems = [...ready.release(), ...(skipsEscGates(cr.kind) ? ready.backBrief() : [])];
      if (problems.length) return refuse(`It cannot close yet: ${problems.join("; ")}.`);
      return go("CLOSED");
    }
    case "withdraw":
      if (!event.reason.trim()) return refuse("Give the reason for withdrawing it.");
      return go("WITHDRAWN");
    case "reconsider": {
      if (cr.state !== "DEFERRED" || !cr.deferredFrom) return wrongState(cr, event.type);
      if (capacities.every((capacity) => capacity === "SYSTEM") && cr.reconsiderOn && event.today < cr.reconsiderOn) {
        return refuse(`It is deferred until ${cr.reconsiderOn}.`);
      }
      const gate = gateAt(cr.deferredFrom);
      return gate ? go(cr.deferredFrom, { type: "open_gate_motion", gate }) : go(cr.deferredFrom);
    }
  }
}

function decideGate(cr: CrSnapshot, gate: Gate, decision: string, reconsiderOn: string | undefined): TransitionResult {
  const { state, options } = GATES[gate];
  if (cr.state !== state) return refuse(`This change request is not waiting for the ${GATE_LABELS[gate]}.`);
  if (!(options as readonly string[]).includes(decision)) return refuse(`"${decision}" is not a decision of the ${GATE_LABELS[gate]}.`);
  const told: Effect = { type: "notify_author", decision };
  if (decision === "defer") {
    if (!reconsiderOn) return refuse("A deferred change request needs a date to reconsider it.");
    return go("DEFERRED", told, { type: "set_reconsider_on", date: reconsiderOn });
  }
  if (decision === "veto") return go("VETOED", told);
  if (decision === "reject") return go("REJECTED", told);
  if (decision === "withdraw") return go("WITHDRAWN", told);
  switch (gate) {
    case "CONCEPT":
      return go("IMPACT_ANALYSIS", told);
    case "PACKAGE":
      // Plan 3.1.3: routing follows from the package, it is not chosen.
      return readinessFor(cr.readiness).needsCcb()
        ? go("CCB_REVIEW", told, { type: "open_gate_motion", gate: "CCB" })
        : go("SUBCOMPONENT_REVIEW", told, { type: "list_for_subcomponent_review" });
    case "CCB":
      return go("JAD_DESIGN", told);
    case "JAD":
      return go("BUILD_AND_TEST", told);
  }
}

function gateAt(state: CrState): Gate | undefined {
  return (Object.keys(GATES) as Gate[]).find((gate) => GATES[gate].state === state);
}

function wrongState(cr: CrSnapshot, event: CrEventType): TransitionResult {
  return refuse(`You cannot ${EVENT_LABELS[event]} while it is ${STATE_LABELS[cr.state].toLowerCase()}.`);
}

export const STATE_LABELS: Record<CrState, string> = {
  DRAFT: "Draft",
  SUBMITTED: "Submitted: ESC concept vote",
  IMPACT_ANALYSIS: "Impact analysis",
  PACKAGE_VOTE: "Impact analysis package: ESC vote",
  CCB_REVIEW: "Change Control Board review",
  SUBCOMPONENT_REVIEW: "Listed for the Subcomponent Review",
  JAD_DESIGN: "JAD detail design",
  JAD_VOTE: "JAD recommendation: ESC vote",
  BUILD_AND_TEST: "Build and test",
  UAT: "User acceptance testing",
  RELEASE: "Production release",
  CLOSED: "Closed",
  WITHDRAWN: "Withdrawn",
  VETOED: "Vetoed",
  REJECTED: "Rejected",
  DEFERRED: "Deferred",
};

export const GATE_LABELS: Record<Gate, string> = {
  CONCEPT: "ESC concept vote",
  PACKAGE: "ESC vote on the impact analysis package",
  CCB: "Change Control Board decision",
  JAD: "ESC vote on the JAD recommendation",
};

export const EVENT_LABELS: Record<CrEventType, string> = {
  submit: "submit it",
  gate_decided: "record a decision",
  submit_package: "submit the impact analysis package",
  flag_impact: "flag an impact on another component",
  clear_subcomponent_review: "clear it at the Subcomponent Review",
  submit_jad: "submit the JAD recommendation",
  start_uat: "start user acceptance testing",
  pass_uat: "finish user acceptance testing",
  close: "close it",
  withdraw: "withdraw it",
  reconsider: "reconsider it",
};
