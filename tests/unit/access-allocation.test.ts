import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  approvalRefusal,
  guideRowName,
  guideTotals,
  MAX_APPROVED_ACCOUNTS,
  MIN_JUSTIFICATION_LENGTH,
  nextGuideVersion,
  reservedFor,
  type GuideRow,
  type GuideVersion,
} from "@/domain/access/allocation";

// The guide as extracted from Third Party Access Process 1.6.
const guide = JSON.parse(readFileSync(resolve(process.cwd(), "prisma/data/allocation-guide.json"), "utf8")) as GuideRow[];
const version1: GuideVersion = { number: 1, rows: guide };

describe("what the guide reserves for an organization in a county (1.6)", () => {
  it("reads the organization's own row", () => {
    expect(reservedFor(guide, { lcsaLabelOrCounty: "Los Angeles", organization: "IV-E" })).toEqual({ reserved: 150, kind: "named", preConversionUsers: 150 });
    expect(reservedFor(guide, { lcsaLabelOrCounty: "Los Angeles", organization: "IV-A" })).toEqual({ reserved: 22, kind: "named", preConversionUsers: 22 });
    expect(reservedFor(guide, { lcsaLabelOrCounty: "Alameda", organization: "IV-A" })).toEqual({ reserved: 5, kind: "named", preConversionUsers: 5 });
  });

  it("reserves less than there were users before conversion where the table says so", () => {
    expect(reservedFor(guide, { lcsaLabelOrCounty: "San Diego", organization: "IV-A" })).toEqual({ reserved: 100, kind: "named", preConversionUsers: 800 });
    expect(reservedFor(guide, { lcsaLabelOrCounty: "Monterey", organization: "IV-A" })).toEqual({ reserved: 1, kind: "named", preConversionUsers: 30 });
    expect(reservedFor(guide, { lcsaLabelOrCounty: "Orange", organization: "DA" })).toEqual({ reserved: 0, kind: "named", preConversionUsers: 34 });
  });

  it("reserves nothing for a named organization whose row says 0", () => {
    expect(reservedFor(guide, { lcsaLabelOrCounty: "Butte", organization: "District Attorney for PC270 cases" })).toEqual({
      reserved: 0,
      kind: "named",
      preConversionUsers: 2,
    });
    expect(reservedFor(guide, { lcsaLabelOrCounty: "Merced", organization: "Child Abduction" })).toEqual({ reserved: 0, kind: "named", preConversionUsers: 1 });
    expect(reservedFor(guide, { lcsaLabelOrCounty: "Sacramento", organization: "Child Abduction" })).toEqual({
      reserved: 0,
      kind: "named",
      preConversionUsers: 2,
    });
  });

  it("matches names trimmed and whatever their case", () => {
    expect(reservedFor(guide, { lcsaLabelOrCounty: " los angeles ", organization: " iv-e" })).toEqual({
      reserved: 150,
      kind: "named",
      preConversionUsers: 150,
    });
    expect(reservedFor(guide, { lcsaLabelOrCounty: "BUTTE", organization: "district attorney for PC270 CASES " })).toEqual({
      reserved: 0,
      kind: "named",
      preConversionUsers: 2,
    });
    expect(reservedFor(guide, { lcsaLabelOrCounty: "Merced", organization: "child abduction" }).kind).toBe("named");
  });

  it("gives an organization the table does not name the county's other third party users' row", () => {
    expect(reservedFor(guide, { lcsaLabelOrCounty: "Fresno", organization: "Fresno County Probation" })).toEqual({
      reserved: 1,
      kind: "county",
      preConversionUsers: null,
    });
    expect(reservedFor(guide, { lcsaLabelOrCounty: "Fresno", organization: null })).toEqual({ reserved: 1, kind: "county", preConversionUsers: null });
    expect(reservedFor(guide, { lcsaLabelOrCounty: "Fresno", organization: "  " })).toEqual({ reserved: 1, kind: "county", preConversionUsers: null });
    // A regional LCSA in a member's slot, and a member county keeping its own row.
    expect(reservedFor(guide, { lcsaLabelOrCounty: "Eastern Sierra", organization: "Probation" })).toEqual({
      reserved: 1,
      kind: "county",
      preConversionUsers: null,
    });
    expect(reservedFor(guide, { lcsaLabelOrCounty: "Mono", organization: "Probation" })).toEqual({ reserved: 1, kind: "county", preConversionUsers: null });
  });

  it("reserves nothing in a county whose rows all name organizations, or that the table does not list", () => {
    expect(reservedFor(guide, { lcsaLabelOrCounty: "Los Angeles", organization: "Probation" })).toEqual({
      reserved: 0,
      kind: "none",
      preConversionUsers: null,
    });
    // "DA" is Orange's row; Butte's District Attorney is named in full.
    expect(reservedFor(guide, { lcsaLabelOrCounty: "Butte", organization: "DA" })).toEqual({ reserved: 0, kind: "none", preConversionUsers: null });
    expect(reservedFor(guide, { lcsaLabelOrCounty: "Alameda", organization: null })).toEqual({ reserved: 0, kind: "none", preConversionUsers: null });
    // Inyo is served by Eastern Sierra and has no label of its own: the caller asks by the LCSA.
    expect(reservedFor(guide, { lcsaLabelOrCounty: "Inyo", organization: "IV-A" })).toEqual({ reserved: 0, kind: "none", preConversionUsers: null });
  });
});

