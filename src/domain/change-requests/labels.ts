/** How change requests read to the people who use them. */
import type { CrKind, CrState, Gate } from "@/domain/change-requests/lifecycle";
import type { Benefit, LevelOfEffort } from "@/domain/change-requests/readiness";

/** CR-0042: the number people quote in meetings and e-mail. */
export function crNumber(number: number): string {
  return `CR-${String(number).padStart(4, "0")}`;
}

/** “CR-0042 Its title”: a change request as people name it in a list or a sentence. */
export function crName(cr: { number: number; title: string }): string {
  return `${crNumber(cr.number)} ${cr.title}`;
}

export const KIND_LABELS: Record<CrKind, string> = {
  ENHANCEMENT: "Enhancement",
  EMERGENCY_FIX: "Emergency fix",
  DEFECT: "Application defect",
};

export const KIND_HINTS: Record<CrKind, string> = {
  ENHANCEMENT: "A modification that needs the ESC's approval at each gate.",
  EMERGENCY_FIX: "Urgent: work starts at once, and the ESC is back-briefed at its next meeting.",
  DEFECT: "A fix of the application: work starts at once, and the ESC is back-briefed at its next meeting.",
};

/** Plan 3.1.1 "Expected Benefit/Outcome (Certification, CCSAS, performance, productivity)". */
export const BENEFIT_LABELS: Record<Benefit, string> = {
  CERTIFICATION: "Certification",
  CCSAS: "CCSAS implementation",
  PERFORMANCE: "Program performance",
  PRODUCTIVITY: "Worker productivity",
};

export const LEVEL_OF_EFFORT_LABELS: Record<LevelOfEffort, string> = { LOW: "Low", MEDIUM: "Medium", HIGH: "High" };

/** What each gate's decision means, as the author is told. */
export const DECISION_LABELS: Record<string, string> = {
  approve: "approved",
  veto: "vetoed",
  reject: "rejected",
  defer: "deferred",
  withdraw: "withdrawn",
};

/** The badge colour of a state: done, stopped, waiting on a vote, or being worked. */
export function stateTone(state: CrState): "green" | "red" | "amber" | "blue" | "neutral" {
  if (state === "CLOSED") return "green";
  if (state === "VETOED" || state === "REJECTED" || state === "WITHDRAWN") return "red";
  if (
    state === "SUBMITTED" ||
    state === "PACKAGE_VOTE" ||
    state === "CCB_REVIEW" ||
    state === "ESC_AUTHORIZATION" ||
    state === "JAD_VOTE" ||
    state === "DEFERRED"
  )
    return "amber";
  if (state === "DRAFT" || state === "POLICY_BRANCH") return "neutral";
  return "blue";
}

/** The question each gate's motion puts to the committee. */
export function gateQuestion(gate: Gate, cr: { number: number; title: string; recommendation?: string | null }): string {
  const name = `${crNumber(cr.number)} “${cr.title}”`;
  switch (gate) {
    case "CONCEPT":
      return `${name}: approve the concept for an impact analysis, or veto it?`;
    case "PACKAGE":
      return `${name}: approve the impact analysis package?`;
    case "CCB":
      return `${name}: may the consortium go ahead (CCSAS Change Control Board)?`;
    case "AUTHORIZE":
      return `${name}: the CCSAS Change Control Board approved it. Authorize development activities to begin?`;
    case "JAD":
      return `${name}: the JAD team recommends to ${cr.recommendation ?? "approve"}. Approve, withdraw or defer?`;
  }
}
