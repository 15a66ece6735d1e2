import { californiaDayOf, columnOfDay } from "@/domain/calendar/day";

/**
 * Governance plan 2.9: "The ESCs will meet monthly at a minimum." An ESC's page flags each
 * calendar month (in California) in which it held no meeting. The rule is the ESCs' only:
 * the TABs, the CCB and workgroups meet as their work needs. Months are `yyyy-mm`.
 */
export function mustMeetMonthly(kind: string): boolean {
  return kind === "ESC";
}

export const MONTHS_CHECKED = 12;

export function monthOf(instant: Date): string {
  return californiaDayOf(instant).slice(0, 7);
}

export function addMonths(month: string, count: number): string {
  const [year, mon] = month.split("-").map(Number) as [number, number];
  const index = year * 12 + (mon - 1) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/**
 * The months to check: from the month of the committee's first recorded meeting (so a
 * committee is not blamed for months before it used this system), at most `MONTHS_CHECKED`
 * back, through last month (the current month is not over). Null when there is nothing to check.
 */
export function monthsToCheck(firstMeetingAt: Date | null, now: Date): { from: string; through: string } | null {
  if (!firstMeetingAt) return null;
  const through = addMonths(monthOf(now), -1);
  const earliest = addMonths(monthOf(now), -MONTHS_CHECKED);
  const first = monthOf(firstMeetingAt);
  const from = first > earliest ? first : earliest;
  return from <= through ? { from, through } : null;
}

/** The months from `from` through `through` in which none of the held meetings took place. */
export function monthsWithoutMeeting(heldAt: readonly Date[], from: string, through: string): string[] {
  const held = new Set(heldAt.map(monthOf));
  const missed: string[] = [];
  for (let month = from; month <= through; month = addMonths(month, 1)) {
    if (!held.has(month)) missed.push(month);
  }
  return missed;
}

const MONTH_NAME = new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" });

/** "October 2026". */
export function monthName(month: string): string {
  return MONTH_NAME.format(columnOfDay(`${month}-01`));
}
