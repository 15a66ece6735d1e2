import { describe, expect, it } from "vitest";
import { californiaInstant, californiaLocalTime } from "@/domain/calendar/california-time";
import { checkAttendance, type SeatHolder } from "@/domain/meetings/attendance";
import { isMaterialLate, materialsDueOn } from "@/domain/meetings/materials";
import { addMonths, monthName, monthsToCheck, monthsWithoutMeeting } from "@/domain/meetings/meeting-months";
import { canTake, MEETING_STATUSES, refusal, type MeetingStep } from "@/domain/meetings/meeting-status";
import { recordAttendanceSchema, scheduleMeetingSchema } from "@/domain/meetings/schemas";
import { columnOfDay } from "@/domain/calendar/day";

describe("materials are due three days before the meeting (Governance plan 2.10: calendar days)", () => {
  // Thursday, October 22, 2026, 10:00 in California.
  const meeting = new Date("2026-10-22T17:00:00Z");

  it("counts back three days", () => {
    expect(materialsDueOn(meeting)).toBe("2026-10-19");
  });

  it("counts a weekend and a holiday like any day (Friday November 13, 2026, after Veterans Day)", () => {
    expect(materialsDueOn(new Date("2026-11-13T18:00:00Z"))).toBe("2026-11-10");
    // A Monday meeting: material is due the Friday before.
    expect(materialsDueOn(new Date("2026-12-07T18:00:00Z"))).toBe("2026-12-04");
  });

  it("is on time any time on the due day in California, and late from the next day", () => {
    expect(isMaterialLate(new Date("2026-10-19T06:59:00Z"), { kind: "REGULAR", startsAt: meeting })).toBe(false); // Oct 18, 23:59
    expect(isMaterialLate(new Date("2026-10-20T06:59:00Z"), { kind: "REGULAR", startsAt: meeting })).toBe(false); // Oct 19, 23:59
    expect(isMaterialLate(new Date("2026-10-20T07:00:00Z"), { kind: "REGULAR", startsAt: meeting })).toBe(true); // Oct 20, 00:00
    expect(isMaterialLate(new Date("2026-10-22T16:00:00Z"), { kind: "REGULAR", startsAt: meeting })).toBe(true); // the morning of the meeting
    expect(isMaterialLate(new Date("2026-09-01T16:00:00Z"), { kind: "REGULAR", startsAt: meeting })).toBe(false);
  });

  it("reads the meeting's day in California, not UTC", () => {
    // 5 PM Monday in California is already Tuesday in UTC: the meeting is on Monday.
    const monday = columnOfDay("2026-10-27");
    expect(materialsDueOn(monday)).toBe("2026-10-23");
  });
});

describe("calendar months without a meeting (Governance plan 2.9: at least monthly)", () => {
  const now = new Date("2026-11-20T20:00:00Z");

  it("checks from the first recorded meeting through last month, at most twelve months back", () => {
    expect(monthsToCheck(new Date("2026-07-09T17:00:00Z"), now)).toEqual({ from: "2026-07", through: "2026-10" });
    expect(monthsToCheck(new Date("2020-01-09T17:00:00Z"), now)).toEqual({ from: "2025-11", through: "2026-10" });
    expect(monthsToCheck(new Date("2026-11-02T17:00:00Z"), now)).toBeNull();
    expect(monthsToCheck(null, now)).toBeNull();
  });

  it("lists each month in which no meeting was held", () => {
    const held = [new Date("2026-07-09T17:00:00Z"), new Date("2026-09-10T17:00:00Z"), new Date("2026-09-24T17:00:00Z")];
    expect(monthsWithoutMeeting(held, "2026-07", "2026-10")).toEqual(["2026-08", "2026-10"]);
    expect(monthsWithoutMeeting([], "2025-12", "2026-02")).toEqual(["2025-12", "2026-01", "2026-02"]);
  });

  it("places a meeting in its California month (7 PM on October 31 is not November)", () => {
    expect(monthsWithoutMeeting([new Date("2026-11-01T02:00:00Z")], "2026-10", "2026-11")).toEqual(["2026-11"]);
  });

  it("steps months across years and names them", () => {
    expect(addMonths("2026-11", 3)).toBe("2027-02");
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(monthName("2026-10")).toBe("October 2026");
  });
});

describe("a meeting's steps", () => {
  const allowed: Record<MeetingStep, string[]> = {
    edit: ["SCHEDULED"],
    cancel: ["SCHEDULED"],
    start: ["SCHEDULED"],
    adjourn: ["IN_PROGRESS"],
    agenda: ["SCHEDULED", "IN_PROGRESS"],
    materials: ["SCHEDULED", "IN_PROGRESS"],
    attendance: ["SCHEDULED", "IN_PROGRESS", "ADJOURNED"],
    actionItems: ["IN_PROGRESS", "ADJOURNED"],
    draftMinutes: ["IN_PROGRESS", "ADJOURNED"],
    publishMinutes: ["ADJOURNED"],
  };
  it.each(Object.entries(allowed) as [MeetingStep, string[]][])("%s is allowed exactly in %j", (step, statuses) => {
    for (const status of MEETING_STATUSES) {
      expect(canTake(status, step)).toBe(statuses.includes(status));
      if (!statuses.includes(status)) expect(refusal(status, step)).toMatch(/\.$/);
    }
  });

  it("says a cancelled meeting was cancelled, whatever was tried", () => {
    expect(refusal("CANCELLED", "agenda")).toBe("This meeting was cancelled.");
    expect(refusal("ADJOURNED", "publishMinutes")).toBeNull();
    expect(refusal("IN_PROGRESS", "publishMinutes")).toBe("Minutes are published after the meeting is adjourned.");
  });
});

