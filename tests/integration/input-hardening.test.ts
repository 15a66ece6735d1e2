import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { californiaInstant } from "@/domain/calendar/california-time";
import { statusReportSchema } from "@/domain/change-requests/cpl-work-schemas";
import { openElectionSchema } from "@/domain/governance/election-schemas";
import { postMaterialSchema, scheduleMeetingSchema } from "@/domain/meetings/schemas";
import { createWorkgroupSchema } from "@/domain/workgroups/schemas";
import { createActionBuilder, type ActionResult } from "@/lib/action";
import type { CommandContext, CurrentUser } from "@/lib/context";
import { db } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format";
import { fileStatusReport } from "@/server/change-requests/status-reports";
import { openElection } from "@/server/elections/open-election";
import { postMaterial } from "@/server/meetings/materials";
import { scheduleMeeting } from "@/server/meetings/meetings";
import { createWorkgroup } from "@/server/workgroups/create";
import { actor, makeAdmin, referenceIds } from "../support/identity.ts";

/**
 * Issue 12, items 3 and 7: input that used to fail late (a 500, a database error, a rolled-over
 * day, a spoofed file name, a 4 KB request id in the audit log) is refused at the door with a
 * field message, or cleaned, through the app's own action builder, schemas and commands.
 */
const OUT_OF_RANGE = "Enter a date from January 1, 2000 through December 31, 2100.";
const CONTROL = "Remove the control characters (such as a NUL byte) from this field.";
const SOME_FIELDS = "Some fields need attention.";
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

let admin: CommandContext;
let ids: Awaited<ReturnType<typeof referenceIds>>;
let requestIdHeader: string | null = null;

const defineAction = createActionBuilder({
  requireUser: () => Promise.resolve(admin.actor),
  requestId: () => Promise.resolve(requestIdHeader),
  revalidate: () => {},
});

/** Next's redirect(): what requireUser throws for a visitor who is not signed in. */
function signedOut(): Promise<CurrentUser> {
  throw Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/signin;307;" });
}

function form(values: Record<string, string | File>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}

const fieldErrors = (answer: ActionResult<unknown>) => (answer.ok ? null : answer.fieldErrors);

/** California wall-clock time `days` from now at 10:00, as a datetime-local field holds it. */
function inDays(days: number): string {
  const day = new Date(Date.now() + days * 86_400_000).toLocaleDateString("en-CA", { timeZone: "America/Los_Angeles" });
  return `${day}T10:00`;
}

beforeAll(async () => {
  admin = await actor(db, (await makeAdmin(db)).id, "req-admin");
  ids = await referenceIds(db);
});

afterEach(() => {
  requestIdHeader = null;
  vi.restoreAllMocks();
});