describe("the Process Owner's approved number (1.6, section 4)", () => {
  const alameda = { requestor: guideRowName("Alameda", "IV-A"), requested: 10, reserved: 5, justification: "", override: false };
  const reasons = "Caseload doubled since conversion; two new eligibility units.";

  it("names a row for the sentence", () => {
    expect(guideRowName("Alameda", "IV-A")).toBe("Alameda IV-A");
    expect(guideRowName("Fresno", null)).toBe("Fresno other third party users");
  });

  it("approves up to what the guide reserves with nothing more", () => {
    expect(approvalRefusal({ ...alameda, approved: 5 })).toBeNull();
    expect(approvalRefusal({ ...alameda, approved: 1 })).toBeNull();
  });

  it("asks for a written justification and the override beyond the guide, naming the numbers", () => {
    expect(approvalRefusal({ ...alameda, approved: 8 })).toBe(
      "The guide reserves 5 user accounts for Alameda IV-A; approving 8 needs a written justification and the override.",
    );
    expect(approvalRefusal({ ...alameda, approved: 6, justification: reasons })).toBe(
      "The guide reserves 5 user accounts for Alameda IV-A; approving 6 needs the override.",
    );
    expect(approvalRefusal({ ...alameda, approved: 6, override: true })).toBe(
      "The guide reserves 5 user accounts for Alameda IV-A; approving 6 needs a written justification.",
    );
    expect(approvalRefusal({ ...alameda, approved: 8, justification: reasons, override: true })).toBeNull();
  });

  it("counts the justification's characters trimmed: 19 are too few, 20 enough", () => {
    const nineteen = `  ${"x".repeat(19)}   `;
    expect(MIN_JUSTIFICATION_LENGTH).toBe(20);
    expect(approvalRefusal({ ...alameda, approved: 6, justification: nineteen, override: true })).toBe(
      "The guide reserves 5 user accounts for Alameda IV-A; approving 6 needs a written justification of at least 20 characters.",
    );
    expect(approvalRefusal({ ...alameda, approved: 6, justification: "   ", override: true })).toBe(
      "The guide reserves 5 user accounts for Alameda IV-A; approving 6 needs a written justification.",
    );
    expect(approvalRefusal({ ...alameda, approved: 6, justification: ` ${"x".repeat(20)} `, override: true })).toBeNull();
  });

  it("treats any account for a row reserving none as beyond the guide", () => {
    const butte = { requestor: guideRowName("Butte", "District Attorney for PC270 cases"), requested: 2, reserved: 0, justification: "", override: false };
    expect(approvalRefusal({ ...butte, approved: 1 })).toBe(
      "The guide reserves no user accounts for Butte District Attorney for PC270 cases; approving 1 needs a written justification and the override.",
    );
    const fresno = { requestor: "Fresno County Probation", requested: 1, reserved: 1, justification: "", override: false };
    expect(approvalRefusal({ ...fresno, approved: 1 })).toBeNull();
    expect(approvalRefusal({ ...fresno, requested: 3, approved: 2 })).toBe(
      "The guide reserves 1 user account for Fresno County Probation; approving 2 needs a written justification and the override.",
    );
  });

  it("approves a positive whole number, no more than requested, at most the ceiling", () => {
    expect(approvalRefusal({ ...alameda, approved: 0 })).toBe("The number of user accounts approved is a whole number of at least 1.");
    expect(approvalRefusal({ ...alameda, approved: -3 })).toBe("The number of user accounts approved is a whole number of at least 1.");
    expect(approvalRefusal({ ...alameda, approved: 2.5 })).toBe("The number of user accounts approved is a whole number of at least 1.");
    expect(approvalRefusal({ ...alameda, approved: 11 })).toBe("The application asks for 10 user accounts; approve at most that many.");
    const sanDiego = { requestor: "San Diego IV-A", requested: 20_000, reserved: 100, justification: reasons, override: true };
    expect(MAX_APPROVED_ACCOUNTS).toBe(10_000);
    expect(approvalRefusal({ ...sanDiego, approved: 10_000 })).toBeNull();
    expect(approvalRefusal({ ...sanDiego, approved: 10_001 })).toBe("At most 10,000 user accounts may be approved at once.");
  });
});

