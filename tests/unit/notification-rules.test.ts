import { describe, expect, it } from "vitest";
import { afterFailedAttempt, MAX_EMAIL_ATTEMPTS, RETRY_DELAYS_MS } from "@/domain/notifications/email-retry";
import {
  materialsDueDay,
  materialsReminderDue,
  motionClosesSoon,
  motionReminderRecipients,
  nextWorkingDay,
  type OpenMotionSeats,
} from "@/domain/notifications/reminders";

const HOUR = 3_600_000;
const now = new Date("2026-11-23T18:00:00Z"); // Monday 23 November 2026, 10:00 in California

function motion(overrides: Partial<OpenMotionSeats> = {}): OpenMotionSeats {
  return {
    status: "OPEN",
    deadline: new Date(now.getTime() + 6 * HOUR),
    voters: [
      { userId: "ana", designeeId: null },
      { userId: "ben", designeeId: "deputy" },
      { userId: "cy", designeeId: null },
    ],
    votedMemberIds: [],
    ...overrides,
  };
}

describe("the 'motion closes soon' reminder", () => {
  it("is due within the last 24 hours of an open motion, not before and not after the deadline", () => {
    expect(motionClosesSoon(motion({ deadline: new Date(now.getTime() + 24 * HOUR) }), now)).toBe(true);
    expect(motionClosesSoon(motion({ deadline: new Date(now.getTime() + 24 * HOUR + 1) }), now)).toBe(false);
    expect(motionClosesSoon(motion({ deadline: new Date(now.getTime() + 1) }), now)).toBe(true);
    expect(motionClosesSoon(motion({ deadline: now }), now)).toBe(false);
    expect(motionClosesSoon(motion({ deadline: new Date(now.getTime() - HOUR) }), now)).toBe(false);
    expect(motionClosesSoon(motion({ status: "CLOSED" }), now)).toBe(false);
  });

  it("goes to each voter whose seat has no ballot, and to the designee instead of a member who named one", () => {
    expect(motionReminderRecipients(motion(), now)).toEqual(["ana", "deputy", "cy"]);
    expect(motionReminderRecipients(motion({ votedMemberIds: ["ana"] }), now)).toEqual(["deputy", "cy"]);
    // The designee's ballot is recorded for the member's seat.
    expect(motionReminderRecipients(motion({ votedMemberIds: ["ben"] }), now)).toEqual(["ana", "cy"]);
    expect(motionReminderRecipients(motion({ votedMemberIds: ["ana", "ben", "cy"] }), now)).toEqual([]);
  });

  it("goes to nobody while the motion is far from its deadline, or once it has closed", () => {
    expect(motionReminderRecipients(motion({ deadline: new Date(now.getTime() + 48 * HOUR) }), now)).toEqual([]);
    expect(motionReminderRecipients(motion({ status: "CLOSED" }), now)).toEqual([]);
  });

  it("names a designee who stands in for two members once", () => {
    const shared = motion({
      voters: [
        { userId: "ana", designeeId: "deputy" },
        { userId: "ben", designeeId: "deputy" },
      ],
    });
    expect(motionReminderRecipients(shared, now)).toEqual(["deputy"]);
  });
});

