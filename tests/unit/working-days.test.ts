import { describe, expect, it } from "vitest";
import { californiaDay } from "@/domain/calendar/california-day";
import { addWorkingDays, holidayName, isWorkingDay, workingDaysBetween } from "@/domain/calendar/working-days";

describe("California working days", () => {
  it("knows the state holidays, including the day after Thanksgiving and César Chávez Day", () => {
    expect(holidayName("2026-11-26")).toBe("Thanksgiving Day");
    expect(holidayName("2026-11-27")).toBe("Day after Thanksgiving Day");
    expect(holidayName("2026-03-31")).toBe("César Chávez Day");
    expect(holidayName("2026-11-24")).toBeUndefined();
  });

  it("skips weekends and holidays", () => {
    expect(isWorkingDay("2026-11-23")).toBe(true); // Monday
    expect(isWorkingDay("2026-11-28")).toBe(false); // Saturday
    expect(isWorkingDay("2026-11-26")).toBe(false); // Thanksgiving
    expect(isWorkingDay("2026-07-03")).toBe(false); // Independence Day observed on the Friday
  });

  it("counts three working days back across Thanksgiving", () => {
    // From Tuesday 1 December 2026: back over Mon 30, Fri 27 (holiday), Thu 26 (holiday), Wed 25, Tue 24.
    expect(addWorkingDays("2026-12-01", -3)).toBe("2026-11-24");
  });

  it("adds 15 working days for a third-party access goal, skipping the Thanksgiving holidays", () => {
    expect(addWorkingDays("2026-11-20", 15)).toBe("2026-12-15");
    expect(workingDaysBetween("2026-11-20", "2026-12-15")).toBe(15);
    expect(workingDaysBetween("2026-12-15", "2026-11-20")).toBe(-15);
    expect(workingDaysBetween("2026-11-20", "2026-11-20")).toBe(0);
  });

  it("refuses what is not a calendar day", () => {
    expect(() => isWorkingDay("2026-02-30")).toThrow("Not a calendar day: 2026-02-30");
    expect(() => addWorkingDays("2026-01-05", 1.5)).toThrow("Working days are counted in whole days.");
  });
});

describe("californiaDay", () => {
  it("is California's date, not the server's", () => {
    // 9 pm Pacific on 22 November is already 23 November in UTC.
    expect(californiaDay(new Date("2026-11-23T05:00:00Z")).toISOString()).toBe("2026-11-22T00:00:00.000Z");
    expect(californiaDay(new Date("2026-11-23T08:30:00Z")).toISOString()).toBe("2026-11-23T00:00:00.000Z");
  });
});
