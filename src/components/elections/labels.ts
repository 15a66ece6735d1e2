import type { ElectionPhase } from "@/domain/governance/election-schedule";
import { plural } from "@/lib/format";

export const ELECTION_KIND_LABELS = { REGULAR: "Regular June election", SPECIAL: "Special election for a vacant seat" } as const;

export const ELECTION_STATUS_LABELS = {
  NOMINATING: "Open",
  VOTING: "Runoff",
  TALLIED: "Counted, waiting for certification",
  CERTIFIED: "Certified",
  CANCELLED: "Cancelled",
} as const;

export const PHASE_LABELS: Record<ElectionPhase | "counted", string> = {
  nominating: "Nominations open",
  waiting: "Nominations closed",
  voting: "Voting open",
  closed: "Voting closed, not yet counted",
  counted: "Counted",
};

export type ElectionStatus = keyof typeof ELECTION_STATUS_LABELS;
export type BadgeTone = "neutral" | "green" | "amber" | "red" | "blue";

/** One badge for where an election stands: its stored status, or its clock while open. */
export function electionBadge(status: ElectionStatus, phase: ElectionPhase): { label: string; tone: BadgeTone } {
  if (status === "NOMINATING") return { label: PHASE_LABELS[phase], tone: phase === "voting" ? "green" : phase === "closed" ? "amber" : "blue" };
  if (status === "VOTING") return { label: "Runoff voting", tone: "green" };
  if (status === "TALLIED") return { label: ELECTION_STATUS_LABELS.TALLIED, tone: "amber" };
  return { label: ELECTION_STATUS_LABELS[status], tone: "neutral" };
}

export function electorateLabel(electorate: "CATEGORY" | "CONSORTIUM", category: number, size: number): string {
  const lcsas = `${size} ${plural(size, "LCSA")}`;
  return electorate === "CATEGORY" ? `the ${lcsas} in caseload category ${category}` : `every LCSA of the consortium (${lcsas})`;
}
