/**
 * A person's task list: each item is one thing they can do now, why it is theirs, since when
 * and by when, and the page (and form) that does it. Each module says what its tasks are
 * (src/domain/<module>/tasks.ts), computing them with its own permissions, so a task appears
 * exactly when the person could take the step; the home page gathers them in one query
 * (src/server/home/tasks.ts) and orders them here.
 */

import { addDays, californiaDayStart, type Day } from "@/domain/calendar/day";

/** Due by the end of a California day: late from the start of the next. */
export function dueByEndOf(day: Day): Pick<Task, "due" | "dueDay"> {
  return { due: californiaDayStart(addDays(day, 1)), dueDay: day };
}

/** The kinds of work, as the list groups and labels them. */
export const TASK_AREAS = ["Motion", "Change request", "Meeting", "Election", "Escalation", "Action item", "Account", "Third-party access"] as const;
export type TaskArea = (typeof TASK_AREAS)[number];

export interface Task {
  /** Stable across visits: "cr:<id>:submitPackage". */
  key: string;
  area: TaskArea;
  /** What to do, as the form's button says it: "Submit the impact analysis package". */
  action: string;
  /** What it is about: "CR-0007 Statewide payment portal". */
  subject: string;
  /** Why it is this person's: "You are on the UAT team, and UAT is under way." */
  why: string;
  /** Since when it has been waiting. */
  since: Date;
  /** By when it should be done, where there is a date (a vote's deadline, a step's limit): the instant it is late. */
  due: Date | null;
  /** When the due date is a whole day (done by the end of it, in California), that day: shown without a time. */
  dueDay?: Day;
  /** The page, anchored at the form that does it. */
  href: string;
}

/** Within this many days of its due date a task is due soon (product rule). */
export const DUE_SOON_DAYS = 7;
const DAY_MS = 86_400_000;

export type Urgency = "overdue" | "due-soon" | "waiting";

export function urgencyOf(task: Pick<Task, "due">, now: Date): Urgency {
  if (!task.due) return "waiting";
  if (task.due.getTime() < now.getTime()) return "overdue";
  return task.due.getTime() - now.getTime() <= DUE_SOON_DAYS * DAY_MS ? "due-soon" : "waiting";
}

/**
 * Most urgent first: overdue, then by due date (the soonest first), then those without a
 * date, the oldest first. Ties keep a stable order by key.
 */
export function byUrgency(a: Task, b: Task): number {
  const due = (a.due?.getTime() ?? Infinity) - (b.due?.getTime() ?? Infinity);
  if (due !== 0 && !Number.isNaN(due)) return due;
  const since = a.since.getTime() - b.since.getTime();
  return since !== 0 ? since : a.key.localeCompare(b.key);
}

/**
 * A principal with only the grants that make work theirs. An administrator may stand in for
 * anyone (the permissions let them), but what they could do for others is not their own task
 * list (product rule): the tasks are asked of the person without that grant.
 */
export function withoutStandIn<P extends { grants: readonly { role: string }[] }>(principal: P): P {
  return { ...principal, grants: principal.grants.filter((grant) => grant.role !== "ADMINISTRATOR") };
}
