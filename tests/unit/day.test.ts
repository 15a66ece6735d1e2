import { describe, expect, it } from "vitest";
import { addDays, californiaDayOf, californiaDayStart, columnOfDay, day, dayOfColumn, parseDay } from "@/domain/calendar/day";

describe("a calendar day", () => {
  it("is a real yyyy-mm-dd day or nothing", () => {
    expect(parseDay("2026-02-28")).toBe("2026-02-28");
    expect(parseDay("2028-02-29")).toBe("2028-02-29");
    for (const impossible of ["2026-02-29", "2026-02-30", "2026-13-01", "2026-04-31", "2026-4-1", "20260401", "", "2026-04-01T00:00", "9999-99-99"]) {
      expect(parseDay(impossible), impossible).toBeNull();
    }
    expect(() => day("2026-02-30")).toThrow("Not a calendar day: 2026-02-30");
  });

  it("is stored as midnight UTC of that day in a date column, and read back the same", () => {
    expect(columnOfDay(day("2026-12-02")).toISOString()).toBe("2026-12-02T00:00:00.000Z");
    expect(dayOfColumn(new Date("2026-12-02T00:00:00.000Z"))).toBe("2026-12-02");
  });

  it("is California's at an instant, whatever the server's time zone", () => {
    // 05:00 UTC on Dec 2 is 9 p.m. on Dec 1 in California; 08:00 UTC is midnight there.
    expect(californiaDayOf(new Date("2026-12-02T05:00:00Z"))).toBe("2026-12-01");
    expect(californiaDayOf(new Date("2026-12-02T08:00:00Z"))).toBe("2026-12-02");
    expect(californiaDayOf(new Date("2026-07-02T06:59:00Z"))).toBe("2026-07-01");
  });

  it("counts calendar days across months, years and leap days", () => {
    expect(addDays(day("2026-12-31"), 1)).toBe("2027-01-01");
    expect(addDays(day("2028-02-28"), 1)).toBe("2028-02-29");
    expect(addDays(day("2026-03-01"), -1)).toBe("2026-02-28");
  });

  it("begins at midnight in California: 08:00 UTC in winter, 07:00 UTC in daylight time, and on the days the clocks change", () => {
    expect(californiaDayStart(day("2026-12-02")).toISOString()).toBe("2026-12-02T08:00:00.000Z");
    expect(californiaDayStart(day("2026-07-01")).toISOString()).toBe("2026-07-01T07:00:00.000Z");
    // 2026-03-08: clocks go forward at 2 a.m., so that day began in standard time; 2026-11-01: back at 2 a.m., so it began in daylight time.
    expect(californiaDayStart(day("2026-03-08")).toISOString()).toBe("2026-03-08T08:00:00.000Z");
    expect(californiaDayStart(day("2026-11-01")).toISOString()).toBe("2026-11-01T07:00:00.000Z");
  });
});
