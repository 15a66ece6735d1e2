/**
 * The timing of a gate's vote. Governance plan 2.9: "The ESCs will meet monthly at a
 * minimum", and "'virtual meetings' via video- or tele-conferencing or email will be used"
 * for expedited decisions. Product rule (the plan sets no timing for a vote): a gate's
 * motion opens at once, goes on the next meeting's agenda, and stays open until the day
 * after that meeting (or two weeks when no meeting is scheduled). The chair may close it earlier.
 */
import { addDays, day } from "@/domain/calendar/day";
import { addWorkingDays, isWorkingDay } from "@/domain/calendar/working-days";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
export const VOTE_WITHOUT_MEETING_DAYS = 14;

export function gateVoteDeadline(now: Date, meetingStartsAt: Date | null): Date {
  const withoutMeeting = new Date(now.getTime() + VOTE_WITHOUT_MEETING_DAYS * DAY);
  if (!meetingStartsAt || meetingStartsAt.getTime() <= now.getTime()) return withoutMeeting;
  return new Date(meetingStartsAt.getTime() + DAY);
}

/**
 * Plan 3.1.4: a change request may be deferred "for reconsideration at a later date".
 * Product rule (the plan names no date): when the committee defers without saying when, it
 * comes back after a quarter, the first working day at least 90 days later. `today` is a
 * California day, yyyy-mm-dd.
 */
export function defaultReconsiderOn(today: string): string {
  const later = addDays(day(today), 90);
  return isWorkingDay(later) ? later : addWorkingDays(later, 1);
}

/** A reconsider date must be a future day; returns why not, or null. */
export function reconsiderDateProblem(day: string, today: string): string | null {
  if (day <= today) return "Choose a day after today to reconsider it.";
  return null;
}
