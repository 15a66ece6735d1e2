import { ACCOUNT_STANDING_LABELS, type AccountStandingKind } from "@/domain/access/account-standing";
import type { AttestationStatus } from "@/domain/access/accounts";

/** How an account's standing and a re-attestation's status are badged. */
export const ACCOUNT_STANDING_BADGES: Record<AccountStandingKind, { label: string; tone: "neutral" | "green" | "amber" | "red" | "blue" }> = {
  listed: { label: ACCOUNT_STANDING_LABELS.listed, tone: "blue" },
  active: { label: ACCOUNT_STANDING_LABELS.active, tone: "green" },
  "due-soon": { label: ACCOUNT_STANDING_LABELS["due-soon"], tone: "amber" },
  flagged: { label: ACCOUNT_STANDING_LABELS.flagged, tone: "red" },
  suspended: { label: ACCOUNT_STANDING_LABELS.suspended, tone: "neutral" },
};

export const ATTESTATION_BADGES: Record<AttestationStatus, { label: string; tone: "green" | "amber" | "red" }> = {
  confirmed: { label: "Confirmed", tone: "green" },
  pending: { label: "To confirm", tone: "amber" },
  overdue: { label: "Not confirmed by the deadline", tone: "red" },
};