describe("the 'meeting materials due' reminder", () => {
  // Meetings at 10:00 in California (18:00 UTC in winter).
  const meetingOn = (day: string, kind: "REGULAR" | "EMERGENCY" | "VIRTUAL" = "REGULAR") => ({
    status: "SCHEDULED",
    kind,
    startsAt: new Date(`${day}T18:00:00Z`),
  });
  const at = (day: string, time = "18:00:00Z") => new Date(`${day}T${time}`);

  it("counts three days back from the meeting's California day (Governance plan 2.10)", () => {
    expect(materialsDueDay(meetingOn("2026-11-20").startsAt)).toBe("2026-11-17"); // Friday → Tuesday
    expect(materialsDueDay(meetingOn("2026-12-01").startsAt)).toBe("2026-11-28"); // Thanksgiving's weekend counts like any day
    // 19:00 on Monday 30 November in California is already 1 December in UTC: the California day counts.
    expect(materialsDueDay(new Date("2026-12-01T03:00:00Z"))).toBe("2026-11-27");
  });

  it("is due on the working day before the deadline and on the deadline day itself", () => {
    const meeting = meetingOn("2026-11-20"); // materials due Tuesday 17 November
    expect(materialsReminderDue(meeting, at("2026-11-13"))).toBe(false); // the Friday before
    expect(materialsReminderDue(meeting, at("2026-11-16"))).toBe(true); // Monday: due tomorrow
    expect(materialsReminderDue(meeting, at("2026-11-17"))).toBe(true); // Tuesday: due today
    expect(materialsReminderDue(meeting, at("2026-11-18"))).toBe(false); // too late to remind
  });

  it("never reminds of an emergency meeting's materials, which the three-day rule does not bind (materials.ts)", () => {
    const meeting = meetingOn("2026-11-20", "EMERGENCY");
    expect(materialsReminderDue(meeting, at("2026-11-16"))).toBe(false);
    expect(materialsReminderDue(meeting, at("2026-11-17"))).toBe(false);
  });

  it("on a Friday or over the weekend, reminds of a deadline on Monday", () => {
    const meeting = meetingOn("2026-11-19"); // Thursday; materials due Monday 16 November
    expect(materialsDueDay(meeting.startsAt)).toBe("2026-11-16");
    expect(materialsReminderDue(meeting, at("2026-11-12"))).toBe(false); // Thursday
    expect(materialsReminderDue(meeting, at("2026-11-13"))).toBe(true); // Friday
    expect(materialsReminderDue(meeting, at("2026-11-14"))).toBe(true); // Saturday
  });

  it("skips holidays when looking one working day ahead", () => {
    expect(nextWorkingDay("2026-11-25")).toBe("2026-11-30"); // Wednesday before Thanksgiving → Monday
    const meeting = meetingOn("2026-12-03"); // Thursday; due Monday 30 November
    expect(materialsDueDay(meeting.startsAt)).toBe("2026-11-30");
    expect(materialsReminderDue(meeting, at("2026-11-25"))).toBe(true);
    expect(materialsReminderDue(meeting, at("2026-11-24"))).toBe(false);
  });

  it("uses the California date of `now`, not UTC's", () => {
    const meeting = meetingOn("2026-11-20"); // due Tuesday 17 November
    // 16:30 on Sunday 15 November in California is already Monday in UTC.
    expect(materialsReminderDue(meeting, new Date("2026-11-16T00:30:00Z"))).toBe(false);
    expect(materialsReminderDue(meeting, new Date("2026-11-16T08:30:00Z"))).toBe(true);
  });

  it("is never due for a meeting that is not scheduled, or already started", () => {
    expect(materialsReminderDue({ ...meetingOn("2026-11-20"), status: "CANCELLED" }, at("2026-11-17"))).toBe(false);
    expect(materialsReminderDue({ ...meetingOn("2026-11-20"), status: "IN_PROGRESS" }, at("2026-11-17"))).toBe(false);
    expect(materialsReminderDue(meetingOn("2026-11-17"), at("2026-11-17", "19:00:00Z"))).toBe(false);
  });
});

describe("e-mail retries", () => {
  it("waits longer after each failure, then gives up after the fifth attempt", () => {
    const waits = [1, 2, 3, 4].map((attempts) => {
      const next = afterFailedAttempt(attempts, now);
      if (next.kind !== "retry") throw new Error("expected a retry");
      return next.at.getTime() - now.getTime();
    });
    expect(waits).toEqual([...RETRY_DELAYS_MS]);
    expect(waits).toEqual([...waits].sort((a, b) => a - b));
    expect(afterFailedAttempt(MAX_EMAIL_ATTEMPTS, now)).toEqual({ kind: "give_up" });
    expect(afterFailedAttempt(MAX_EMAIL_ATTEMPTS + 1, now)).toEqual({ kind: "give_up" });
  });

  it("refuses a count that is not a failed attempt", () => {
    expect(() => afterFailedAttempt(0, now)).toThrow();
    expect(() => afterFailedAttempt(1.5, now)).toThrow();
  });
});
