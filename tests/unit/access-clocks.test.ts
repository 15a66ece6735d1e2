import { describe, expect, it } from "vitest";
import {
  applicationClocks,
  CLOCKS,
  earliestInvitationDay,
  ESCALATE_AFTER_WORKING_DAYS,
  escalationDay,
  invitationRefusal,
  LEGAL_DELAYS,
  mostUrgent,
  type ApplicationFacts,
  type Clock,
  type ClockKey,
} from "@/domain/access/clocks";
import { day } from "@/domain/calendar/day";

/*
 * Every expected day below was counted by hand on a printed calendar. California state
 * holidays in the span (date-holidays, US-CA, "public"): Veterans Day Wed 11 Nov 2026,
 * Thanksgiving Thu 26 Nov and the day after Fri 27 Nov 2026, Christmas Fri 25 Dec 2026
 * (Christmas Eve is not one), New Year's Day Fri 1 Jan 2027, Martin Luther King Jr. Day
 * Mon 18 Jan 2027, Presidents' Day Mon 15 Feb 2027 (Lincoln's birthday, Fri 12 Feb, is not
 * a state holiday), César Chávez Day Wed 31 Mar 2027 (Good Friday is not one).
 */

const NONE: ApplicationFacts = {
  identifiedOn: null,
  conversionOn: null,
  invitationSentOn: null,
  submittedOn: null,
  legalAnsweredOn: null,
  legalAuthorized: null,
  decidedOn: null,
  mouReceivedOn: null,
  countersignedOn: null,
  accessEstablishedOn: null,
};

function facts(given: Partial<Record<keyof ApplicationFacts, string | boolean | null>>): ApplicationFacts {
  const converted = Object.fromEntries(Object.entries(given).map(([key, value]) => [key, typeof value === "string" ? day(value) : value]));
  return { ...NONE, ...converted };
}

function clockOf(key: ClockKey, given: Parameters<typeof facts>[0], today: string): Clock {
  const clock = applicationClocks(facts(given), day(today)).find((candidate) => candidate.key === key);
  if (!clock) throw new Error(`No ${key} clock`);
  return clock;
}

const keysOf = (clocks: readonly Clock[]) => clocks.map((clock) => clock.key);

describe("the goals of Third Party Access Process 4", () => {
  it("are 15 working days for each DCSS action and 30 to 45 to establish access, each owed by its role", () => {
    const table = Object.fromEntries(Object.entries(CLOCKS).map(([key, clock]) => [key, [clock.owedBy, clock.goalWorkingDays, clock.limitWorkingDays]]));
    expect(table).toEqual({
      invitation: ["PROCESS_MANAGER", 15, 15],
      legalReview: ["DCSS_LEGAL", 15, 15],
      conditionalApproval: ["PROCESS_OWNER", 15, 15],
      countersignature: ["PROCESS_OWNER", 15, 15],
      accessEstablished: ["INFRASTRUCTURE_MANAGER", 30, 45],
    });
    expect(CLOCKS.invitation.label).toBe("Send Invitation Letter to Requestor");
    expect(CLOCKS.accessEstablished.label).toBe("Establish Access");
  });

  it("lists the delays of the legal review and of the conditional approval in the document's words", () => {
    expect(LEGAL_DELAYS).toEqual({
      PURPOSE_UNCLEAR: "purpose statement is unclear",
      ROLE_INADEQUATE: "CSE security role is inadequate for purpose",
      LEGAL_RESEARCH: "extensive legal research is necessary",
    });
    expect(CLOCKS.legalReview.delays).toEqual([
      "purpose statement is unclear",
      "CSE security role is inadequate for purpose",
      "extensive legal research is necessary",
    ]);
    expect(CLOCKS.conditionalApproval.delays).toEqual(["number of users requested exceeds UAAG and justification for additional users must be approved"]);
  });

  it("escalates after a further 5 working days (the product's rule)", () => {
    expect(ESCALATE_AFTER_WORKING_DAYS).toBe(5);
  });
});

describe("earliestInvitationDay: two calendar months after conversion", () => {
  it.each([
    ["2026-11-15", "2027-01-15"], // across the year end
    ["2026-01-30", "2026-03-30"],
    ["2026-08-31", "2026-10-31"],
    ["2026-07-31", "2026-09-30"], // September has no 31st
    ["2026-12-31", "2027-02-28"], // February 2027 has 28 days
    ["2027-12-31", "2028-02-29"], // 2028 is a leap year
    ["2025-12-30", "2026-02-28"],
  ])("after a conversion on %s, on %s", (conversion, earliest) => {
    expect(earliestInvitationDay(day(conversion))).toBe(earliest);
  });
});

