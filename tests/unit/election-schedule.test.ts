import { describe, expect, it } from "vitest";
import { isWorkingDay } from "@/domain/calendar/working-days";
import {
  comingJune,
  contestPhase,
  dayAfter,
  electionPhase,
  fromCaliforniaLocal,
  regularSchedule,
  runoffClosesAt,
  scheduledEndYear,
  scheduleProblems,
  specialElectionTerm,
  specialSchedule,
  toCaliforniaLocal,
} from "@/domain/governance/election-schedule";

const schedule = {
  nominationsCloseAt: new Date("2027-06-08T00:00:00Z"),
  votingOpensAt: new Date("2027-06-08T16:00:00Z"),
  votingClosesAt: new Date("2027-06-23T00:00:00Z"),
};
const before = (date: Date) => new Date(date.getTime() - 1);

describe("an election's phase follows its clock", () => {
  it("is nominating, then waiting, then voting, then closed, switching at each time exactly", () => {
    expect(electionPhase(schedule, new Date("2027-05-01T00:00:00Z"))).toBe("nominating");
    expect(electionPhase(schedule, before(schedule.nominationsCloseAt))).toBe("nominating");
    expect(electionPhase(schedule, schedule.nominationsCloseAt)).toBe("waiting");
    expect(electionPhase(schedule, schedule.votingOpensAt)).toBe("voting");
    expect(electionPhase(schedule, before(schedule.votingClosesAt))).toBe("voting");
    expect(electionPhase(schedule, schedule.votingClosesAt)).toBe("closed");
  });

  it("goes straight from nominating to voting when voting opens as nominations close", () => {
    const now = new Date("2027-06-01T00:00:00Z");
    const together = { ...schedule, nominationsCloseAt: now, votingOpensAt: now };
    expect(electionPhase(together, before(now))).toBe("nominating");
    expect(electionPhase(together, now)).toBe("voting");
  });

  it("gives a first round the election's phase, a runoff round its own close time, and a counted round none", () => {
    const late = new Date("2027-06-25T00:00:00Z");
    expect(contestPhase({ round: 1, status: "OPEN", votingClosesAt: null }, schedule, late)).toBe("closed");
    const runoff = { round: 2, status: "OPEN" as const, votingClosesAt: new Date("2027-06-30T00:00:00Z") };
    expect(contestPhase(runoff, schedule, late)).toBe("voting");
    expect(contestPhase(runoff, schedule, runoff.votingClosesAt)).toBe("closed");
    for (const status of ["RUNOFF", "DECIDED", "NO_RESULT"] as const)
      expect(contestPhase({ round: 1, status, votingClosesAt: null }, schedule, late)).toBe("counted");
  });
});

describe("checking a schedule", () => {
  const now = new Date("2027-05-01T00:00:00Z");
  it("accepts nominations closing in the future, voting opening then or later, and closing after it opens", () => {
    expect(scheduleProblems(schedule, now)).toBeNull();
    expect(scheduleProblems({ ...schedule, votingOpensAt: schedule.nominationsCloseAt }, now)).toBeNull();
  });

  it("names each field that is out of order", () => {
    expect(scheduleProblems({ ...schedule, nominationsCloseAt: now }, now)).toEqual({ nominationsCloseAt: ["Nominations must close in the future."] });
    expect(
      scheduleProblems({ ...schedule, votingOpensAt: before(schedule.nominationsCloseAt), votingClosesAt: before(schedule.nominationsCloseAt) }, now),
    ).toEqual({
      votingOpensAt: ["Voting opens when nominations close, or later."],
      votingClosesAt: ["Voting must close after it opens."],
    });
  });
});

describe("California wall-clock time", () => {
  it("reads and writes datetime-local values in Pacific time, summer and winter", () => {
    expect(fromCaliforniaLocal("2027-06-07T17:00").toISOString()).toBe("2027-06-08T00:00:00.000Z");
    expect(fromCaliforniaLocal("2026-12-01T17:00").toISOString()).toBe("2026-12-02T01:00:00.000Z");
    expect(toCaliforniaLocal(new Date("2027-06-08T00:00:00Z"))).toBe("2027-06-07T17:00");
    expect(toCaliforniaLocal(new Date("2026-12-02T01:00:00Z"))).toBe("2026-12-01T17:00");
  });

  it("handles the hours the clocks change", () => {
    // 2027-03-14: 2:00 PST jumps to 3:00 PDT, so 2:30 does not exist: an hour later.
    expect(toCaliforniaLocal(fromCaliforniaLocal("2027-03-14T02:30"))).toBe("2027-03-14T03:30");
    // 2027-11-07: 1:30 happens twice; the first (PDT) is meant.
    expect(fromCaliforniaLocal("2027-11-07T01:30").toISOString()).toBe("2027-11-07T08:30:00.000Z");
  });

  it("refuses text that is not a date and time", () => {
    expect(() => fromCaliforniaLocal("June 7")).toThrow("Not a date and time");
  });
});

