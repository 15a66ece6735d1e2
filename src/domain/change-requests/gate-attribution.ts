import { crNumber } from "@/domain/change-requests/labels";
import { GATE_LABELS, type Gate } from "@/domain/change-requests/lifecycle";

/**
 * Product rule: a gate's vote that the lifecycle opens on someone's step (an author or the
 * CPL submits, the package goes to the ESC, a vote moves it to the next gate) is opened by
 * the app, not put by that person, who may only advise the committee (the CPL holds a TAB
 * seat). It is credited to the step, in these words, alike on the motion, the change
 * request's card and timeline, and the audit log: "Opened automatically when Pat Leader
 * submitted CR-0002". A vote the chair (or a CCB member) opens again is theirs.
 */
export function openedOnStep(gate: Gate, cr: { number: number }, person: string): string {
  return gate === "CONCEPT" ? `when ${person} submitted ${crNumber(cr.number)}` : `when ${person} moved ${crNumber(cr.number)} to the ${GATE_LABELS[gate]}`;
}