describe("invitationRefusal (process 3 and 6.2 item 5)", () => {
  it("refuses a day before two months have elapsed, naming the earliest day", () => {
    expect(invitationRefusal(day("2027-02-27"), day("2026-12-31"))).toBe(
      "The invitation letter may be sent on Feb 28, 2027 at the earliest: a minimum of two months after the county's CSE conversion on Dec 31, 2026.",
    );
    expect(invitationRefusal(day("2026-11-14"), day("2026-09-15"))).toBe(
      "The invitation letter may be sent on Nov 15, 2026 at the earliest: a minimum of two months after the county's CSE conversion on Sep 15, 2026.",
    );
  });

  it("allows the earliest day and any later one", () => {
    expect(invitationRefusal(day("2027-02-28"), day("2026-12-31"))).toBeNull();
    expect(invitationRefusal(day("2027-03-01"), day("2026-12-31"))).toBeNull();
  });

  it("asks for the county's conversion date first", () => {
    expect(invitationRefusal(day("2027-02-28"), null)).toBe(
      "Record the county's CSE conversion date first: an invitation letter is sent a minimum of two months after conversion.",
    );
  });
});

describe("the invitation clock", () => {
  it("starts at the end of the two months when the Director's identification came earlier, and skips César Chávez Day", () => {
    // Conversion Fri 15 Jan 2027, so Mon 15 Mar; working days 16–19, 22–26, 29, 30, 1 Apr, 2, 5, 6.
    const clock = clockOf("invitation", { conversionOn: "2027-01-15", identifiedOn: "2027-01-20" }, "2027-03-16");
    expect(clock).toEqual({
      key: "invitation",
      label: "Send Invitation Letter to Requestor",
      owedBy: "PROCESS_MANAGER",
      startedOn: "2027-03-15",
      dueOn: "2027-04-06",
      limitOn: "2027-04-06",
      completedOn: null,
      workingDaysUsed: 1,
      workingDaysLeft: 14,
      status: "running",
    });
  });

  it("starts on the identification when it came after the two months, and skips Veterans Day and Thanksgiving", () => {
    // Identified Tue 10 Nov 2026: 12, 13, 16–20, 23–25, 30, 1–4 Dec.
    const clock = clockOf("invitation", { conversionOn: "2026-09-01", identifiedOn: "2026-11-10" }, "2026-11-12");
    expect([clock.startedOn, clock.dueOn, clock.workingDaysUsed]).toEqual(["2026-11-10", "2026-12-04", 1]);
  });

  it("counts from the Monday when the two months end on a Sunday", () => {
    // Sun 1 Nov 2026: 2–6, 9, 10, 12, 13, 16–20, 23 (Veterans Day skipped).
    const clock = clockOf("invitation", { conversionOn: "2026-09-01", identifiedOn: "2026-10-01" }, "2026-11-02");
    expect([clock.startedOn, clock.dueOn]).toEqual(["2026-11-01", "2026-11-23"]);
  });

  it("has not started before the two months have elapsed, nor while the county has no conversion date", () => {
    expect(applicationClocks(facts({ conversionOn: "2026-09-01", identifiedOn: "2026-10-01" }), day("2026-10-30"))).toEqual([]);
    expect(applicationClocks(facts({ identifiedOn: "2026-10-01" }), day("2027-06-01"))).toEqual([]);
  });

  it("from a Dec 31 conversion starts on Sun 28 Feb and is met by a letter sent on its last day", () => {
    // 1–5, 8–12, 15–19 Mar 2027.
    const clock = clockOf("invitation", { conversionOn: "2026-12-31", identifiedOn: "2027-01-05", invitationSentOn: "2027-03-19" }, "2027-04-01");
    expect([clock.startedOn, clock.dueOn, clock.completedOn, clock.workingDaysUsed, clock.workingDaysLeft, clock.status]).toEqual([
      "2027-02-28",
      "2027-03-19",
      "2027-03-19",
      15,
      0,
      "met",
    ]);
  });
});

