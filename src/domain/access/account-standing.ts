/**
 * Where one of a Requestor's users stands, as the organization's page shows it and the jobs
 * act on it: listed and waiting for a CSE account, set up, due for renewal, flagged for
 * suspension, or suspended.
 *
 * "Flagged for suspension" is derived, never stored (the product's rule): an account that is
 * set up and not suspended is flagged when its training or confidentiality statement has
 * expired (section 2, criteria 5 and 6: "then annually"; renewalStatus = "expired"), or when
 * the organization did not confirm it in a re-attestation campaign by the deadline
 * (attestationStatus = "overdue"). Only the LCSA System Administrator's confirmation that the
 * account is suspended in CSE sets `suspendedAt`.
 */
import { renewalStatus, type RenewalStatus } from "@/domain/access/accounts";
import type { Day } from "@/domain/calendar/day";
import { formatDay } from "@/lib/format";

export type AccountStandingKind = "listed" | "active" | "due-soon" | "flagged" | "suspended";

export interface AccountStandingFacts {
  trainedOn: Day;
  confidentialitySignedOn: Day;
  created: boolean;
  suspended: boolean;
  /** The campaign the account was not confirmed in by its deadline, if any. */
  overdueAttestation: { year: number; deadlineOn: Day } | null;
}

export interface AccountStanding {
  kind: AccountStandingKind;
  renewal: RenewalStatus;
  /** Why it is flagged, due soon or suspended, sentence by sentence; empty when there is nothing to say. */
  reasons: string[];
}

export const ACCOUNT_STANDING_LABELS: Record<AccountStandingKind, string> = {
  listed: "Waiting for its account",
  active: "Account set up",
  "due-soon": "Renewal due soon",
  flagged: "Flagged for suspension",
  suspended: "Suspended",
};

export function accountStanding(facts: AccountStandingFacts, today: Day): AccountStanding {
  const renewal = renewalStatus(facts, today);
  const reasons: string[] = [];
  if (renewal.status === "expired") reasons.push(`The ${expiredWhat(renewal, today)} expired on ${formatDay(renewal.expiresOn)}.`);
  else if (renewal.status === "due-soon")
    reasons.push(`The yearly training and confidentiality statement are due for renewal before ${formatDay(renewal.expiresOn)}.`);
  if (facts.overdueAttestation && !facts.suspended) {
    reasons.push(`Not confirmed in the ${facts.overdueAttestation.year} re-attestation by its deadline, ${formatDay(facts.overdueAttestation.deadlineOn)}.`);
  }
  const kind: AccountStandingKind = facts.suspended
    ? "suspended"
    : !facts.created
      ? "listed"
      : renewal.status === "expired" || facts.overdueAttestation
        ? "flagged"
        : renewal.status === "due-soon"
          ? "due-soon"
          : "active";
  return { kind, renewal, reasons };
}

function expiredWhat(renewal: RenewalStatus, today: Day): string {
  const training = today >= renewal.trainingExpiresOn;
  const statement = today >= renewal.confidentialityExpiresOn;
  if (training && statement) return "security awareness training and the confidentiality statement";
  return training ? "security awareness training" : "confidentiality statement";
}