describe("the guide's next version (section 9)", () => {
  it("changes reserved numbers and adds rows after the county's last, keeping the rest", () => {
    const result = nextGuideVersion(version1, [
      { change: "reserve", label: "San Diego", organization: "IV-A", reserved: 300 },
      { change: "add", label: "Los Angeles", organization: "Probation", preConversionUsers: null, reserved: 4 },
    ]);
    if (!result.ok) throw new Error(result.reason);
    expect(result.version.number).toBe(2);
    expect(result.version.rows).toHaveLength(60);
    expect(reservedFor(result.version.rows, { lcsaLabelOrCounty: "San Diego", organization: "IV-A" })).toEqual({
      reserved: 300,
      kind: "named",
      preConversionUsers: 800,
    });
    expect(result.version.rows.slice(17, 20)).toEqual([
      { lcsa: "los-angeles", label: "Los Angeles", organization: "IV-A", preConversionUsers: 22, reserved: 22 },
      { lcsa: "los-angeles", label: "Los Angeles", organization: "IV-E", preConversionUsers: 150, reserved: 150 },
      { lcsa: "los-angeles", label: "Los Angeles", organization: "Probation", preConversionUsers: null, reserved: 4 },
    ]);
    expect(guideTotals(result.version.rows)).toEqual({ preConversionUsers: 1281, reserved: 552 + 200 + 4 });
    // The version it came from is untouched.
    expect(reservedFor(guide, { lcsaLabelOrCounty: "San Diego", organization: "IV-A" }).reserved).toBe(100);
  });

  it("adds a county row for other third party users, and takes the guide's spelling of the county", () => {
    const result = nextGuideVersion(version1, [{ change: "add", label: "los angeles ", organization: null, preConversionUsers: null, reserved: 2 }]);
    if (!result.ok) throw new Error(result.reason);
    expect(result.version.rows[19]).toEqual({ lcsa: "los-angeles", label: "Los Angeles", organization: null, preConversionUsers: null, reserved: 2 });
    expect(reservedFor(result.version.rows, { lcsaLabelOrCounty: "Los Angeles", organization: "Probation" })).toEqual({
      reserved: 2,
      kind: "county",
      preConversionUsers: null,
    });
  });

  it("refuses numbers that are negative or not whole", () => {
    expect(nextGuideVersion(version1, [{ change: "reserve", label: "Alameda", organization: "IV-A", reserved: -1 }])).toEqual({
      ok: false,
      reason: "Reserved user accounts are a whole number of 0 or more: Alameda IV-A has -1.",
    });
    expect(nextGuideVersion(version1, [{ change: "reserve", label: "Fresno", organization: null, reserved: 1.5 }])).toEqual({
      ok: false,
      reason: "Reserved user accounts are a whole number of 0 or more: Fresno other third party users has 1.5.",
    });
    expect(nextGuideVersion(version1, [{ change: "add", label: "Kern", organization: "IV-A", preConversionUsers: -2, reserved: 3 }])).toEqual({
      ok: false,
      reason: "Pre-conversion users are a whole number of 0 or more: Kern IV-A has -2.",
    });
  });

  it("refuses a second row for one organization in one county, whatever its case", () => {
    expect(nextGuideVersion(version1, [{ change: "add", label: "Orange", organization: "da", preConversionUsers: null, reserved: 3 }])).toEqual({
      ok: false,
      reason: "The guide already has a row for Orange da.",
    });
    expect(nextGuideVersion(version1, [{ change: "add", label: "Fresno", organization: null, preConversionUsers: null, reserved: 3 }])).toEqual({
      ok: false,
      reason: "The guide already has a row for Fresno other third party users.",
    });
    expect(
      nextGuideVersion(version1, [
        { change: "add", label: "Kern", organization: "IV-A", preConversionUsers: null, reserved: 3 },
        { change: "add", label: "Kern", organization: "iv-a", preConversionUsers: null, reserved: 4 },
      ]),
    ).toEqual({ ok: false, reason: "The revision changes Kern iv-a more than once." });
    // The same organization in another county is another row.
    expect(nextGuideVersion(version1, [{ change: "add", label: "Kern", organization: "DA", preConversionUsers: null, reserved: 0 }]).ok).toBe(true);
  });

  it("refuses rows and counties the guide does not have", () => {
    expect(nextGuideVersion(version1, [{ change: "reserve", label: "Kern", organization: "IV-A", reserved: 3 }])).toEqual({
      ok: false,
      reason: "The guide has no row for Kern IV-A.",
    });
    expect(nextGuideVersion(version1, [{ change: "add", label: "Inyo", organization: "IV-A", preConversionUsers: null, reserved: 1 }])).toEqual({
      ok: false,
      reason: "The guide lists no county or LCSA named Inyo.",
    });
  });

  it("refuses a revision that changes nothing", () => {
    const nothing = { ok: false, reason: "The revision changes nothing in version 1 of the guide." };
    expect(nextGuideVersion(version1, [])).toEqual(nothing);
    expect(nextGuideVersion(version1, [{ change: "reserve", label: "Los Angeles", organization: "IV-E", reserved: 150 }])).toEqual(nothing);
  });
});

describe("the guide's totals", () => {
  it("sums the published table: 1,281 pre-conversion users and 552 reserved accounts", () => {
    expect(guideTotals(guide)).toEqual({ preConversionUsers: 1281, reserved: 552 });
  });

  it("counts blanks as none, and an empty table as nothing", () => {
    expect(guideTotals([])).toEqual({ preConversionUsers: 0, reserved: 0 });
    expect(guideTotals(guide.filter((row) => row.label === "Merced" || row.label === "Fresno"))).toEqual({ preConversionUsers: 38, reserved: 38 });
  });
});