describe("the legal review clock, from Fri 20 Nov 2026 over Thanksgiving: due Tue 15 Dec", () => {
  // 23–25 Nov, 30, 1–4 Dec, 7–11, 14, 15.
  const submitted = { submittedOn: "2026-11-20" };

  it.each([
    ["2026-12-09", 11, 4, "running"],
    ["2026-12-10", 12, 3, "due-soon"],
    ["2026-12-13", 13, 2, "due-soon"], // a Sunday
    ["2026-12-15", 15, 0, "due-soon"],
    ["2026-12-16", 16, -1, "late"],
    ["2026-12-19", 18, -3, "late"], // a Saturday: 16, 17 and 18 Dec are past the goal
  ])("on %s has used %i working days, has %i left, and is %s", (today, used, left, status) => {
    const clock = clockOf("legalReview", submitted, today);
    expect([clock.dueOn, clock.owedBy, clock.workingDaysUsed, clock.workingDaysLeft, clock.status]).toEqual(["2026-12-15", "DCSS_LEGAL", used, left, status]);
  });

  it("is met by an opinion on its last day and missed by one the day after", () => {
    const met = clockOf("legalReview", { ...submitted, legalAnsweredOn: "2026-12-15" }, "2027-01-10");
    expect([met.status, met.completedOn, met.workingDaysUsed, met.workingDaysLeft]).toEqual(["met", "2026-12-15", 15, 0]);
    const missed = clockOf("legalReview", { ...submitted, legalAnsweredOn: "2026-12-16" }, "2027-01-10");
    expect([missed.status, missed.workingDaysUsed, missed.workingDaysLeft]).toEqual(["missed", 16, -1]);
  });

  it("spans the year end over Christmas and New Year's Day", () => {
    // Mon 14 Dec: 15–18, 21–24, 28–31, 4–6 Jan 2027.
    const clock = clockOf("legalReview", { submittedOn: "2026-12-14" }, "2027-01-04");
    expect([clock.dueOn, clock.workingDaysUsed, clock.workingDaysLeft, clock.status]).toEqual(["2027-01-06", 13, 2, "due-soon"]);
  });
});

describe("the conditional approval and countersignature clocks", () => {
  it("starts the approval only on an opinion that access is authorized, and skips Presidents' Day but not Lincoln's birthday", () => {
    // Mon 1 Feb 2027: 2–5, 8–12, 16–19, 22, 23.
    const clock = clockOf("conditionalApproval", { submittedOn: "2027-01-08", legalAnsweredOn: "2027-02-01", legalAuthorized: true }, "2027-02-12");
    expect([clock.owedBy, clock.startedOn, clock.dueOn, clock.workingDaysUsed, clock.status]).toEqual([
      "PROCESS_OWNER",
      "2027-02-01",
      "2027-02-23",
      9,
      "running",
    ]);
    const refused = applicationClocks(facts({ submittedOn: "2027-01-08", legalAnsweredOn: "2027-02-01", legalAuthorized: false }), day("2027-02-12"));
    expect(keysOf(refused)).toEqual(["legalReview"]);
  });

  it("stops the approval on the Process Owner's decision", () => {
    const clock = clockOf("conditionalApproval", { legalAnsweredOn: "2027-02-01", legalAuthorized: true, decidedOn: "2027-02-24" }, "2027-03-01");
    expect([clock.completedOn, clock.status]).toEqual(["2027-02-24", "missed"]);
  });

  it("counts the countersignature over Martin Luther King Jr. Day", () => {
    // Mon 4 Jan 2027: 5–8, 11–15, 19–22, 25, 26.
    const clock = clockOf("countersignature", { mouReceivedOn: "2027-01-04" }, "2027-01-21");
    expect([clock.owedBy, clock.dueOn, clock.workingDaysUsed, clock.workingDaysLeft, clock.status]).toEqual(["PROCESS_OWNER", "2027-01-26", 12, 3, "due-soon"]);
  });
});

describe("the access clock: within 30–45 working days of the countersignature", () => {
  // Mon 4 Jan 2027: the 30th working day is Wed 17 Feb, the 45th Wed 10 Mar.
  const countersigned = { mouReceivedOn: "2026-12-15", countersignedOn: "2027-01-04" };

  it.each([
    ["2027-02-10", 26, 19, "running"],
    ["2027-02-11", 27, 18, "due-soon"], // three working days before the 30th
    ["2027-02-24", 35, 10, "due-soon"], // inside the range
    ["2027-03-10", 45, 0, "due-soon"],
    ["2027-03-11", 46, -1, "late"],
  ])("on %s has used %i working days, has %i left to the 45th, and is %s", (today, used, left, status) => {
    const clock = clockOf("accessEstablished", countersigned, today);
    expect([clock.owedBy, clock.dueOn, clock.limitOn, clock.workingDaysUsed, clock.workingDaysLeft, clock.status]).toEqual([
      "INFRASTRUCTURE_MANAGER",
      "2027-02-17",
      "2027-03-10",
      used,
      left,
      status,
    ]);
  });

  it("is met anywhere up to the 45th working day and missed after it", () => {
    expect(clockOf("accessEstablished", { ...countersigned, accessEstablishedOn: "2027-02-03" }, "2027-04-01")).toMatchObject({
      status: "met",
      workingDaysUsed: 21,
    });
    expect(clockOf("accessEstablished", { ...countersigned, accessEstablishedOn: "2027-03-10" }, "2027-04-01")).toMatchObject({
      status: "met",
      workingDaysUsed: 45,
    });
    expect(clockOf("accessEstablished", { ...countersigned, accessEstablishedOn: "2027-03-11" }, "2027-04-01")).toMatchObject({
      status: "missed",
      workingDaysUsed: 46,
    });
  });
});

