import { addDays, californiaDayOf, type Day } from "@/domain/calendar/day";
import type { MeetingKind } from "@/domain/meetings/meeting-status";

/**
 * Governance plan 2.10: "Whenever possible, background materials will be provided to the
 * ESC at least three days in advance of meetings to ensure decision-makers are fully
 * informed and prepared". The plan says days, not working days: they are calendar days in
 * California, weekends and holidays included; material posted after the due day is flagged late.
 */
export const MATERIAL_LEAD_DAYS = 3;

/** What the rule reads of a meeting. */
export interface MaterialsMeeting {
  kind: MeetingKind;
  startsAt: Date;
}

/** The last California day (yyyy-mm-dd) three days before the meeting: the plan's due day. */
export function materialsDueOn(meetingStartsAt: Date): Day {
  return addDays(californiaDayOf(meetingStartsAt), -MATERIAL_LEAD_DAYS);
}

/**
 * The day this meeting's material is due, or null when the three-day rule does not apply.
 * Governance plan 2.9: "“On call” or emergency ESC meetings may be necessary for expedited
 * decision-making"; the three days of 2.10 are asked "Whenever possible", and an emergency
 * meeting is called when they cannot be given. Product rule: an emergency meeting's material
 * is posted as soon as it is ready and is never flagged late.
 */
export function materialsDueFor(meeting: MaterialsMeeting): Day | null {
  return meeting.kind === "EMERGENCY" ? null : materialsDueOn(meeting.startsAt);
}

/** Posted later than three days before the meeting (any time after the due day), where the rule applies. */
export function isMaterialLate(postedAt: Date, meeting: MaterialsMeeting): boolean {
  const due = materialsDueFor(meeting);
  return due !== null && californiaDayOf(postedAt) > due;
}
