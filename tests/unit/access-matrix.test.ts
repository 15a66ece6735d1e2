import { describe, expect, it } from "vitest";
import { buildMatrix, matrixCsvRows, termInForce, termText, type MatrixInput } from "@/domain/access/matrix";
import { day } from "@/domain/calendar/day";

const counties = [
  { id: "c-yolo", name: "Yolo", lcsaId: "yolo", lcsaName: "Yolo" },
  { id: "c-inyo", name: "Inyo", lcsaId: "es", lcsaName: "Eastern Sierra" },
  { id: "c-mono", name: "Mono", lcsaId: "es", lcsaName: "Eastern Sierra" },
  { id: "c-alameda", name: "Alameda", lcsaId: "alameda", lcsaName: "Alameda" },
  { id: "c-extra", name: "Zeta", lcsaId: "zeta", lcsaName: "Zeta" },
];

const input: MatrixInput = {
  counties,
  // The guide's rows: Alameda, Eastern Sierra (twice: its own slot and Mono's), Yolo. Zeta is not in it.
  guideLcsaOrder: ["alameda", "es", "es", "yolo"],
  latest: [
    {
      organizationId: "o2",
      organization: "Mono Probation",
      countyId: "c-mono",
      approvedAccounts: 2,
      termStartsOn: day("2026-01-01"),
      termEndsOn: day("2026-12-31"),
      countersignedAt: new Date("2026-01-05T18:00:00Z"),
    },
    {
      organizationId: "o1",
      organization: "Mono IV-A",
      countyId: "c-mono",
      approvedAccounts: 3,
      termStartsOn: day("2025-07-01"),
      termEndsOn: day("2028-06-30"),
      countersignedAt: new Date("2025-06-30T23:30:00Z"),
    },
    {
      organizationId: "o3",
      organization: "Alameda DA",
      countyId: "c-alameda",
      approvedAccounts: 9,
      termStartsOn: day("2023-01-01"),
      termEndsOn: day("2026-11-30"),
      countersignedAt: new Date("2022-12-20T18:00:00Z"),
    },
  ],
  guide: { number: 2, publishedAt: new Date("2026-10-01T16:00:00Z") },
  today: day("2026-12-03"),
  readAt: new Date("2026-12-03T17:00:00Z"),
};

describe("buildMatrix", () => {
  const matrix = buildMatrix(input);

  it("groups counties by LCSA in the guide's order, then the LCSAs it does not list, naming only regional LCSAs", () => {
    expect(matrix.groups.map((group) => [group.lcsaName, group.region, group.counties.map((county) => county.name)])).toEqual([
      ["Alameda", null, ["Alameda"]],
      ["Eastern Sierra", "Eastern Sierra", ["Inyo", "Mono"]],
      ["Yolo", null, ["Yolo"]],
      ["Zeta", null, ["Zeta"]],
    ]);
  });

  it("lists the organizations in force by name, and leaves out a term that has ended", () => {
    expect(matrix.groups[1]!.counties[1]!.entries.map((entry) => [entry.organization, entry.approvedAccounts])).toEqual([
      ["Mono IV-A", 3],
      ["Mono Probation", 2],
    ]);
    expect(matrix.groups[0]!.counties[0]!.entries).toEqual([]);
    expect(matrix.organizations).toBe(2);
    expect(matrix.accounts).toBe(5);
  });

  it("was last updated when Alameda DA's term ended (midnight of Dec 1 in California), later than any countersignature", () => {
    expect(matrix.lastUpdatedAt).toEqual(new Date("2026-12-01T08:00:00Z"));
    expect(buildMatrix({ ...input, today: day("2026-11-30") }).lastUpdatedAt).toEqual(new Date("2026-01-05T18:00:00Z"));
    expect(buildMatrix({ ...input, latest: [] }).lastUpdatedAt).toBeNull();
  });

  it("writes the CSV rows: one per organization, one per county with none", () => {
    expect(matrixCsvRows(matrix)).toEqual([
      ["County", "LCSA", "User organization", "Approved user accounts", "Term starts", "Term ends", "Countersigned (California time)"],
      ["Alameda", "Alameda", "", "0", "", "", ""],
      ["Inyo", "Eastern Sierra", "", "0", "", "", ""],
      ["Mono", "Eastern Sierra", "Mono IV-A", "3", "Jul 1, 2025", "Jun 30, 2028", "2025-06-30 16:30 PDT"],
      ["Mono", "Eastern Sierra", "Mono Probation", "2", "Jan 1, 2026", "Dec 31, 2026", "2026-01-05 10:00 PST"],
      ["Yolo", "Yolo", "", "0", "", "", ""],
      ["Zeta", "Zeta", "", "0", "", "", ""],
    ]);
  });
});

describe("terms", () => {
  it("is in force through its last day", () => {
    expect(termInForce(day("2026-12-03"), day("2026-12-03"))).toBe(true);
    expect(termInForce(day("2026-12-02"), day("2026-12-03"))).toBe(false);
    expect(termInForce(null, day("2026-12-03"))).toBe(true);
  });

  it("reads as a sentence", () => {
    expect(termText("Jan 1, 2026", "Dec 31, 2028")).toBe("Jan 1, 2026 to Dec 31, 2028");
    expect(termText(null, "Dec 31, 2028")).toBe("until Dec 31, 2028");
    expect(termText(null, null)).toBe("");
  });
});