describe("an application's clocks", () => {
  it("lists each started clock in the process's order, the countersignature both ending its own and starting access", () => {
    const all = facts({
      conversionOn: "2026-06-01",
      identifiedOn: "2026-09-01",
      invitationSentOn: "2026-09-10",
      submittedOn: "2026-10-01",
      legalAnsweredOn: "2026-10-15",
      legalAuthorized: true,
      decidedOn: "2026-10-30",
      mouReceivedOn: "2026-11-16",
      countersignedOn: "2026-12-01",
    });
    const clocks = applicationClocks(all, day("2026-12-02"));
    expect(clocks.map((clock) => [clock.key, clock.owedBy, clock.status])).toEqual([
      ["invitation", "PROCESS_MANAGER", "met"],
      ["legalReview", "DCSS_LEGAL", "met"],
      ["conditionalApproval", "PROCESS_OWNER", "met"],
      ["countersignature", "PROCESS_OWNER", "met"],
      ["accessEstablished", "INFRASTRUCTURE_MANAGER", "running"],
    ]);
    expect(clocks[3]?.completedOn).toBe("2026-12-01");
    expect(clocks[4]?.startedOn).toBe("2026-12-01");
  });

  it("has no clock before anything is received", () => {
    expect(applicationClocks(NONE, day("2026-12-02"))).toEqual([]);
  });
});

describe("escalationDay: reported to the Process Owner 5 working days after the goal", () => {
  it("falls on the fifth working day after the limit", () => {
    // Due Tue 15 Dec 2026: 16, 17, 18, 21, 22.
    expect(escalationDay(clockOf("legalReview", { submittedOn: "2026-11-20" }, "2026-12-16"))).toBe("2026-12-22");
    // The 45th working day, Wed 10 Mar 2027: 11, 12, 15, 16, 17.
    expect(escalationDay(clockOf("accessEstablished", { countersignedOn: "2027-01-04" }, "2027-03-11"))).toBe("2027-03-17");
  });

  it("skips the year end's holidays", () => {
    // Received Fri 4 Dec 2026, due Mon 28 Dec; then 29, 30, 31, 4 Jan, 5 Jan 2027.
    const clock = clockOf("countersignature", { mouReceivedOn: "2026-12-04" }, "2026-12-29");
    expect([clock.dueOn, clock.status, escalationDay(clock)]).toEqual(["2026-12-28", "late", "2027-01-05"]);
  });

  it("has none for a completed clock", () => {
    expect(escalationDay(clockOf("legalReview", { submittedOn: "2026-11-20", legalAnsweredOn: "2026-12-18" }, "2027-01-10"))).toBeNull();
  });
});

describe("mostUrgent", () => {
  const clock = (key: ClockKey, limitOn: string, completedOn: string | null = null): Clock => ({
    key,
    label: key,
    owedBy: "PROCESS_OWNER",
    startedOn: day("2026-11-02"),
    dueOn: day(limitOn),
    limitOn: day(limitOn),
    completedOn: completedOn ? day(completedOn) : null,
    workingDaysUsed: 0,
    workingDaysLeft: 0,
    status: completedOn ? "met" : "running",
  });

  it("puts the late first, the latest of them first, then the fewest days left, and leaves out the completed", () => {
    // On Wed 16 Dec 2026: 9 Dec is 5 working days late, 15 Dec 1; 17 Dec has 1 left, 18 Dec 2.
    const clocks = [
      clock("invitation", "2026-12-18"),
      clock("legalReview", "2026-12-15"),
      clock("conditionalApproval", "2026-12-01", "2026-11-30"),
      clock("countersignature", "2026-12-09"),
      clock("accessEstablished", "2026-12-17"),
    ];
    expect(keysOf(mostUrgent(clocks, day("2026-12-16")))).toEqual(["countersignature", "legalReview", "accessEstablished", "invitation"]);
  });

  it("counts a clock late since the day before a weekend as late, ahead of one due on the Monday", () => {
    // Sat 19 Dec 2026: Fri 18 Dec is past, Mon 21 Dec is not.
    const clocks = [clock("invitation", "2026-12-21"), clock("legalReview", "2026-12-18")];
    expect(keysOf(mostUrgent(clocks, day("2026-12-19")))).toEqual(["legalReview", "invitation"]);
  });

  it("orders clocks with the same limit in the process's order", () => {
    const clocks = [clock("accessEstablished", "2026-12-18"), clock("legalReview", "2026-12-18")];
    expect(keysOf(mostUrgent(clocks, day("2026-12-16")))).toEqual(["legalReview", "accessEstablished"]);
  });
});
