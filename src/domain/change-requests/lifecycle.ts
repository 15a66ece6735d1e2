/**
 * The life of a change request (Governance plan 3.1): every state, every move between
 * states, who may make it and what it requires. Pure: the server hands in a snapshot of the
 * change request and who is acting, and gets back the next state and what else must happen
 * (a motion to open, an agenda item, an alert), or the reason the move is refused.
 */
import { actsAs, appliesIn, crRefusal, forKind, type CrAct } from "@/domain/change-requests/permissions";
import { type Readiness, readinessFor } from "@/domain/change-requests/readiness";
import { skipsEscGates, type Capacity, type CrKind, type CrState } from "@/domain/change-requests/states";

export { CR_KINDS, CR_STATES, STATE_LABELS, TERMINAL_STATES, skipsEscGates, type Capacity, type CrKind, type CrState } from "@/domain/change-requests/states";

/**
 * The ESC's four votes and the CCB's decision, each a motion of the voting engine.
 * - CONCEPT, plan 3.1.1: "The ESC either vetoes the concept or approves for an impact analysis".
 * - PACKAGE: the plan has the CCB review "the ESC-approved Impact Analysis Package" (3.1.3)
 *   without saying what else the ESC may decide. Product rule: reject or defer, as the CCB may.
 * - CCB, plan 3.1.3: "The CCSAS CCB will approve, reject or defer the CR."
 * - AUTHORIZE, plan 3.1.3: "If the CCB approves the CR, the ESC authorizes development
 *   activities to begin." Product rule: its options are the package vote's (approve, that is
 *   authorize; reject; defer), as the plan names only the authorization.
 * - JAD, plan 3.1.4: the JAD team "recommends approval, withdrawal, or deferral of the CR",
 *   and "the ESC votes on the proposed recommendation".
 */
export const GATES = {
  CONCEPT: { state: "SUBMITTED", committee: "ESC", options: ["approve", "veto"] },
  PACKAGE: { state: "PACKAGE_VOTE", committee: "ESC", options: ["approve", "reject", "defer"] },
  CCB: { state: "CCB_REVIEW", committee: "CCB", options: ["approve", "reject", "defer"] },
  AUTHORIZE: { state: "ESC_AUTHORIZATION", committee: "ESC", options: ["approve", "reject", "defer"] },
  JAD: { state: "JAD_VOTE", committee: "ESC", options: ["approve", "withdraw", "defer"] },
} as const satisfies Record<string, { state: CrState; committee: "ESC" | "CCB"; options: readonly string[] }>;
export type Gate = keyof typeof GATES;

export type CrEvent =
  | { type: "submit" }
  | { type: "gate_decided"; gate: Gate; decision: string; reconsiderOn?: string }
  | { type: "submit_package" }
  | { type: "flag_impact" }
  | { type: "clear_subcomponent_review" }
  | { type: "submit_jad" }
  | { type: "start_uat" }
  | { type: "release_without_uat" }
  | { type: "pass_uat" }
  | { type: "close" }
  | { type: "withdraw"; reason: string }
  | { type: "reconsider"; today: string };
export type CrEventType = CrEvent["type"];

export type Effect =
  | { type: "open_gate_motion"; gate: Gate }
  | { type: "back_brief_agenda_item" }
  | { type: "list_for_subcomponent_review" }
  | { type: "route_to_policy_branch" }
  | { type: "notify_author"; decision: string }
  | { type: "set_reconsider_on"; date: string };

export interface CrSnapshot {
  state: CrState;
  kind: CrKind;
  /** Marked by its author as a policy question (plan 2.1). */
  policy: boolean;
  /** Where a deferred change request goes back to when reconsidered. */
  deferredFrom: CrState | null;
  reconsiderOn: string | null;
  readiness: Readiness;
}

export type TransitionResult = { ok: true; to: CrState; effects: Effect[] } | { ok: false; reason: string };

/** The act (permissions.ts) each move is: who may take it and from which states. */
export const MOVE_ACT: Record<CrEventType, CrAct> = {
  submit: "submit",
  gate_decided: "recordGateDecision",
  submit_package: "submitPackage",
  flag_impact: "flagImpact",
  clear_subcomponent_review: "clearSubcomponentReview",
  submit_jad: "submitJad",
  start_uat: "startUat",
  release_without_uat: "releaseWithoutUat",
  pass_uat: "passUat",
  close: "close",
  withdraw: "withdraw",
  reconsider: "reconsider",
};

const refuse = (reason: string): TransitionResult => ({ ok: false, reason });
const go = (to: CrState, ...effects: Effect[]): TransitionResult => ({ ok: true, to, effects });

