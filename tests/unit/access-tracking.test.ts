import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseTrackingFilter, trackingExportRows, trackingQuery, trackingScope, type TrackingRow } from "@/domain/access/tracking";
import { day } from "@/domain/calendar/day";
import type { Grant } from "@/lib/permissions";
import { trackingWorkbook } from "@/server/access/tracking-xlsx";

const principal = (...grants: Grant[]) => ({ id: "u", grants });

const row: TrackingRow = {
  id: "a1",
  number: 7,
  county: "Los Angeles",
  organization: "Los Angeles IV-E",
  kind: "RENEWAL",
  state: "ACTIVE",
  identifiedAt: new Date("2026-01-15T17:30:00Z"),
  invitationSentAt: new Date("2026-03-02T16:00:00Z"),
  submittedAt: new Date("2026-03-20T22:15:00Z"),
  legalAnsweredAt: new Date("2026-04-01T19:00:00Z"),
  connectivityAnsweredAt: null,
  decidedAt: new Date("2026-04-10T18:00:00Z"),
  packageSentAt: null,
  mouReceivedAt: null,
  countersignedAt: new Date("2026-07-01T06:30:00Z"),
  officeId: "LA-IVE-01",
  termEndsOn: day("2029-06-30"),
};

describe("the tracking export's rows", () => {
  it("writes each step in California time with its zone, the term's end as a day, blanks for steps not taken", () => {
    expect(trackingExportRows([row])).toEqual([
      [
        "Application",
        "County",
        "Organization",
        "Kind",
        "State",
        "Identified (California time)",
        "Invitation sent (California time)",
        "Application submitted (California time)",
        "Legal review answered (California time)",
        "Connectivity test answered (California time)",
        "Decided (California time)",
        "Approval package sent (California time)",
        "Signed MOU received (California time)",
        "Countersigned (California time)",
        "Office ID",
        "Term ends",
      ],
      [
        "TPA-0007",
        "Los Angeles",
        "Los Angeles IV-E",
        "Renewal",
        "Approved, MOU in force",
        "2026-01-15 09:30 PST",
        "2026-03-02 08:00 PST",
        "2026-03-20 15:15 PDT",
        "2026-04-01 12:00 PDT",
        "",
        "2026-04-10 11:00 PDT",
        "",
        "",
        // 06:30 UTC on July 1 is still June 30 in California.
        "2026-06-30 23:30 PDT",
        "LA-IVE-01",
        "Jun 30, 2029",
      ],
    ]);
  });

  it("makes a workbook of the same cells, header bold and frozen, with its note", async () => {
    const buffer = await trackingWorkbook(trackingExportRows([row]), { madeAt: "2026-12-03 09:00 PST", filters: "Filter: sorted newest first." });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet("Applications")!;
    expect(sheet.getRow(1).getCell(1).value).toBe("Application");
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getRow(2).getCell(1).value).toBe("TPA-0007");
    expect(sheet.getRow(2).getCell(14).value).toBe("2026-06-30 23:30 PDT");
    expect(sheet.getRow(2).getCell(16).value).toBe("Jun 30, 2029");
    expect(sheet.getRow(4).getCell(1).value).toBe("Made 2026-12-03 09:00 PST. Filter: sorted newest first.");
  });
});

describe("whose applications the spreadsheet shows", () => {
  it("shows all to DCSS's access roles and the administrator, an LCSA's to its roles, none to others", () => {
    expect(trackingScope(principal({ role: "PROCESS_MANAGER", scope: { type: "STATEWIDE" } }))).toEqual({ all: true });
    expect(trackingScope(principal({ role: "DCSS_LEGAL", scope: { type: "STATEWIDE" } }))).toEqual({ all: true });
    expect(trackingScope(principal({ role: "ADMINISTRATOR", scope: { type: "STATEWIDE" } }))).toEqual({ all: true });
    expect(
      trackingScope(
        principal(
          { role: "LCSA_DIRECTOR", scope: { type: "LCSA", lcsaId: "la" } },
          { role: "LCSA_SYSTEM_ADMINISTRATOR", scope: { type: "LCSA", lcsaId: "orange" } },
          { role: "UAT_TESTER", scope: { type: "LCSA", lcsaId: "kern" } },
        ),
      ),
    ).toEqual({ all: false, lcsaIds: ["la", "orange"] });
    expect(trackingScope(principal({ role: "REQUESTOR", scope: { type: "ORGANIZATION", organizationId: "o" } }))).toEqual({ all: false, lcsaIds: [] });
  });
});

describe("the filter", () => {
  it("reads the GET form, treating what is malformed as no filter", () => {
    expect(parseTrackingFilter({ state: "ACTIVE", county: "not-a-uuid", year: "2026", sort: "county", page: "3" })).toEqual({
      state: "ACTIVE",
      county: undefined,
      year: 2026,
      sort: "county",
      page: 3,
    });
    expect(parseTrackingFilter({ state: "OPEN", year: "26", sort: "x", page: "-1" })).toEqual({
      state: undefined,
      county: undefined,
      year: undefined,
      sort: "newest",
      page: 1,
    });
    expect(parseTrackingFilter({ state: ["INVITED", "ACTIVE"] }).state).toBe("INVITED");
  });

  it("writes the query string back without defaults", () => {
    const filter = parseTrackingFilter({ state: "ACTIVE", year: "2026" });
    expect(trackingQuery(filter)).toBe("?state=ACTIVE&year=2026");
    expect(trackingQuery(filter, { page: 2, sort: "oldest" })).toBe("?state=ACTIVE&year=2026&sort=oldest&page=2");
    expect(trackingQuery(parseTrackingFilter({}))).toBe("");
  });
});
