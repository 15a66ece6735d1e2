/**
 * The escalation ladder of Governance plan 5.1.1: "The CPL escalates issues to the Deputy
 * or Assistant Deputy Director of TSD when the issues cannot be resolved satisfactorily.
 * The TSD Deputy/Assistant Deputy Director will either resolve the issue or escalate it to
 * the DCSS Directorate and CCSAS Project Leader. TSD management will manage and coordinate
 * escalation of unresolved issues to the DCSS Directorate ... Resolution decisions will be
 * communicated to the appropriate parties as quickly as possible."
 *
 * Each level is worked by the people it names: a TSD Deputy or Assistant Deputy Director
 * (role TSD_DEPUTY_DIRECTOR; the ESC's chair is the TSD Assistant Deputy Director, plan 2.1,
 * so the chair of the consortium's ESC acts for TSD too), then the DCSS Directorate or the
 * CCSAS Project Leader (roles DCSS_DIRECTORATE, CCSAS_PROJECT_LEADER), who decide at the
 * top while TSD, which coordinates the escalation, may add notes.
 */
import { hasRole, holdsRoleFor, isAdministrator, type Principal } from "@/lib/permissions";

export const ESCALATION_LEVELS = ["CPL", "TSD_DEPUTY_DIRECTOR", "DCSS_DIRECTORATE"] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

export const LEVEL_LABELS: Record<EscalationLevel, string> = {
  CPL: "Consortium Project Leader",
  TSD_DEPUTY_DIRECTOR: "TSD Deputy or Assistant Deputy Director",
  DCSS_DIRECTORATE: "DCSS Directorate and CCSAS Project Leader",
};

export type EscalationCapacity = "CPL" | "TSD" | "DIRECTORATE" | "ADMINISTRATOR";

/** In which capacities a person works the issues of a consortium: its CPL, TSD (or its ESC's chair), the Directorate, an administrator. */
export function escalationCapacitiesOf(principal: Principal, where: { consortiumId: string; escCommitteeId: string | null }): EscalationCapacity[] {
  const capacities: EscalationCapacity[] = [];
  if (isAdministrator(principal)) capacities.push("ADMINISTRATOR");
  if (holdsRoleFor(principal, "CONSORTIUM_PROJECT_LEADER", { consortiumId: where.consortiumId })) capacities.push("CPL");
  if (hasRole(principal, "TSD_DEPUTY_DIRECTOR") || (where.escCommitteeId && holdsRoleFor(principal, "ESC_CHAIR", { committeeId: where.escCommitteeId }))) {
    capacities.push("TSD");
  }
  if (hasRole(principal, "DCSS_DIRECTORATE", "CCSAS_PROJECT_LEADER")) capacities.push("DIRECTORATE");
  return capacities;
}

/** Who works the issue while it sits at each level. */
export const ACTS_AT: Record<EscalationLevel, readonly EscalationCapacity[]> = {
  CPL: ["CPL"],
  TSD_DEPUTY_DIRECTOR: ["TSD"],
  DCSS_DIRECTORATE: ["DIRECTORATE"],
};

/** Who may add a note while the issue sits at a level besides those who work it: TSD coordinates the top level. */
const NOTES_AT: Record<EscalationLevel, readonly EscalationCapacity[]> = {
  CPL: [],
  TSD_DEPUTY_DIRECTOR: [],
  DCSS_DIRECTORATE: ["TSD"],
};

export type EscalationMove = "escalate" | "resolve" | "note";

export interface EscalationSnapshot {
  level: EscalationLevel;
  resolved: boolean;
}

export type EscalationResult = { ok: true; level: EscalationLevel; resolves: boolean } | { ok: false; reason: string };

export function nextLevel(level: EscalationLevel): EscalationLevel | null {
  return ESCALATION_LEVELS[ESCALATION_LEVELS.indexOf(level) + 1] ?? null;
}

export function mayWork(level: EscalationLevel, capacities: readonly EscalationCapacity[]): boolean {
  return capacities.includes("ADMINISTRATOR") || capacities.some((capacity) => ACTS_AT[level].includes(capacity));
}

/** Whether the move is allowed, and the level the issue is at afterwards. */
export function escalationMove(current: EscalationSnapshot, move: EscalationMove, capacities: readonly EscalationCapacity[]): EscalationResult {
  if (current.resolved) return { ok: false, reason: "This issue is resolved; raise a new one if it comes back." };
  // The CPL stays the hub of communication (plan 5.1.1) and may add a note at any level.
  const mayNote = mayWork(current.level, capacities) || capacities.includes("CPL") || capacities.some((capacity) => NOTES_AT[current.level].includes(capacity));
  if (move === "note") return mayNote ? { ok: true, level: current.level, resolves: false } : refuse(current.level);
  if (!mayWork(current.level, capacities)) return refuse(current.level);
  if (move === "resolve") return { ok: true, level: current.level, resolves: true };
  const next = nextLevel(current.level);
  if (!next) return { ok: false, reason: "The DCSS Directorate and CCSAS Project Leader are the last level; record their decision as the resolution." };
  return { ok: true, level: next, resolves: false };
}

function refuse(level: EscalationLevel): EscalationResult {
  return { ok: false, reason: `While the issue is with the ${LEVEL_LABELS[level]}, only they can act on it.` };
}