describe("attendance", () => {
  const holders: SeatHolder[] = [
    { userId: "chair", name: "Casey Chair", votes: true },
    { userId: "erin", name: "Erin Member", votes: true },
    { userId: "rosa", name: "Rosa Delgado", votes: true },
    { userId: "pat", name: "Pat Leader", votes: false },
  ];
  const dana = { id: "dana", name: "Dana Director" };

  it("records present, absent and represented members, and keeps a designee only when represented", () => {
    const check = checkAttendance(
      [
        { userId: "chair", status: "PRESENT", designee: dana },
        { userId: "erin", status: "ABSENT", designee: null },
        { userId: "rosa", status: "DESIGNEE", designee: dana },
      ],
      holders,
    );
    expect(check).toEqual({
      ok: true,
      rows: [
        { userId: "chair", status: "PRESENT", designeeId: null },
        { userId: "erin", status: "ABSENT", designeeId: null },
        { userId: "rosa", status: "DESIGNEE", designeeId: "dana" },
      ],
    });
  });

  it.each([
    ["no designee named", [{ userId: "rosa", status: "DESIGNEE" as const, designee: null }], "designee-rosa", "Name the designee who represents Rosa Delgado."],
    [
      "the member themself",
      [{ userId: "rosa", status: "DESIGNEE" as const, designee: { id: "rosa", name: "Rosa Delgado" } }],
      "designee-rosa",
      "Rosa Delgado cannot be their own designee.",
    ],
    [
      "a voting member",
      [{ userId: "rosa", status: "DESIGNEE" as const, designee: { id: "erin", name: "Erin Member" } }],
      "designee-rosa",
      "Erin Member holds a vote of their own on this committee and cannot also vote for Rosa Delgado.",
    ],
    [
      "one designee for two members",
      [
        { userId: "erin", status: "DESIGNEE" as const, designee: dana },
        { userId: "rosa", status: "DESIGNEE" as const, designee: dana },
      ],
      "designee-rosa",
      "Dana Director already represents Erin Member; a designee stands in for one member.",
    ],
    [
      "someone without a seat",
      [{ userId: "stranger", status: "PRESENT" as const, designee: null }],
      "status-stranger",
      "This person does not hold a seat on the committee on the meeting day.",
    ],
  ])("refuses %s", (_case, choices, key, message) => {
    expect(checkAttendance(choices, holders)).toEqual({ ok: false, fieldErrors: { [key]: [message] } });
  });

  it("lets an adviser's designee be a voting member, since the adviser's seat has no vote", () => {
    expect(checkAttendance([{ userId: "pat", status: "DESIGNEE", designee: { id: "erin", name: "Erin Member" } }], holders)).toMatchObject({ ok: true });
  });

  it("parses the form's parallel lists, one or many rows", () => {
    const one = recordAttendanceSchema.parse({ meetingId: crypto.randomUUID(), memberId: crypto.randomUUID(), status: "ABSENT", designeeEmail: "" });
    expect(one.entries).toEqual([{ userId: expect.any(String), status: "ABSENT", designeeEmail: null }]);
    const ids = [crypto.randomUUID(), crypto.randomUUID()];
    const two = recordAttendanceSchema.parse({
      meetingId: crypto.randomUUID(),
      memberId: ids,
      status: ["PRESENT", "DESIGNEE"],
      designeeEmail: ["", " Dana@Demo.local "],
    });
    expect(two.entries[1]).toEqual({ userId: ids[1], status: "DESIGNEE", designeeEmail: "dana@demo.local" });
    expect(recordAttendanceSchema.safeParse({ meetingId: crypto.randomUUID(), memberId: ids, status: ["PRESENT"], designeeEmail: ["", ""] }).success).toBe(
      false,
    );
  });
});

describe("California wall-clock time", () => {
  it("reads a datetime-local value as California time, in summer and in winter", () => {
    expect(californiaInstant("2026-10-15T10:00")?.toISOString()).toBe("2026-10-15T17:00:00.000Z");
    expect(californiaInstant("2026-12-15T10:00")?.toISOString()).toBe("2026-12-15T18:00:00.000Z");
    expect(californiaLocalTime(new Date("2026-12-15T18:00:00Z"))).toBe("2026-12-15T10:00");
  });

  it("moves a time in the skipped spring hour forward, and takes the first of a repeated autumn hour", () => {
    expect(californiaLocalTime(californiaInstant("2026-03-08T02:30")!)).toBe("2026-03-08T03:30");
    expect(californiaInstant("2026-11-01T01:30")?.toISOString()).toBe("2026-11-01T08:30:00.000Z");
  });

  it("refuses what is not a time", () => {
    for (const value of ["", "2026-02-30T10:00", "2026-13-01T10:00", "2026-10-15 10:00", "2026-10-15T24:00"]) expect(californiaInstant(value)).toBeNull();
    const parsed = scheduleMeetingSchema.safeParse({ committeeId: crypto.randomUUID(), kind: "REGULAR", title: "October meeting", startsAt: "soon" });
    expect(parsed.success).toBe(false);
  });
});
