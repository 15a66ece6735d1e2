/**
 * A Requestor's user accounts and their yearly renewals: when the LCSA System Administrator may
 * set one up (Third Party Access Process 7.3), when an active one is due for renewal, the MOU's
 * renewal notice (10.1) and the product's yearly re-attestation.
 *
 * Section 2, criterion 5: "Requestor's identified users must complete security awareness
 * training provided by DCSS, before obtaining an account and then annually." Criterion 6:
 * "Requestor's identified users must sign confidentiality statements before obtaining an account
 * and then annually." 6.8: the Requestor's Contact Person "Implements security awareness training
 * process for identified staff", "Implements certification process", "Retains certifications for
 * audit purposes".
 *
 * "Annually", as the product reads it: training (or a statement) is good for one year. It stops
 * being good on its anniversary, the same day of the next year: trained on 2025-12-03, a user is
 * current through 2026-12-02 and expired from 2026-12-03. Training on Feb 29 completes its year
 * only once Feb 28 of the next year is over, so it expires on Mar 1. Put the other way: on
 * `today` a date is current when it is on or after today minus one year (Feb 29 minus a year
 * being Feb 28), plus one day. The two readings agree on every day, leap years included.
 */
import { addDays, day, parseDay, type Day } from "@/domain/calendar/day";
import { countOf, formatDay } from "@/lib/format";

/** The first day a training or a statement completed on `completedOn` is no longer current: its anniversary. */
export function expiresOn(completedOn: Day): Day {
  const nextYear = String(Number(completedOn.slice(0, 4)) + 1).padStart(4, "0");
  return parseDay(`${nextYear}${completedOn.slice(4)}`) ?? day(`${nextYear}-03-01`);
}

/** The last day it is current. */
export function currentThrough(completedOn: Day): Day {
  return addDays(expiresOn(completedOn), -1);
}

/** What is wrong with one user's training and confidentiality statement on `today`, sentence by sentence. */
function userProblems(trainedOn: Day | null, confidentialitySignedOn: Day | null, today: Day): string[] {
  const training = dateProblem(trainedOn, today, {
    missing: "No security awareness training is recorded for the user.",
    future: (on) => `The security awareness training date, ${formatDay(on)}, is in the future.`,
    expired: (on) => `Security awareness training expired on ${formatDay(expiresOn(on))} (completed ${formatDay(on)}).`,
  });
  const statement = dateProblem(confidentialitySignedOn, today, {
    missing: "No signed confidentiality statement is recorded for the user.",
    future: (on) => `The confidentiality statement's date, ${formatDay(on)}, is in the future.`,
    expired: (on) => `The confidentiality statement expired on ${formatDay(expiresOn(on))} (signed ${formatDay(on)}).`,
  });
  return [training, statement].filter((problem) => problem !== null);
}

function dateProblem(on: Day | null, today: Day, words: { missing: string; future: (on: Day) => string; expired: (on: Day) => string }): string | null {
  if (!on) return words.missing;
  if (on > today) return words.future(on);
  return today >= expiresOn(on) ? words.expired(on) : null;
}

// ------------------------------------------------------------------ setting up an account

/** The MOU an account is set up under: countersigned by the Process Owner (6.9), with its term. */
export interface MouTerm {
  countersignedOn: Day | null;
  /** The term's last day: the MOU is in force through it. */
  termEndsOn: Day | null;
}

export interface AccountCreation {
  trainedOn: Day | null;
  confidentialitySignedOn: Day | null;
  today: Day;
  /** Accounts already set up for the organization under this approval. */
  createdCount: number;
  /** The Process Owner's approved number (6.6). */
  approvedAccounts: number;
  mou: MouTerm | null;
}

