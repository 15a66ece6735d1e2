import { californiaDay } from "@/domain/calendar/california-day";
import { addDays, dayOfColumn, type Day } from "@/domain/calendar/day";
import { plural } from "@/lib/format";

/**
 * A workgroup's activities (its assignments) and how they move. Governance plan 2.4: "A
 * consensus recommendation must come forward to the ESC for action. If consensus cannot be
 * reached within the time period specified by the ESC or TAB, the issue with be elevated
 * back to the ESC for action." And 2.3: existing workgroups work "with a moratorium on
 * undertaking any new activities without ESC prior approval".
 *
 *   PROPOSED ──ESC motion passes──▶ ACTIVE ──consensus recommendation──▶ RECOMMENDED ──▶ DONE
 *      └──motion fails──▶ REJECTED     └──deadline passes without one──▶ ELEVATED ────▶ DONE
 *
 * The first activity, given when the ESC or TAB creates the workgroup, starts ACTIVE.
 */
export const ACTIVITY_STATUSES = ["PROPOSED", "ACTIVE", "RECOMMENDED", "ELEVATED", "REJECTED", "DONE"] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export type ActivityEvent = "approve" | "reject" | "recommend" | "elevate" | "complete";

const TRANSITIONS: Record<ActivityStatus, Partial<Record<ActivityEvent, ActivityStatus>>> = {
  PROPOSED: { approve: "ACTIVE", reject: "REJECTED" },
  ACTIVE: { recommend: "RECOMMENDED", elevate: "ELEVATED" },
  RECOMMENDED: { complete: "DONE" },
  ELEVATED: { complete: "DONE" },
  REJECTED: {},
  DONE: {},
};

export function nextStatus(status: ActivityStatus, event: ActivityEvent): ActivityStatus | null {
  return TRANSITIONS[status][event] ?? null;
}

/** Why this activity cannot take that step now, in plain words, or null when it can. */
export function transitionRefusal(status: ActivityStatus, event: ActivityEvent): string | null {
  if (nextStatus(status, event)) return null;
  return STATUS_EXPLAINED[status];
}

const STATUS_EXPLAINED: Record<ActivityStatus, string> = {
  PROPOSED: "This activity is waiting for the ESC to approve it; nothing can be recorded for it until the ESC's vote passes.",
  ACTIVE: "This activity is still under way: the workgroup has not brought a recommendation to the ESC yet.",
  RECOMMENDED: "The workgroup's recommendation for this activity has already gone to the ESC.",
  ELEVATED: "This activity passed its deadline without a recommendation and has been elevated to the ESC.",
  REJECTED: "The ESC did not approve this activity.",
  DONE: "This activity is done.",
};

export interface ActivityClock {
  status: ActivityStatus;
  /** The last day (a California calendar day, stored as midnight UTC). */
  deadline: Date;
  recommendation: string | null;
}

/**
 * Past its deadline without a recommendation: the whole deadline day counts, so the
 * activity is overdue from the next California day on.
 */
export function isOverdue(activity: ActivityClock, now: Date): boolean {
  return activity.status === "ACTIVE" && !activity.recommendation && californiaDay(now) > activity.deadline;
}

/** Why a recommendation cannot be recorded now, or null when it can. */
export function recommendationRefusal(activity: ActivityClock, now: Date): string | null {
  const refusal = transitionRefusal(activity.status, "recommend");
  if (refusal) return refusal;
  if (isOverdue(activity, now)) {
    return `The deadline, ${dayLabel(activity.deadline)}, has passed without a recommendation, so the issue goes back to the ESC for action (Governance plan 2.4).`;
  }
  return null;
}

/**
 * Why a deadline will not do, or null. It must fall after `earliest` (a California day):
 * today for a new workgroup's first activity, the day the ESC's vote closes for a proposal.
 */
export function deadlineProblem(deadline: Date, earliest: Date): string | null {
  if (Number.isNaN(deadline.getTime())) return "Enter the deadline as a date.";
  if (deadline <= earliest) return `Choose a deadline after ${dayLabel(earliest)}.`;
  return null;
}

/** Why the workgroup cannot be dissolved yet (work still open), or null when it can. */
export function dissolutionRefusal(activities: readonly { title: string; status: ActivityStatus; deadline: Date }[]): string | null {
  const open = activities.filter((activity) => activity.status === "PROPOSED" || activity.status === "ACTIVE");
  if (open.length === 0) return null;
  const names = open.map(
    (activity) => `“${activity.title}” (${activity.status === "PROPOSED" ? "waiting for the ESC's vote" : `due ${dayLabel(activity.deadline)}`})`,
  );
  return `A workgroup is dissolved once its assignment is complete (Governance plan 2.4), and ${names.join(", ")} ${plural(open.length, "is", "are")} still open. Bring the recommendation to the ESC, or wait for its vote, first.`;
}

const DAY = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

/** A stored calendar day as officials read it: "March 3, 2027". */
export function dayLabel(day: Date): string {
  return DAY.format(day);
}

/** The first deadline `deadlineProblem` accepts, as <input type="date"> writes it (YYYY-MM-DD). */
export function firstDeadlineInput(earliest: Date): Day {
  return addDays(dayOfColumn(earliest), 1);
}
