import Holidays from "date-holidays";
import { addDays, columnOfDay, day } from "@/domain/calendar/day";

/**
 * California's working-day calendar: Monday to Friday, less California state holidays
 * (the `public` holidays date-holidays lists for US-CA, including observed substitutes).
 * Process deadlines stated in working days are counted in it: third-party access goals are
 * 15 to 45 working days (Third Party Access Process 1.5). (Meeting materials are due three
 * calendar days ahead, Governance plan 2.10: src/domain/meetings/materials.ts.) Days are calendar dates, ISO `yyyy-mm-dd`, in California.
 */
const california = new Holidays("US", "CA");
const holidaysByYear = new Map<number, Map<string, string>>();

function holidaysOf(year: number): Map<string, string> {
  let days = holidaysByYear.get(year);
  if (!days) {
    days = new Map(
      california
        .getHolidays(year)
        .filter((holiday) => holiday.type === "public")
        .map((holiday) => [holiday.date.slice(0, 10), holiday.name]),
    );
    holidaysByYear.set(year, days);
  }
  return days;
}

const parse = (value: string): Date => columnOfDay(value);

const shift = (value: string, days: number): string => addDays(day(value), days);

/** The holiday's name when `day` is a California state holiday. */
export function holidayName(day: string): string | undefined {
  return holidaysOf(parse(day).getUTCFullYear()).get(day);
}

export function isWorkingDay(day: string): boolean {
  const weekday = parse(day).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidayName(day);
}

/** The working day `count` working days after `day` (before it when negative). */
export function addWorkingDays(day: string, count: number): string {
  if (!Number.isInteger(count)) throw new Error("Working days are counted in whole days.");
  const step = count < 0 ? -1 : 1;
  let current = day;
  for (let left = Math.abs(count); left > 0;) {
    current = shift(current, step);
    if (isWorkingDay(current)) left -= 1;
  }
  return current;
}

/** Working days after `from` up to and including `to` (negative when `to` is earlier). */
export function workingDaysBetween(from: string, to: string): number {
  if (from === to) return 0;
  const [start, end, sign] = from < to ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let current = shift(start, 1); current <= end; current = shift(current, 1)) {
    if (isWorkingDay(current)) count += 1;
  }
  return sign * count;
}
