import { californiaInstant, californiaLocalTime } from "@/domain/calendar/california-time";
import { addDays, californiaDayOf, type Day } from "@/domain/calendar/day";
import { addWorkingDays, isWorkingDay } from "@/domain/calendar/working-days";
import { TERM_YEARS } from "@/domain/governance/election-cycle";

/**
 * When an election's steps happen. Governance plan 2.8: "Elections will be held at the end
 * of the state fiscal year (June) and the effective date of office will start at the
 * beginning of the state fiscal year, July 1st." Times are instants; the officials who set
 * them think in California time, so forms speak California wall-clock time.
 */
export interface Schedule {
  nominationsCloseAt: Date;
  votingOpensAt: Date;
  votingClosesAt: Date;
}

/** Where an election stands by the clock: voting opens and closes by time, with nothing to flip. */
export type ElectionPhase = "nominating" | "waiting" | "voting" | "closed";

export function electionPhase(schedule: Schedule, now: Date): ElectionPhase {
  if (now < schedule.nominationsCloseAt) return "nominating";
  if (now < schedule.votingOpensAt) return "waiting";
  if (now < schedule.votingClosesAt) return "voting";
  return "closed";
}

export type ContestStatus = "OPEN" | "RUNOFF" | "DECIDED" | "NO_RESULT";

export interface ContestTiming {
  round: number;
  status: ContestStatus;
  /** A runoff round's own close time; the first round follows the election's schedule. */
  votingClosesAt: Date | null;
}

/**
 * Where one round of a seat's contest stands: "counted" once tallied; a runoff round opens
 * when it is created and closes at its own time.
 */
export function contestPhase(contest: ContestTiming, schedule: Schedule, now: Date): ElectionPhase | "counted" {
  if (contest.status !== "OPEN") return "counted";
  if (contest.round === 1 || !contest.votingClosesAt) return electionPhase(schedule, now);
  return now < contest.votingClosesAt ? "voting" : "closed";
}

export type ScheduleField = keyof Schedule;

/** What is wrong with a proposed schedule, by field; null when it is in order. */
export function scheduleProblems(schedule: Schedule, now: Date): Partial<Record<ScheduleField, string[]>> | null {
  const problems: Partial<Record<ScheduleField, string[]>> = {};
  if (schedule.nominationsCloseAt <= now) problems.nominationsCloseAt = ["Nominations must close in the future."];
  if (schedule.votingOpensAt < schedule.nominationsCloseAt) problems.votingOpensAt = ["Voting opens when nominations close, or later."];
  if (schedule.votingClosesAt <= schedule.votingOpensAt) problems.votingClosesAt = ["Voting must close after it opens."];
  return Object.keys(problems).length ? problems : null;
}

// ------------------------------------------------------------------ California time

/** An instant as California wall-clock time, `yyyy-mm-ddThh:mm` (what a datetime-local field holds). */
export const toCaliforniaLocal = californiaLocalTime;

/** The instant a California wall-clock time names (src/domain/calendar/california-time.ts); throws on a malformed one. */
export function fromCaliforniaLocal(local: string): Date {
  const instant = californiaInstant(local);
  if (!instant) throw new Error(`Not a date and time (yyyy-mm-ddThh:mm): ${local}`);
  return instant;
}

function at(day: string, time: string): Date {
  return fromCaliforniaLocal(`${day}T${time}`);
}

/** The first working day on or after `day`. */
function workingDayFrom(day: string): string {
  return isWorkingDay(day) ? day : addWorkingDays(day, 1);
}

// Product rule: the windows, in working days of California's calendar (src/domain/calendar/working-days.ts).
const NOMINATION_WORKING_DAYS = 5;
const VOTING_WORKING_DAYS = 10;
const SPECIAL_VOTING_WORKING_DAYS = 5;
/** How long a runoff round stays open. Product rule: the plan names no runoff. */
export const RUNOFF_WORKING_DAYS = 5;

/**
 * The June in which the next regular election falls: this year's until June begins, then
 * next year's.
 */
export function comingJune(now: Date): number {
  const [year, month] = toCaliforniaLocal(now).split("-").map(Number) as [number, number];
  return month < 6 ? year : year + 1;
}

/** Nominations close at 5 p.m. on `nominationsClose`, voting opens at 9 a.m. the next working day and closes at 5 p.m. on its last. */
function scheduleFrom(nominationsClose: string, votingWorkingDays: number): Schedule {
  const votingOpens = addWorkingDays(nominationsClose, 1);
  return {
    nominationsCloseAt: at(nominationsClose, "17:00"),
    votingOpensAt: at(votingOpens, "09:00"),
    votingClosesAt: at(addWorkingDays(votingOpens, votingWorkingDays - 1), "17:00"),
  };
}

/**
 * A June schedule: nominations close on the fifth working day of June, then ten working
 * days of voting, over before the July 1 start of the terms. Product rule: the plan says only
 * that elections are held in June (2.8); the windows are the product's.
 */
export function regularSchedule(year: number): Schedule {
  return scheduleFrom(addWorkingDays(workingDayFrom(`${year}-06-01`), NOMINATION_WORKING_DAYS - 1), VOTING_WORKING_DAYS);
}

/** A special election starting today: a week of nominations, a week of voting. */
export function specialSchedule(now: Date): Schedule {
  return scheduleFrom(addWorkingDays(californiaDayOf(now), NOMINATION_WORKING_DAYS), SPECIAL_VOTING_WORKING_DAYS);
}

/** When a runoff created now closes: 5 p.m. on the fifth working day after today. */
export function runoffClosesAt(now: Date): Date {
  return at(addWorkingDays(californiaDayOf(now), RUNOFF_WORKING_DAYS), "17:00");
}

// ------------------------------------------------------------------ special elections

export interface PastTerm {
  /** yyyy-mm-dd */
  start: string;
  /** yyyy-mm-dd; earlier than scheduled when the holder left mid-term. */
  end: string | null;
}

/**
 * The June 30 on which a seat's term was scheduled to end. A term that ran its course ends
 * on a June 30; one cut short ran from July 1 for two years, or one in the first cycle
 * ("The first year, three members only serve for one year", Governance plan 2.8).
 */
export function scheduledEndYear(term: PastTerm, servedFirstCycleYear: boolean): number {
  if (term.end?.endsWith("-06-30")) return Number(term.end.slice(0, 4));
  return Number(term.start.slice(0, 4)) + (servedFirstCycleYear ? 1 : TERM_YEARS);
}

/**
 * The rest of the vacated term: from `startsOn` to the next June 30 on which the seat's
 * rotation ends (its terms end every other June, in step with `rotationEndYear`).
 */
export function specialElectionTerm(rotationEndYear: number, startsOn: string): { start: string; end: string } {
  let year = Number(startsOn.slice(0, 4));
  if (startsOn > `${year}-06-30`) year += 1;
  if ((year - rotationEndYear) % TERM_YEARS !== 0) year += 1;
  return { start: startsOn, end: `${year}-06-30` };
}

/** The California day after an instant: a special election's term starts the day after voting closes. */
export function dayAfter(instant: Date): Day {
  return addDays(californiaDayOf(instant), 1);
}
