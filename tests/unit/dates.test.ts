import { describe, expect, it } from "vitest";
import { californiaLocalTime, californiaStamp } from "@/domain/calendar/california-time";
import { importRowSchema } from "@/domain/change-requests/import-row";
import { statusReportSchema } from "@/domain/change-requests/cpl-work-schemas";
import { backBriefSchema, reconsiderDateSchema } from "@/domain/change-requests/schemas";
import { knownDefectSchema, releaseSchema } from "@/domain/change-requests/step-schemas";
import { openElectionSchema } from "@/domain/governance/election-schemas";
import { addActionItemSchema, editMeetingSchema, scheduleMeetingSchema, updateActionItemSchema } from "@/domain/meetings/schemas";
import { createWorkgroupSchema, proposeActivitySchema } from "@/domain/workgroups/schemas";
import { formatDate, formatDateTime, formatDay } from "@/lib/format";

/**
 * Issue 12, item 3: every date and date-time a form takes is a real day between 2000-01-01
 * and 2100-12-31 (the product's bounds), read in California, refused field by field
 * otherwise; and no stored value, however odd, makes a formatter throw.
 */
const ID = "6f1c2a4e-0b7d-4c1e-9a55-3b2f1d0e9c8a";
const OTHER_ID = "0d6b6c1e-7a0f-4d52-8f0e-5d7c3b2a1f00";
const OUT_OF_RANGE = "Enter a date from January 1, 2000 through December 31, 2100.";
const impossible = (text: string) => `There is no such date as ${text}.`;

