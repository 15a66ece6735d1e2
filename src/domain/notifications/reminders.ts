import { californiaDayOf } from "@/domain/calendar/day";
import { addWorkingDays } from "@/domain/calendar/working-days";
import { materialsDueFor, materialsDueOn, type MaterialsMeeting } from "@/domain/meetings/materials";

/**
 * Who needs a reminder, and when (issue 3, "Notifications": "a motion closes in 24 hours
 * and you have not voted; meeting materials due"). Pure: the caller loads the rows and
 * passes `now`; each reminder is sent once per person (its dedupe key).
 */
export const MOTION_REMINDER_WINDOW_MS = 24 * 60 * 60 * 1000;

export interface OpenMotionSeats {
  status: "OPEN" | "CLOSED";
  deadline: Date;
  /** The eligible voters fixed at opening, each with the designee who votes in their place, if any. */
  voters: readonly { userId: string; designeeId: string | null }[];
  /** The members whose seat has a ballot (cast by them or their designee). */
  votedMemberIds: readonly string[];
}

/** True while the motion is open and closes within the next 24 hours. */
export function motionClosesSoon(motion: Pick<OpenMotionSeats, "status" | "deadline">, now: Date): boolean {
  const left = motion.deadline.getTime() - now.getTime();
  return motion.status === "OPEN" && left > 0 && left <= MOTION_REMINDER_WINDOW_MS;
}

/**
 * The people to remind that a motion closes soon: for every seat without a ballot, the
 * person who votes from it, which is the designee when the member named one (the member
 * cannot vote then, so reminding them would only confuse).
 */
export function motionReminderRecipients(motion: OpenMotionSeats, now: Date): string[] {
  if (!motionClosesSoon(motion, now)) return [];
  const voted = new Set(motion.votedMemberIds);
  const recipients = motion.voters.filter((voter) => !voted.has(voter.userId)).map((voter) => voter.designeeId ?? voter.userId);
  return [...new Set(recipients)];
}

/** The once-only key of the "closes soon" reminder: one per motion and person. */
export const motionReminderKey = (motionId: string) => `motion-closes-soon:${motionId}`;

/** The California day by which a meeting's background materials are due (yyyy-mm-dd): the meetings module's rule (plan 2.10). */
export const materialsDueDay = materialsDueOn;

/** The next working day after `day` (yyyy-mm-dd). */
export function nextWorkingDay(day: string): string {
  return addWorkingDays(day, 1);
}

/**
 * True when a scheduled meeting's materials fall due today or on the next working day
 * (California dates): the chair hears of it while there is still a working day to act.
 * On a Friday (or a weekend) that includes a deadline on Monday; a deadline already passed gets no
 * reminder (the meeting page flags late material instead).
 */
export function materialsReminderDue(meeting: MaterialsMeeting & { status: string }, now: Date): boolean {
  if (meeting.status !== "SCHEDULED" || meeting.startsAt <= now) return false;
  const today = californiaDayOf(now);
  // An emergency meeting's material has no due day (materials.ts): nothing to remind of.
  const due = materialsDueFor(meeting);
  return due !== null && due >= today && due <= nextWorkingDay(today);
}

/** The once-only key of a meeting's "materials due" reminder. */
export const materialsReminderKey = (meetingId: string) => `meeting-materials-due:${meetingId}`;

/**
 * How far ahead to look for meetings whose materials may fall due: three days plus the
 * look-ahead working day, with room for a long holiday weekend.
 */
export const MATERIALS_LOOKAHEAD_MS = 14 * 24 * 60 * 60 * 1000;
