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
import { accountCreationRefusal, renewalStatus, type AccountCreation, type RenewalStatus } from "@/domain/access/accounts";
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

/**
 * Why the LCSA System Administrator may not set up this user's account today, or null: the rules
 * of accountCreationRefusal, and two more of the product's reading. 7.1: "The Infrastructure
 * Manager creates the office ID for the Requestor and then notifies the Process Manager,
 * Requestor's Contact Person, and the Administrator that the office ID has been created … The
 * Requestor's Contact Person and the Administrator coordinate the set up of user accounts": so
 * the office ID comes first. And an MOU whose term has not begun is not yet in force.
 */
export function accountSetupRefusal(facts: AccountCreation & { termStartsOn: Day | null; officeId: string | null }): string | null {
  const countersigned = facts.mou?.countersignedOn != null && facts.mou.countersignedOn <= facts.today;
  if (countersigned && facts.termStartsOn && facts.termStartsOn > facts.today) {
    return `The MOU's term starts on ${formatDay(facts.termStartsOn)}: accounts are set up from that day.`;
  }
  if (countersigned && !facts.officeId) {
    return "The office ID is not recorded yet: the Infrastructure Manager creates it first, then the Requestor's contact and the LCSA System Administrator set up the accounts (Third Party Access Process 7.1).";
  }
  return accountCreationRefusal(facts);
}