describe("dates (item 3)", () => {
  it("refuses a meeting on 9999-12-31T23:59 with a field message and stores nothing", async () => {
    const title = `Far future ${randomUUID().slice(0, 8)}`;
    const answer = await defineAction(scheduleMeetingSchema, scheduleMeeting)(
      null,
      form({ committeeId: ids.committeeId, kind: "REGULAR", title, startsAt: "9999-12-31T23:59", location: "" }),
    );
    expect(answer).toMatchObject({ ok: false, error: SOME_FIELDS, values: { startsAt: "9999-12-31T23:59" } });
    expect(fieldErrors(answer)).toEqual({ startsAt: [OUT_OF_RANGE] });
    expect(await db.meeting.count({ where: { title } })).toBe(0);
  });

  // The database refuses such a row now (migration 20261202150000_sane_dates); one stored
  // before that migration (left NOT VALID there) reads back as an invalid Date, shown as "—".
  it("refuses to store a meeting at +010000, and shows a Date the driver could not read as a placeholder", async () => {
    await expect(
      db.meeting.create({
        data: {
          committeeId: ids.committeeId,
          kind: "REGULAR",
          title: "Stored far future",
          startsAt: new Date("+010000-01-01T07:59:00Z"),
          createdById: admin.actor.id,
        },
      }),
    ).rejects.toThrow(/Meeting_startsAt_sane_date/);
    expect(formatDateTime(new Date(Number.NaN))).toBe("—");
  });

  it("answers an unauthenticated request before reading its form: a forged session never reaches the parser", async () => {
    const parsed: string[] = [];
    const schema = z.object({ title: z.string().transform((value) => (parsed.push(value), value)) });
    const action = createActionBuilder({ requireUser: signedOut, requestId: () => Promise.resolve(null), revalidate: () => {} })(schema, () =>
      Promise.resolve("ran"),
    );
    await expect(action(null, form({ title: "anything" }))).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT/) });
    expect(parsed).toEqual([]);

    const election = createActionBuilder({ requireUser: signedOut, requestId: () => Promise.resolve(null), revalidate: () => {} })(
      openElectionSchema,
      openElection,
    );
    await expect(
      election(
        null,
        form({
          committeeId: ids.committeeId,
          kind: "REGULAR",
          year: "2027",
          nominationsCloseAt: "2027-02-30T12:00",
          votingOpensAt: "2027-06-08T09:00",
          votingClosesAt: "2027-06-22T17:00",
        }),
      ),
    ).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT/) });
  });

  it("refuses an election on 2027-02-30 with a field message when signed in", async () => {
    const answer = await defineAction(openElectionSchema, openElection)(
      null,
      form({
        committeeId: ids.committeeId,
        kind: "REGULAR",
        year: "2027",
        nominationsCloseAt: "2027-02-30T12:00",
        votingOpensAt: "2027-06-08T09:00",
        votingClosesAt: "2027-06-22T17:00",
      }),
    );
    expect(fieldErrors(answer)).toEqual({ nominationsCloseAt: ["There is no such date as 2027-02-30."] });
  });

  it("answers a schema that throws with a reference, never a 500", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const schema = z.object({
      title: z.string().transform(() => {
        throw new Error("a defect in a schema");
      }),
    });
    const answer = await defineAction(schema, () => Promise.resolve("ran"))(null, form({ title: "anything" }));
    expect(answer).toMatchObject({ ok: false, error: expect.stringMatching(/^Something went wrong and nothing was saved/) });
  });

  it("refuses a workgroup deadline of 2027-02-31 instead of storing 2027-03-03", async () => {
    const name = `Deadline check ${randomUUID().slice(0, 8)}`;
    const answer = await defineAction(createWorkgroupSchema, createWorkgroup)(
      null,
      form({
        parentCommitteeId: ids.committeeId,
        name,
        kind: "AD_HOC_WORKGROUP",
        scope: "Review the data",
        assumptions: "None",
        communication: "Monthly report",
        schedule: "Six months",
        activityTitle: "First report",
        activityDescription: "Write the first report",
        activityDeadline: "2027-02-31",
      }),
    );
    expect(fieldErrors(answer)).toEqual({ activityDeadline: ["There is no such date as 2027-02-31."] });
    expect(await db.committee.count({ where: { name } })).toBe(0);
  });

  it("refuses a status report for the period ending 0000-01-01 with a field message, not a database error", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const answer = await defineAction(statusReportSchema, fileStatusReport)(
      null,
      form({ consortiumId: ids.consortiumId, periodEnding: "0000-01-01", body: "All quiet this month." }),
    );
    expect(answer).toMatchObject({ ok: false, error: SOME_FIELDS });
    expect(fieldErrors(answer)).toEqual({ periodEnding: [OUT_OF_RANGE] });
    expect(errors).not.toHaveBeenCalled();
  });
});

