/**
 * Where an application stands, step by step, for its page: the procedure of Third Party Access
 * Process 6.2 to 7.2, each step with the day it was done and who did it, the step it is at, and
 * the steps a rejection or a withdrawal left undone.
 */
import type { AccessState } from "@/domain/access/lifecycle";

export const STEP_KEYS = [
  "identify",
  "invitation",
  "application",
  "reviews",
  "decision",
  "package",
  "mou",
  "countersign",
  "office-id",
  "infrastructure",
] as const;
export type StepKey = (typeof STEP_KEYS)[number];

interface StepDefinition {
  label: string;
  /** The procedure's section. */
  section: string;
  /** Who does it, when the record does not name the person. */
  role: string;
}

export const STEPS: Record<StepKey, StepDefinition> = {
  identify: { label: "Requestor identified", section: "6.2", role: "the LCSA Director" },
  invitation: { label: "Invitation letter sent", section: "6.3", role: "the Process Manager" },
  application: { label: "Application submitted", section: "6.4", role: "the Requestor" },
  reviews: { label: "Legal review and connectivity test, sent for decision", section: "6.5", role: "the Process Manager" },
  decision: { label: "Decision", section: "6.6", role: "the Process Owner" },
  package: { label: "Approval package sent", section: "6.7", role: "the Process Manager" },
  mou: { label: "Signed MOU returned", section: "6.8", role: "the Requestor" },
  countersign: { label: "MOU countersigned for DCSS", section: "6.9", role: "the Process Owner" },
  "office-id": { label: "Office ID created", section: "7.1", role: "the Infrastructure Manager" },
  infrastructure: { label: "Infrastructure evaluated", section: "7.2", role: "the Infrastructure Manager" },
};

/** When each step was done, and by whom when the record knows. */
export type StepRecord = Partial<Record<StepKey, { at: Date; by: string | null; note?: string }>>;

export type StepStatus = "done" | "current" | "upcoming" | "not-reached";

export interface TrackedStep {
  key: StepKey;
  label: string;
  section: string;
  status: StepStatus;
  at: Date | null;
  /** The person, or the role the process gives the step. */
  by: string;
  note?: string;
}

/**
 * The steps in the procedure's order. The first step not done is the current one while the
 * application is open; after a rejection the steps beyond the decision are not reached, after a
 * withdrawal every step not done is not reached. The decision's label says which it was.
 */
export function trackSteps(state: AccessState, done: StepRecord): TrackedStep[] {
  const closed = state === "REJECTED" || state === "WITHDRAWN" || state === "SUPERSEDED";
  const current: StepKey | null = closed ? null : (STEP_KEYS.find((key) => !done[key]) ?? null);
  return STEP_KEYS.map((key) => {
    const record = done[key];
    const definition = STEPS[key];
    const label = key === "decision" && record ? (state === "REJECTED" ? "Rejected" : "Conditionally approved") : definition.label;
    const status: StepStatus = record ? "done" : key === current ? "current" : closed ? "not-reached" : "upcoming";
    return {
      key,
      label,
      section: definition.section,
      status,
      at: record?.at ?? null,
      by: record?.by ?? definition.role,
      ...(record?.note ? { note: record.note } : {}),
    };
  });
}
