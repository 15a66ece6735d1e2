/**
 * Reading the queue of change requests: whom each one is waiting on, how long it has been
 * where it is, and when that counts as overdue. Pure: the server passes `now` and runs the
 * same rules as SQL (src/server/change-requests/queue-sql.ts) so a page of 10,000 change
 * requests costs one aggregate query, not one per row.
 */
import { CR_STATES, TERMINAL_STATES, type CrState } from "@/domain/change-requests/lifecycle";

/** Who has to act next for a change request to move. */
export const PARTIES = [
  "AUTHOR",
  "ESC",
  "IMPACT_TEAM",
  "CCB",
  "SUBCOMPONENT_REVIEW",
  "JAD_TEAM",
  "DEVELOPERS",
  "UAT_TESTERS",
  "CPL",
  "ESC_RECONSIDER",
] as const;
export type Party = (typeof PARTIES)[number];

export const PARTY_LABELS: Record<Party, string> = {
  AUTHOR: "The author (finishing the form)",
  ESC: "ESC vote",
  IMPACT_TEAM: "Impact analysis team",
  CCB: "Change Control Board",
  SUBCOMPONENT_REVIEW: "CCSAS Subcomponent Review",
  JAD_TEAM: "JAD team",
  DEVELOPERS: "Developers (build and test)",
  UAT_TESTERS: "UAT testers",
  CPL: "Consortium Project Leader (release)",
  ESC_RECONSIDER: "ESC, at the reconsider date",
};

/**
 * Governance plan 3.1: the ESC votes on the concept, the package, the authorization of
 * development after the CCB's approval (3.1.3) and the JAD recommendation; the CCB decides
 * (3.1.3) or the Subcomponent Review looks (3.1.3); the IAP team (3.1.2) and JAD team
 * (3.1.4) do the analysis and design; developers test, LCSA users run UAT and the CPL
 * coordinates the release (3.1.5, 3.1.6). Finished change requests wait on nobody.
 */
export const WAITING_ON: Record<CrState, Party | null> = {
  DRAFT: "AUTHOR",
  SUBMITTED: "ESC",
  IMPACT_ANALYSIS: "IMPACT_TEAM",
  PACKAGE_VOTE: "ESC",
  CCB_REVIEW: "CCB",
  ESC_AUTHORIZATION: "ESC",
  SUBCOMPONENT_REVIEW: "SUBCOMPONENT_REVIEW",
  JAD_DESIGN: "JAD_TEAM",
  JAD_VOTE: "ESC",
  BUILD_AND_TEST: "DEVELOPERS",
  UAT: "UAT_TESTERS",
  RELEASE: "CPL",
  DEFERRED: "ESC_RECONSIDER",
  CLOSED: null,
  WITHDRAWN: null,
  VETOED: null,
  REJECTED: null,
  POLICY_BRANCH: null,
};

export function statesWaitingOn(party: Party): CrState[] {
  return CR_STATES.filter((state) => WAITING_ON[state] === party);
}

export const OPEN_STATES: readonly CrState[] = CR_STATES.filter((state) => !TERMINAL_STATES.includes(state));

/**
 * How many calendar days a change request may sit in a state before the dashboard calls it
 * overdue. The plan sets no such limits; these follow its rhythm: the ESC meets at least
 * monthly (plan 2.9) and the Subcomponent Review is monthly (3.1.3), so a vote or a review
 * waits at most about five weeks; analysis, design, build and test get longer. Deferred
 * change requests are judged by their reconsider date instead.
 */
export const OVERDUE_AFTER_DAYS: Partial<Record<CrState, number>> = {
  DRAFT: 60,
  SUBMITTED: 35,
  IMPACT_ANALYSIS: 60,
  PACKAGE_VOTE: 35,
  CCB_REVIEW: 35,
  ESC_AUTHORIZATION: 35,
  SUBCOMPONENT_REVIEW: 35,
  JAD_DESIGN: 90,
  JAD_VOTE: 35,
  BUILD_AND_TEST: 120,
  UAT: 45,
  RELEASE: 30,
};

/** Why a change request counts as overdue; one can have several reasons at once. */
export const OVERDUE_REASONS = ["STATE_TOO_LONG", "VOTE_PAST_DEADLINE", "RECONSIDER_DATE_PASSED"] as const;
export type OverdueReason = (typeof OVERDUE_REASONS)[number];

export const OVERDUE_REASON_LABELS: Record<OverdueReason, string> = {
  STATE_TOO_LONG: "In the same step longer than its limit",
  VOTE_PAST_DEADLINE: "A gate vote is still open after its deadline",
  RECONSIDER_DATE_PASSED: "Deferred past its reconsider date",
};

export interface OverdueInput {
  state: CrState;
  stateChangedAt: Date;
  reconsiderOn: Date | null;
  /** Deadline of a gate motion that is still open, if any. */
  openVoteDeadline: Date | null;
}

const DAY_MS = 86_400_000;

export function daysBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / DAY_MS));
}

/** The rule the SQL implements, kept here so it is stated once in words and tested. */
export function overdueReasons(cr: OverdueInput, now: Date, today: Date): OverdueReason[] {
  if (TERMINAL_STATES.includes(cr.state)) return [];
  const reasons: OverdueReason[] = [];
  const limit = OVERDUE_AFTER_DAYS[cr.state];
  if (limit !== undefined && daysBetween(cr.stateChangedAt, now) > limit) reasons.push("STATE_TOO_LONG");
  if (cr.openVoteDeadline && cr.openVoteDeadline < now) reasons.push("VOTE_PAST_DEADLINE");
  if (cr.state === "DEFERRED" && cr.reconsiderOn && cr.reconsiderOn < today) reasons.push("RECONSIDER_DATE_PASSED");
  return reasons;
}

/** Time-in-state buckets for the aging chart: each is "at least `from` days". */
export const AGING_BUCKETS = [
  { from: 0, label: "Under a week" },
  { from: 8, label: "8–30 days" },
  { from: 31, label: "31–90 days" },
  { from: 91, label: "91–180 days" },
  { from: 181, label: "Over 180 days" },
] as const;

/** The lower bounds after the first, as PostgreSQL's width_bucket wants them. */
export const AGING_THRESHOLDS = AGING_BUCKETS.slice(1).map((bucket) => bucket.from);

export function agingBucket(days: number): number {
  return AGING_THRESHOLDS.filter((threshold) => days >= threshold).length;
}
