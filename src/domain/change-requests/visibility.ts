/**
 * Who may see a change request before it is submitted. Product rule (issue 12, item 9; the
 * Governance plan does not speak of drafts): a draft belongs to its author and the
 * consortium's Consortium Project Leader until it is submitted. Anyone else finds it in no
 * list, search, export or dashboard, cannot open its page or files, and cannot act on it.
 * A draft withdrawn before it was ever submitted stays as private as it was.
 */
import type { Capacity, CrState } from "@/domain/change-requests/states";

export function isPrivateDraft(cr: { state: CrState; submittedAt: Date | null }): boolean {
  return cr.state === "DRAFT" || (cr.state === "WITHDRAWN" && cr.submittedAt === null);
}

/** Whether someone acting in these capacities on the change request may see it. */
export function maySee(cr: { state: CrState; submittedAt: Date | null }, capacities: readonly Capacity[]): boolean {
  return !isPrivateDraft(cr) || capacities.includes("AUTHOR") || capacities.includes("CPL") || capacities.includes("SYSTEM");
}