describe("input that failed late (item 7)", () => {
  it("refuses a NUL byte in a text field with a field message before any command runs, and logs nothing", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const title = `Budget\u0000review ${randomUUID().slice(0, 8)}`;
    const answer = await defineAction(scheduleMeetingSchema, scheduleMeeting)(
      null,
      form({ committeeId: ids.committeeId, kind: "REGULAR", title, startsAt: inDays(10), location: "Room\u00071" }),
    );
    expect(answer).toMatchObject({ ok: false, error: SOME_FIELDS });
    expect(fieldErrors(answer)).toEqual({ title: [CONTROL], location: [CONTROL] });
    expect(errors).not.toHaveBeenCalled();
    expect(await db.meeting.count({ where: { title: { startsWith: "Budget" } } })).toBe(0);
  });

  it("keeps tabs and line breaks, which people type", async () => {
    const title = `Line breaks ${randomUUID().slice(0, 8)}`;
    const answer = await defineAction(scheduleMeetingSchema, scheduleMeeting)(
      null,
      form({ committeeId: ids.committeeId, kind: "REGULAR", title, startsAt: inDays(11), location: "Room 1\r\nBuilding 2\tEast" }),
    );
    expect(answer.ok).toBe(true);
    expect(await db.meeting.findFirstOrThrow({ where: { title }, select: { location: true } })).toEqual({ location: "Room 1\r\nBuilding 2\tEast" });
  });

  it("stores a short safe request id as it came, and replaces a 4 KB or unsafe one", async () => {
    const scheduled = async (requestId: string) => {
      requestIdHeader = requestId;
      const title = `Request id ${randomUUID().slice(0, 8)}`;
      const answer = await defineAction(scheduleMeetingSchema, scheduleMeeting)(
        null,
        form({ committeeId: ids.committeeId, kind: "REGULAR", title, startsAt: inDays(12), location: "" }),
      );
      expect(answer.ok).toBe(true);
      const meeting = await db.meeting.findFirstOrThrow({ where: { title }, select: { id: true } });
      const event = await db.auditEvent.findFirstOrThrow({ where: { action: "meetings.schedule", entityId: meeting.id } });
      return event.requestId;
    };
    expect(await scheduled("req-1.2:3_abc")).toBe("req-1.2:3_abc");
    const long = await scheduled("A".repeat(4096));
    expect(long).toMatch(SAFE_REQUEST_ID);
    expect(long).not.toBe("A".repeat(64));
    const unsafe = await scheduled("<script>alert(1)</script>");
    expect(unsafe).toMatch(SAFE_REQUEST_ID);
  });

  describe("uploads", () => {
    let meetingId: string;
    beforeAll(async () => {
      const meeting = await scheduleMeeting(admin, {
        committeeId: ids.committeeId,
        kind: "REGULAR",
        title: `Materials ${randomUUID().slice(0, 8)}`,
        startsAt: californiaInstant(inDays(20))!,
        location: null,
      });
      meetingId = meeting.id;
    });

    it("refuses a file over 10 MB with the size message from the schema, before the command reads it", async () => {
      const big = new File([new Uint8Array(11.5 * 1024 * 1024)], "minutes.pdf", { type: "application/pdf" });
      const answer = await defineAction(postMaterialSchema, postMaterial)(null, form({ meetingId, agendaItemId: "", title: "The big minutes", file: big }));
      expect(answer).toMatchObject({ ok: false, error: SOME_FIELDS });
      expect(fieldErrors(answer)).toEqual({ file: ["“minutes.pdf” is 11.5 MB; files can be at most 10 MB."] });
    });

    it("stores a file name without right-to-left overrides or other bidirectional controls", async () => {
      const spoofed = new File([new TextEncoder().encode("plain text")], "résumé \u202Efdp.exe\u2066\u200F.txt", { type: "text/plain" });
      const answer = await defineAction(postMaterialSchema, postMaterial)(null, form({ meetingId, agendaItemId: "", title: "A résumé", file: spoofed }));
      expect(answer.ok).toBe(true);
      const material = await db.meetingMaterial.findFirstOrThrow({ where: { meetingId, title: "A résumé" }, select: { file: { select: { fileName: true } } } });
      expect(material.file.fileName).toBe("résumé fdp.exe.txt");
    });
  });
});