/**
 * Why the LCSA System Administrator may not mark this user's account created today, or null.
 * 7.3: "The Administrator follows the CCSAS End User ID Procedures, CDL TM 080 to set up third
 * party user accounts". Only under a countersigned MOU in its term (criterion 4: "Requestor and
 * State must execute and comply with the provisions of the DCSS Memorandum of Understanding"),
 * never beyond the number approved (1.5: the Process Owner "Determines number of users accounts
 * to be authorized"), and only for a user whose training and confidentiality statement are both
 * current (criteria 5 and 6). What stops the organization is said alone; what the user lacks is
 * said in full.
 */
export function accountCreationRefusal({ trainedOn, confidentialitySignedOn, today, createdCount, approvedAccounts, mou }: AccountCreation): string | null {
  if (!mou?.countersignedOn || mou.countersignedOn > today) return "No account may be set up before the Process Owner countersigns the MOU.";
  if (!mou.termEndsOn) return "The MOU's term is not recorded: record it before setting up accounts.";
  if (today > mou.termEndsOn) return `The MOU's term ended on ${formatDay(mou.termEndsOn)}: no account may be set up under it.`;
  if (approvedAccounts < 1) return "No user accounts are approved for the organization.";
  if (createdCount >= approvedAccounts) {
    return `${approvedAccounts === 1 ? "The one approved user account is" : `All ${countOf(approvedAccounts, "approved user account")} are`} already set up.`;
  }
  const problems = userProblems(trainedOn, confidentialitySignedOn, today);
  return problems.length ? problems.join(" ") : null;
}

// ------------------------------------------------------------------ an active account's renewal

/** An active account is due for renewal this many days before its first expiry, or fewer (the product's rule, not the document's). */
export const RENEWAL_DUE_SOON_DAYS = 30;

export type RenewalState = "current" | "due-soon" | "expired";

export interface RenewalStatus {
  /** "expired": the account is flagged for suspension. */
  status: RenewalState;
  trainingExpiresOn: Day;
  confidentialityExpiresOn: Day;
  /** The earlier of the two: the day the account stops being current. */
  expiresOn: Day;
}

/** Where an active account's yearly training and confidentiality statement stand on `today` (criteria 5 and 6: "then annually"). */
export function renewalStatus({ trainedOn, confidentialitySignedOn }: { trainedOn: Day; confidentialitySignedOn: Day }, today: Day): RenewalStatus {
  const trainingExpiresOn = expiresOn(trainedOn);
  const confidentialityExpiresOn = expiresOn(confidentialitySignedOn);
  const earliest = trainingExpiresOn < confidentialityExpiresOn ? trainingExpiresOn : confidentialityExpiresOn;
  const status = today >= earliest ? "expired" : today >= addDays(earliest, -RENEWAL_DUE_SOON_DAYS) ? "due-soon" : "current";
  return { status, trainingExpiresOn, confidentialityExpiresOn, expiresOn: earliest };
}

// ------------------------------------------------------------------ the MOU's renewal

/** 10.1: "Six months before expiration of the term of each MOU". */
export const RENEWAL_NOTICE_MONTHS = 6;

export type MouRenewalState = "not-yet" | "notice-due" | "blocked" | "good-standing" | "expired";

export interface MouRenewal {
  /** The day the Contract Manager's notice is due. */
  noticeOn: Day;
  status: MouRenewalState;
  reason: string;
}

/** The same day `months` calendar months earlier, or that month's last day when it has none (Aug 31 less 6 months is Feb 28, or 29). */
export function monthsBefore(from: Day, months: number): Day {
  const [year, month, date] = from.split("-").map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) - months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const leap = (targetYear % 4 === 0 && targetYear % 100 !== 0) || targetYear % 400 === 0;
  const length = targetMonth === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(targetMonth) ? 30 : 31;
  const pad = (value: number, width: number) => String(value).padStart(width, "0");
  return day(`${pad(targetYear, 4)}-${pad(targetMonth, 2)}-${pad(Math.min(date, length), 2)}`);
}

