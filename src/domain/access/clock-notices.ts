/**
 * Which notices a late clock of an application owes (the product's rule, on Third Party
 * Access Process 4's goals, src/domain/access/clocks.ts). The goals are "goals rather than
 * deadlines", so a late clock is told, never refused: once it is past its limit (the goal, or
 * the far end of access's 30–45 working days) the role that owes the step hears of it once;
 * from its escalation day (ESCALATE_AFTER_WORKING_DAYS later) the Process Owner, who
 * "Implements and oversees this Process" (1.5), hears of it once more.
 */
import { escalationDay, ESCALATE_TO, type Clock } from "@/domain/access/clocks";
import type { Day } from "@/domain/calendar/day";
import type { Role } from "@/domain/identity/roles";

export const CLOCK_NOTICE_LEVELS = ["owed", "escalated"] as const;
export type ClockNoticeLevel = (typeof CLOCK_NOTICE_LEVELS)[number];

export interface ClockNoticeDue {
  clock: Clock;
  level: ClockNoticeLevel;
  /** Who is told: every active holder of the role. */
  to: Role;
}

/** The notices the clocks owe on `today`, whether or not they were sent already (the job's memory says that). */
export function clockNoticesDue(clocks: readonly Clock[], today: Day): ClockNoticeDue[] {
  return clocks.flatMap((clock): ClockNoticeDue[] => {
    if (clock.completedOn || clock.status !== "late") return [];
    const due: ClockNoticeDue[] = [{ clock, level: "owed", to: clock.owedBy }];
    const escalateOn = escalationDay(clock);
    if (escalateOn && today >= escalateOn) due.push({ clock, level: "escalated", to: ESCALATE_TO });
    return due;
  });
}