/** The one place that decides whether a move is allowed and where it leads. */
export function transition(cr: CrSnapshot, event: CrEvent, capacities: readonly Capacity[]): TransitionResult {
  const refusal = crRefusal(MOVE_ACT[event.type], { state: cr.state, kind: cr.kind, backBriefed: false, capacities });
  if (refusal) return refuse(refusal);
  const ready = readinessFor(cr.readiness);

  switch (event.type) {
    case "submit": {
      const problems = ready.initiation();
      if (problems.length) return refuse(`Complete the form first: ${problems.join("; ")}.`);
      // Plan 2.1: the ESCs "address automation or technical issues only; policy discussions are routed to the Policy Branch".
      if (cr.policy) return go("POLICY_BRANCH", { type: "route_to_policy_branch" });
      // Defects and emergency fixes go straight to work; the ESC hears of them afterwards.
      if (skipsEscGates(cr.kind)) return go("BUILD_AND_TEST", { type: "back_brief_agenda_item" });
      return go("SUBMITTED", { type: "open_gate_motion", gate: "CONCEPT" });
    }
    case "gate_decided":
      return decideGate(cr, event.gate, event.decision, event.reconsiderOn);
    case "submit_package": {
      const problems = ready.package();
      if (problems.length) return refuse(`The impact analysis package is not complete: ${problems.join("; ")}.`);
      return go("PACKAGE_VOTE", { type: "open_gate_motion", gate: "PACKAGE" });
    }
    case "flag_impact":
      // Plan 3.1.3: the review lets "other system representatives ... validate the CR to ensure it has no impact to other systems".
      // Product rule: an impact found there sends it to the CCB (the plan makes the review no gate; permissions.ts).
      return go("CCB_REVIEW", { type: "open_gate_motion", gate: "CCB" });
    case "clear_subcomponent_review":
      return go("JAD_DESIGN");
    case "submit_jad": {
      const problems = ready.jad();
      if (problems.length) return refuse(`The JAD work is not complete: ${problems.join("; ")}.`);
      return go("JAD_VOTE", { type: "open_gate_motion", gate: "JAD" });
    }
    case "start_uat": {
      const problems = ready.developerTesting();
      if (problems.length) return refuse(`Before user acceptance testing: ${problems.join("; ")}.`);
      return go("UAT");
    }
    case "release_without_uat": {
      // Plan 2.6: "Except for emergency fixes, every modification ... must be fully tested by LCSA users";
      // plan 3.1.5 items 1-2: it is still tested by the developers before it is released.
      const problems = ready.developerTesting();
      if (problems.length) return refuse(`Before production release: ${problems.join("; ")}.`);
      return go("RELEASE");
    }
    case "pass_uat": {
      const problems = ready.uat();
      if (problems.length) return refuse(`User acceptance testing is not finished: ${problems.join("; ")}.`);
      return go("RELEASE");
    }
    case "close": {
      const problems = [...ready.release(), ...(skipsEscGates(cr.kind) ? ready.backBrief() : [])];
      if (problems.length) return refuse(`It cannot close yet: ${problems.join("; ")}.`);
      return go("CLOSED");
    }
    case "withdraw":
      if (!event.reason.trim()) return refuse("Give the reason for withdrawing it.");
      return go("WITHDRAWN");
    case "reconsider": {
      if (!cr.deferredFrom) return refuse("It was not deferred from a step it could go back to.");
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
      // Plan 3.1.3: "If the CCB approves the CR, the ESC authorizes development activities to begin."
      return go("ESC_AUTHORIZATION", told, { type: "open_gate_motion", gate: "AUTHORIZE" });
    case "AUTHORIZE":
      return go("JAD_DESIGN", told);
    case "JAD":
      return go("BUILD_AND_TEST", told);
  }
}

function gateAt(state: CrState): Gate | undefined {
  return (Object.keys(GATES) as Gate[]).find((gate) => GATES[gate].state === state);
}

export const GATE_LABELS: Record<Gate, string> = {
  CONCEPT: "ESC concept vote",
  PACKAGE: "ESC vote on the impact analysis package",
  CCB: "Change Control Board decision",
  AUTHORIZE: "ESC authorization of development",
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
  release_without_uat: "release it without user acceptance testing",
  pass_uat: "finish user acceptance testing",
  close: "close it",
  withdraw: "withdraw it",
  reconsider: "reconsider it",
};

/**
 * The moves a person may offer to make now: the state and the kind allow them and the person
 * is among those who may. Whether the step is complete is not judged here: the button is
 * shown, and a refusal says what is missing.
 */
export function movesOf(cr: { state: CrState; kind: CrKind }, capacities: readonly Capacity[]): Exclude<CrEventType, "gate_decided">[] {
  const people = capacities.filter((capacity) => capacity !== "SYSTEM");
  return (Object.keys(MOVE_ACT) as CrEventType[]).filter(
    (event): event is Exclude<CrEventType, "gate_decided"> =>
      event !== "gate_decided" && appliesIn(MOVE_ACT[event], cr.state) && forKind(MOVE_ACT[event], cr.kind) && actsAs(MOVE_ACT[event], cr.state, people),
  );
}