/**
 * Where an MOU stands for renewal on `today`. 10.1: "Six months before expiration of the term of
 * each MOU, the DCSS Contract Manager notifies the Process Manager that the MOU is due for
 * renewal. The Process Manager obtains information from DCSS ISO regarding any audit findings
 * that have not been cleared by the organization. If there are no outstanding audit findings,
 * the Contract Manager will notify the Process Owner that the organization is in good standing
 * for renewal. If there are outstanding audit findings, the Process Manager notifies the Process
 * Owner. The Process Owner notifies the Requestor that the MOU will not be renewed until all
 * audit findings are cleared." The term's last day is `termEndsOn`; the MOU has expired after
 * it. Until the Contract Manager's notice (`notifiedOn`) the findings are not yet asked.
 */
export function mouRenewal(
  { termEndsOn, notifiedOn, openFindings }: { termEndsOn: Day; notifiedOn: Day | null; openFindings: number },
  today: Day,
): MouRenewal {
  if (!Number.isInteger(openFindings) || openFindings < 0) throw new Error(`Not a count of open findings: ${openFindings}`);
  const noticeOn = monthsBefore(termEndsOn, RENEWAL_NOTICE_MONTHS);
  const ends = formatDay(termEndsOn);
  const answer = (status: MouRenewalState, reason: string): MouRenewal => ({ noticeOn, status, reason });
  if (today > termEndsOn) return answer("expired", `The MOU's term ended on ${ends}.`);
  if (!notifiedOn) {
    if (today < noticeOn)
      return answer("not-yet", `The Contract Manager's renewal notice is due on ${formatDay(noticeOn)}, six months before the term ends on ${ends}.`);
    return answer(
      "notice-due",
      `The MOU is due for renewal: its term ends on ${ends}, and the Contract Manager's notice to the Process Manager was due on ${formatDay(noticeOn)}.`,
    );
  }
  if (openFindings > 0) return answer("blocked", `The MOU will not be renewed until all audit findings are cleared (${openFindings} open).`);
  return answer("good-standing", "The organization is in good standing for renewal: no audit findings are open.");
}

// ------------------------------------------------------------------ the yearly re-attestation (the product's)

export type AttestationStatus = "confirmed" | "pending" | "overdue";

/**
 * Why the organization may not confirm the user today, or null. The product's yearly campaign
 * asks each organization to confirm, for each active user, the three things the process asks
 * "then annually" or implies: current training (criterion 5), a current confidentiality
 * statement (criterion 6), and that the user still needs access (criterion 2: access is for a
 * purpose). A user no longer needing access is not confirmed: the account is to be suspended.
 */
export function attestationRefusal(
  { trainedOn, confidentialitySignedOn, stillNeeded }: { trainedOn: Day | null; confidentialitySignedOn: Day | null; stillNeeded: boolean },
  today: Day,
): string | null {
  const problems = userProblems(trainedOn, confidentialitySignedOn, today);
  if (!stillNeeded) problems.push("A user who no longer needs access is not confirmed: ask the LCSA System Administrator to suspend the account.");
  return problems.length ? problems.join(" ") : null;
}

/**
 * One user's place in a campaign on `today`: confirmed once the organization has confirmed them
 * (a late confirmation still counts), pending through the deadline's day, overdue after it, when
 * the account is flagged for suspension.
 */
export function attestationStatus({ confirmedOn }: { confirmedOn: Day | null }, { deadlineOn }: { deadlineOn: Day }, today: Day): AttestationStatus {
  if (confirmedOn && confirmedOn <= today) return "confirmed";
  return today > deadlineOn ? "overdue" : "pending";
}

/** An organization's progress through a campaign, from its users' statuses. */
export function attestationProgress(statuses: readonly AttestationStatus[]): Record<AttestationStatus, number> & { total: number } {
  const count = (wanted: AttestationStatus) => statuses.filter((status) => status === wanted).length;
  return { confirmed: count("confirmed"), pending: count("pending"), overdue: count("overdue"), total: statuses.length };
}