/** What a schema says, field by field, as the form would show it. */
function refusal(
  schema: { safeParse: (value: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } },
  value: unknown,
) {
  const parsed = schema.safeParse(value);
  return parsed.success ? "accepted" : parsed.error!.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

const meeting = { committeeId: ID, kind: "REGULAR", title: "October regular meeting", location: "" };
const election = {
  committeeId: ID,
  kind: "REGULAR",
  year: "2027",
  nominationsCloseAt: "2027-06-07T17:00",
  votingOpensAt: "2027-06-08T09:00",
  votingClosesAt: "2027-06-22T17:00",
};
const workgroup = {
  parentCommitteeId: ID,
  name: "Data quality",
  scope: "Review data quality",
  assumptions: "None",
  communication: "Monthly report",
  schedule: "Six months",
  activityTitle: "First report",
  activityDescription: "Write the first report",
};

describe("a date-time field", () => {
  it("refuses a far-future start, which was stored as +010000 and broke every page that showed it", () => {
    expect(refusal(scheduleMeetingSchema, { ...meeting, startsAt: "9999-12-31T23:59" })).toEqual([`startsAt: ${OUT_OF_RANGE}`]);
    expect(refusal(editMeetingSchema, { ...meeting, meetingId: ID, version: "1", startsAt: "1999-12-31T23:59" })).toEqual([`startsAt: ${OUT_OF_RANGE}`]);
  });

  it("accepts the bounds themselves, read as California time", () => {
    const first = scheduleMeetingSchema.parse({ ...meeting, startsAt: "2000-01-01T00:00" });
    expect(first.startsAt.toISOString()).toBe("2000-01-01T08:00:00.000Z");
    const last = scheduleMeetingSchema.parse({ ...meeting, startsAt: "2100-12-31T23:59" });
    expect(last.startsAt.toISOString()).toBe("2101-01-01T07:59:00.000Z");
  });

  it("refuses an impossible day with a field message, where the election form threw", () => {
    expect(refusal(openElectionSchema, { ...election, nominationsCloseAt: "2027-02-30T12:00" })).toEqual([`nominationsCloseAt: ${impossible("2027-02-30")}`]);
    expect(refusal(openElectionSchema, { ...election, votingClosesAt: "9999-12-31T23:59" })).toEqual([`votingClosesAt: ${OUT_OF_RANGE}`]);
    expect(refusal(openElectionSchema, { ...election, votingOpensAt: "2027-06-08T25:00" })).toEqual(["votingOpensAt: Enter when voting opens."]);
  });

  it("refuses what is not a date and time with the field's own message", () => {
    expect(refusal(scheduleMeetingSchema, { ...meeting, startsAt: "soon" })).toEqual(["startsAt: Enter the date and time the meeting starts."]);
    expect(refusal(scheduleMeetingSchema, { ...meeting, startsAt: "+010000-01-01T07:59" })).toEqual(["startsAt: Enter the date and time the meeting starts."]);
  });
});

describe("a day field", () => {
  it("refuses an impossible day instead of rolling it over (2027-02-31 was stored as 2027-03-03)", () => {
    expect(refusal(createWorkgroupSchema, { ...workgroup, activityDeadline: "2027-02-31" })).toEqual([`activityDeadline: ${impossible("2027-02-31")}`]);
    expect(refusal(addActionItemSchema, { meetingId: ID, title: "Send the notes", ownerId: OTHER_ID, dueOn: "2027-02-30" })).toEqual([
      `dueOn: ${impossible("2027-02-30")}`,
    ]);
  });

  it("refuses a day outside the bounds in every module's forms", () => {
    expect(refusal(statusReportSchema, { consortiumId: ID, periodEnding: "0000-01-01", body: "All quiet this month." })).toEqual([
      `periodEnding: ${OUT_OF_RANGE}`,
    ]);
    expect(refusal(proposeActivitySchema, { workgroupId: ID, title: "Second report", description: "Write it", deadline: "2101-01-01" })).toEqual([
      `deadline: ${OUT_OF_RANGE}`,
    ]);
    expect(refusal(updateActionItemSchema, { actionItemId: ID, version: "1", status: "OPEN", dueOn: "1999-12-31" })).toEqual([`dueOn: ${OUT_OF_RANGE}`]);
    expect(refusal(reconsiderDateSchema, { crId: ID, motionId: OTHER_ID, reconsiderOn: "2500-01-01" })).toEqual([`reconsiderOn: ${OUT_OF_RANGE}`]);
    expect(refusal(backBriefSchema, { crId: ID, briefedOn: "1900-01-01" })).toEqual([`briefedOn: ${OUT_OF_RANGE}`]);
    expect(refusal(knownDefectSchema, { crId: ID, description: "Slow", impact: "Waits", expectedFixOn: "9999-12-31", workaround: "Wait" })).toEqual([
      `expectedFixOn: ${OUT_OF_RANGE}`,
    ]);
    expect(refusal(releaseSchema, { crId: ID, version: "1", releasedOn: "0001-01-01" })).toEqual([`releasedOn: ${OUT_OF_RANGE}`]);
  });

  it("keeps each form's own words for what is not a date, and a blank optional day is none", () => {
    expect(refusal(statusReportSchema, { consortiumId: ID, periodEnding: "last week", body: "All quiet this month." })).toEqual([
      "periodEnding: Enter the last day the report covers.",
    ]);
    expect(refusal(createWorkgroupSchema, { ...workgroup, activityDeadline: "" })).toEqual(["activityDeadline: Choose the deadline."]);
    expect(releaseSchema.parse({ crId: ID, version: "1", releasedOn: "" }).releasedOn).toBeNull();
  });

  it("accepts the bounds, and a day is what was typed", () => {
    expect(statusReportSchema.parse({ consortiumId: ID, periodEnding: "2000-01-01", body: "All quiet this month." }).periodEnding).toBe("2000-01-01");
    expect(createWorkgroupSchema.parse({ ...workgroup, activityDeadline: "2100-12-31" }).activityDeadline.toISOString()).toBe("2100-12-31T00:00:00.000Z");
    expect(releaseSchema.parse({ crId: ID, version: "1", releasedOn: "2028-02-29" }).releasedOn).toBe("2028-02-29");
  });

  it("bounds the imported rows' days too", () => {
    const row = { external_ref: "OLD-1", title: "Imported", consortium: "CASES", kind: "ENHANCEMENT", state: "DRAFT" };
    const problems = (value: object) => {
      const parsed = importRowSchema.safeParse(value);
      return parsed.success ? [] : parsed.error.issues.filter((issue) => issue.path[0] === "submitted_on").map((issue) => issue.message);
    };
    expect(problems({ ...row, submitted_on: "1899-01-01" })).toEqual(["must be a date from 2000-01-01 through 2100-12-31"]);
    expect(problems({ ...row, submitted_on: "2027-02-30" })).toEqual(["is not a real date"]);
    expect(problems({ ...row, submitted_on: "2027-02-28" })).toEqual([]);
  });
});

describe("the date formatters", () => {
  it("show a placeholder for a date the database could not read (a +010000 timestamp reads as an invalid Date)", () => {
    const unreadable = new Date("10000-01-01T07:59:00+00:00");
    expect(formatDateTime(unreadable)).toBe("—");
    expect(formatDate(unreadable)).toBe("—");
    expect(formatDay(unreadable)).toBe("—");
    expect(formatDateTime("not a date")).toBe("—");
    expect(californiaLocalTime(unreadable)).toBe("");
  });

  it("still show a far but valid instant", () => {
    expect(formatDate(new Date("+010000-01-01T07:59:00Z"))).toBe("Dec 31, 9999");
    expect(formatDay(new Date("2026-10-15T00:00:00Z"))).toBe("Oct 15, 2026");
  });
});

// Issue 13: exports carry California time with its zone, as the screen shows it, not UTC instants.
describe("californiaStamp", () => {
  it("writes an instant as California's date, time and zone abbreviation", () => {
    expect(californiaStamp(new Date("2026-12-02T04:22:08.023Z"))).toBe("2026-12-01 20:22 PST");
    expect(californiaStamp(new Date("2026-07-01T19:00:00Z"))).toBe("2026-07-01 12:00 PDT");
    expect(californiaStamp(new Date(Number.NaN))).toBe("");
  });
});