describe("default schedules", () => {
  it("puts the next regular election in this June until June begins, then next year's", () => {
    expect(comingJune(new Date("2026-11-22T12:00:00Z"))).toBe(2027);
    expect(comingJune(new Date("2027-05-31T20:00:00Z"))).toBe(2027);
    expect(comingJune(new Date("2027-06-01T08:00:00Z"))).toBe(2028);
    // New Year's Eve evening in California is already January 1 in UTC.
    expect(comingJune(new Date("2027-01-01T05:00:00Z"))).toBe(2027);
  });

  it("holds a June election on working days, over before the terms start on July 1 (Governance plan 2.8)", () => {
    for (const year of [2026, 2027, 2028, 2029, 2030]) {
      const june = regularSchedule(year);
      const days = [june.nominationsCloseAt, june.votingOpensAt, june.votingClosesAt].map((instant) => toCaliforniaLocal(instant).slice(0, 10));
      for (const day of days) {
        expect(day.startsWith(`${year}-06-`)).toBe(true);
        expect(isWorkingDay(day)).toBe(true);
      }
      expect(scheduleProblems(june, new Date(`${year}-05-01T00:00:00Z`))).toBeNull();
    }
    const june2027 = regularSchedule(2027);
    expect(toCaliforniaLocal(june2027.nominationsCloseAt)).toBe("2027-06-07T17:00");
    expect(toCaliforniaLocal(june2027.votingOpensAt)).toBe("2027-06-08T09:00");
    // Ten working days; Juneteenth (observed Friday June 18) is a holiday.
    expect(toCaliforniaLocal(june2027.votingClosesAt)).toBe("2027-06-22T17:00");
  });

  it("gives a special election a week of nominations and a week of voting, skipping holidays", () => {
    // From Sunday November 22, 2026: Thanksgiving and the day after are California holidays.
    const special = specialSchedule(new Date("2026-11-22T21:00:00Z"));
    expect(toCaliforniaLocal(special.nominationsCloseAt)).toBe("2026-12-01T17:00");
    expect(toCaliforniaLocal(special.votingOpensAt)).toBe("2026-12-02T09:00");
    expect(toCaliforniaLocal(special.votingClosesAt)).toBe("2026-12-08T17:00");
  });

  it("closes a runoff at 5 p.m. on the fifth working day", () => {
    expect(toCaliforniaLocal(runoffClosesAt(new Date("2027-06-23T00:30:00Z")))).toBe("2027-06-29T17:00");
  });
});

describe("the rest of a vacated term (special elections)", () => {
  it("knows when a term was scheduled to end", () => {
    expect(scheduledEndYear({ start: "2025-07-01", end: "2027-06-30" }, false)).toBe(2027);
    expect(scheduledEndYear({ start: "2025-07-01", end: "2026-06-30" }, true)).toBe(2026);
    // Cut short: two years from its start, or one in the first cycle.
    expect(scheduledEndYear({ start: "2025-07-01", end: "2026-02-14" }, false)).toBe(2027);
    expect(scheduledEndYear({ start: "2025-07-01", end: "2025-12-31" }, true)).toBe(2026);
    expect(scheduledEndYear({ start: "2025-07-01", end: null }, false)).toBe(2027);
  });

  it("runs to the next June 30 on which the seat's rotation ends", () => {
    expect(specialElectionTerm(2027, "2027-03-02")).toEqual({ start: "2027-03-02", end: "2027-06-30" });
    expect(specialElectionTerm(2027, "2026-11-30")).toEqual({ start: "2026-11-30", end: "2027-06-30" });
    expect(specialElectionTerm(2028, "2026-11-30")).toEqual({ start: "2026-11-30", end: "2028-06-30" });
    expect(specialElectionTerm(2027, "2027-06-30")).toEqual({ start: "2027-06-30", end: "2027-06-30" });
    // A seat left vacant after its June (e.g. no result): the term that began that July 1.
    expect(specialElectionTerm(2027, "2027-07-02")).toEqual({ start: "2027-07-02", end: "2029-06-30" });
    expect(specialElectionTerm(2025, "2027-08-15")).toEqual({ start: "2027-08-15", end: "2029-06-30" });
  });

  it("starts the day after voting closes, in California", () => {
    expect(dayAfter(new Date("2026-12-09T01:00:00Z"))).toBe("2026-12-09");
    expect(dayAfter(new Date("2026-12-31T20:00:00Z"))).toBe("2027-01-01");
  });
});
