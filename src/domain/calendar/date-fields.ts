import { z } from "zod";
import { californiaInstant } from "@/domain/calendar/california-time";

/**
 * The form fields for a day (`<input type="date">`) and for a California date and time
 * (`<input type="datetime-local">`): every module's schemas take their dates through these,
 * so every date the app accepts is bounded, and refused, the same way.
 *
 * Product rule (not the Governance plan's): a date typed into a form lies between
 * 2000-01-01 and 2100-12-31. Nothing in this process is dated outside that, and outside
 * years 0001–9999 PostgreSQL, the driver and JavaScript disagree: a meeting typed for
 * 9999-12-31 23:59 was stored as +010000-01-01 and read back as an invalid Date, which
 * broke every page that showed it. An impossible day (2027-02-30) is refused, never rolled
 * over into March.
 */
export const EARLIEST_DAY = "2000-01-01";
export const LATEST_DAY = "2100-12-31";
export const OUT_OF_RANGE = "Enter a date from January 1, 2000 through December 31, 2100.";

export interface DateMessages {
  /** Not a date at all, or left blank: the form's own words ("Enter the date the fix is expected."). */
  invalid: string;
  /** A well-formed day that the calendar does not have. */
  impossible?: (text: string) => string;
  outOfRange?: string;
}

const impossibleDay = (text: string) => `There is no such date as ${text}.`;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

type Problem = "invalid" | "impossible" | "outOfRange";

function problemOfDay(text: string): Problem | null {
  const match = DAY_PATTERN.exec(text);
  if (!match) return "invalid";
  const [year, month, date] = match.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12 || date < 1 || date > 31) return "invalid";
  // Bounds first: Date.UTC reads years 0–99 as 1900–1999, so they are never checked as days.
  if (text < EARLIEST_DAY || text > LATEST_DAY) return "outOfRange";
  if (new Date(Date.UTC(year, month - 1, date)).getUTCDate() !== date) return "impossible";
  return null;
}

function say(problem: Problem, text: string, messages: DateMessages): string {
  if (problem === "impossible") return (messages.impossible ?? impossibleDay)(text);
  if (problem === "outOfRange") return messages.outOfRange ?? OUT_OF_RANGE;
  return messages.invalid;
}

const messagesOf = (messages: string | DateMessages): DateMessages => (typeof messages === "string" ? { invalid: messages } : messages);

/** A California day, `yyyy-mm-dd`, within the bounds (a string as parseDay would give it, so commands keep their input types). */
export function dayField(messages: string | DateMessages) {
  const said = messagesOf(messages);
  return z
    .string({ error: said.invalid })
    .trim()
    .transform((text, context): string => {
      const problem = problemOfDay(text);
      if (problem) {
        context.addIssue({ code: "custom", message: say(problem, text, said) });
        return z.NEVER;
      }
      return text;
    });
}

/** Like dayField, for a day that may be left blank (null). */
export function optionalDayField(messages: string | DateMessages) {
  return z.preprocess((value) => (value === undefined || (typeof value === "string" && value.trim() === "") ? null : value), dayField(messages).nullable());
}

/** A California wall-clock time, `yyyy-mm-ddThh:mm`, on a day within the bounds: the instant it names. */
export function dateTimeField(messages: string | DateMessages) {
  const said = messagesOf(messages);
  return z
    .string({ error: said.invalid })
    .trim()
    .transform((text, context): Date => {
      const match = LOCAL_PATTERN.exec(text);
      const [day, hour, minute] = match ? [match[1]!, Number(match[2]), Number(match[3])] : ["", 99, 99];
      const problem = !match || hour > 23 || minute > 59 ? "invalid" : problemOfDay(day);
      const instant = problem ? null : californiaInstant(text);
      if (!instant) {
        context.addIssue({ code: "custom", message: say(problem ?? "invalid", day, said) });
        return z.NEVER;
      }
      return instant;
    });
}
