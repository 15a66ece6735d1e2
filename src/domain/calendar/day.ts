/**
 * A calendar day, as the process counts them: `yyyy-mm-dd`, a day in California (terms,
 * deadlines, due dates, meeting days). One type and one set of conversions, so no code
 * slices ISO strings or glues `T00:00:00Z` on by hand.
 *
 * Stored, a day is a `@db.Date` column, which the driver hands over as midnight UTC of that
 * day: `dayOfColumn` and `columnOfDay` convert between the two. An instant (a timestamp) is
 * turned into the California day it falls on with `californiaDayOf`.
 */
declare const DAY: unique symbol;
export type Day = string & { readonly [DAY]: true };

const PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const CALIFORNIA = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Los_Angeles" });

/** The day `text` names, or null when it is not a real calendar day (2026-02-30 is not). */
export function parseDay(text: string): Day | null {
  if (!PATTERN.test(text)) return null;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text) ? (text as Day) : null;
}

/** Like parseDay, for a value the code itself produced: a wrong one is a defect. */
export function day(text: string): Day {
  const parsed = parseDay(text);
  if (!parsed) throw new Error(`Not a calendar day: ${text}`);
  return parsed;
}

/** The day a `@db.Date` column holds (midnight UTC of that day). */
export function dayOfColumn(column: Date): Day {
  return column.toISOString().slice(0, 10) as Day;
}

/** Like dayOfColumn, for a nullable column. */
export function dayOfNullable(column: Date | null | undefined): Day | null {
  return column ? dayOfColumn(column) : null;
}

/** The value to write to a `@db.Date` column for the day. */
export function columnOfDay(value: Day | string): Date {
  return new Date(`${day(value)}T00:00:00Z`);
}

/** The day in California at an instant, whatever time zone the server runs in. */
export function californiaDayOf(instant: Date): Day {
  return CALIFORNIA.format(instant) as Day;
}

/** The day `days` calendar days after (or before, when negative). */
export function addDays(from: Day, days: number): Day {
  return dayOfColumn(new Date(columnOfDay(from).getTime() + days * 86_400_000));
}

/** The day of the week, as JavaScript numbers them: Sunday 0 … Saturday 6. */
export function weekdayOf(value: Day): number {
  return columnOfDay(value).getUTCDay();
}

/**
 * The instant a California day begins (midnight in Los Angeles: 07:00 or 08:00 UTC,
 * depending on daylight time), for filters that take whole days.
 */
export function californiaDayStart(value: Day): Date {
  const [year, month, date] = value.split("-").map(Number) as [number, number, number];
  // California is 7 hours behind UTC in daylight time and 8 otherwise: take whichever lands on midnight there.
  for (const offset of [7, 8]) {
    const candidate = new Date(Date.UTC(year, month - 1, date, offset));
    if (californiaDayOf(candidate) === value && CALIFORNIA_HOUR.format(candidate).startsWith("00")) return candidate;
  }
  return new Date(Date.UTC(year, month - 1, date, 8));
}

const CALIFORNIA_HOUR = new Intl.DateTimeFormat("en-US", { timeZone: "America/Los_Angeles", hour: "2-digit", hourCycle: "h23" });
