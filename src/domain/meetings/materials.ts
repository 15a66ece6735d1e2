import { addDays, californiaDayOf } from "@/domain/calendar/day";

/**
 * Governance plan 2.10: "Whenever possible, background materials will be provided to the
 * ESC at least three days in advance of meetings to ensure decision-makers are fully
 * informed and prepared". The plan says days, not working days: they are calendar days in
 * California, weekends and holidays included; material posted after the due day is flagged late.
 */
export const MATERIAL_LEAD_DAYS = 3;

/** The last California day (yyyy-mm-dd) on which material for the meeting is on time. */
export function materialsDueOn(meetingStartsAt: Date): string {
  return addDays(californiaDayOf(meetingStartsAt), -MATERIAL_LEAD_DAYS);
}

/** Posted later than three days before the meeting: any time after the due day. */
export function isMaterialLate(postedAt: Date, meetingStartsAt: Date): boolean {
  return californiaDayOf(postedAt) > materialsDueOn(meetingStartsAt);
}
