import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  assignLcsas,
  parseAllocationTable,
  parseArsCounties,
  parseCasesMembership,
  parseComponents,
  parseConsortia,
  parseCountyTotal,
  parseMatrixTemplateNames,
  type AllocationRow,
  type Component,
  type County,
  type Lcsa,
  type ReferenceInput,
} from "../../prisma/extract/reference-data.js";
import { extractAll, toJson } from "../../prisma/extract/run.js";

const DATA_DIR = resolve(process.cwd(), "prisma/data");
const SEEDS_DIR = resolve(process.cwd(), process.env.SEEDS_DIR ?? "../shared/seeds");
const FILES = ["counties.json", "lcsas.json", "allocation-guide.json", "ccsas-components.json", "consortia.json"];

const rawFile = (file: string): string => readFileSync(resolve(DATA_DIR, file), "utf8");
const load = <T>(file: string): T => JSON.parse(rawFile(file)) as T;

describe("committed reference data", () => {
  const counties = load<County[]>("counties.json");
  const lcsas = load<Lcsa[]>("lcsas.json");
  const allocation = load<AllocationRow[]>("allocation-guide.json");
  const components = load<Component[]>("ccsas-components.json");
  const casesLcsas = lcsas.filter((lcsa) => lcsa.consortium === "CASES");

  it("has 58 unique counties", () => {
    expect(counties).toHaveLength(58);
    expect(new Set(counties.map((county) => county.name)).size).toBe(58);
  });

  it("serves every county by exactly one LCSA, consistently in both files", () => {
    const served = lcsas.flatMap((lcsa) => lcsa.counties);
    expect([...served].sort()).toEqual(counties.map((county) => county.name).sort());
    for (const county of counties) {
      const lcsa = lcsas.find((candidate) => candidate.counties.includes(county.name));
      expect(lcsa?.code).toBe(county.lcsa);
      expect(lcsa?.consortium).toBe(county.consortium);
    }
    expect(new Set(lcsas.map((lcsa) => lcsa.code)).size).toBe(lcsas.length);
  });

  it("puts Los Angeles, Orange and San Diego in ARS and the other 55 counties in CASES", () => {
    const ars = counties.filter((county) => county.consortium === "ARS").map((county) => county.name);
    expect(ars).toEqual(["Los Angeles", "Orange", "San Diego"]);
    expect(lcsas.filter((lcsa) => lcsa.consortium === "ARS").map((lcsa) => lcsa.code)).toEqual(["los-angeles", "orange", "san-diego"]);
    expect(casesLcsas.flatMap((lcsa) => lcsa.counties)).toHaveLength(55);
  });

  it("uses every demo caseload category 1..6 among CASES LCSAs, several times each", () => {
    for (let category = 1; category <= 6; category++) {
      const count = casesLcsas.filter((lcsa) => lcsa.caseloadCategory === category).length;
      expect(count, `category ${category}`).toBeGreaterThanOrEqual(2);
    }
    expect(lcsas.every((lcsa) => lcsa.caseloadCategoryIsDemo === true)).toBe(true);
    // Governance plan 1.2: "San Bernardino and Riverside LCSA are the two largest LCSA now using CASES".
    const largest = casesLcsas.filter((lcsa) => lcsa.caseloadCategory === 6).map((lcsa) => lcsa.code);
    expect(largest).toEqual(expect.arrayContaining(["san-bernardino", "riverside"]));
  });

  it("has the regional LCSAs with their member counties", () => {
    const members = (code: string): string[] | undefined => lcsas.find((lcsa) => lcsa.code === code)?.counties;
    expect(members("eastern-sierra")).toEqual(["Inyo", "Mono"]);
    expect(members("siskiyou-modoc")).toEqual(["Modoc", "Siskiyou"]);
    expect(members("sierra-nevada")).toEqual(["Nevada", "Sierra"]);
    expect(members("santa-cruz-san-benito")).toEqual(["San Benito", "Santa Cruz"]);
    expect(members("central-sierra")).toEqual(["Alpine", "Amador", "Calaveras", "Tuolumne"]);
  });

  // Issue 12, fidelity 1. Governance plan 1.5 Definitions: "ARS ACES Replacement System; the
  // software application …" and "CASES Computer Assisted Support Enforcement System; …".
  it("names the consortia's systems as the plan's definitions do", () => {
    const consortia = existsSync(resolve(DATA_DIR, "consortia.json")) ? load<{ code: string; system: string }[]>("consortia.json") : [];
    expect(consortia.map(({ code, system }) => ({ code, system }))).toEqual([
      { code: "ARS", system: "ACES Replacement System" },
      { code: "CASES", system: "Computer Assisted Support Enforcement System" },
    ]);
  });

  it("lists the CCSAS components in document order", () => {
    expect(components.map((component) => component.code)).toEqual(["CSE", "SDU", "WAN", "IDB", "CSR", "ARS", "CASES"]);
    expect(components[0]?.owner).toBe("Business Partner-Alliance, under contract to FTB");
  });

  it("has allocation rows that reference existing LCSAs", () => {
    const codes = new Set(lcsas.map((lcsa) => lcsa.code));
    for (const row of allocation) expect(codes.has(row.lcsa), row.label).toBe(true);
    const row = (label: string, organization: string | null) =>
      allocation.find((candidate) => candidate.label === label && candidate.organization === organization);
    expect(row("Los Angeles", "IV-E")).toMatchObject({ lcsa: "los-angeles", preConversionUsers: 150, reserved: 150 });
    expect(row("San Diego", "IV-A")).toMatchObject({ preConversionUsers: 800, reserved: 100 });
    expect(row("Mono", null)?.lcsa).toBe("eastern-sierra");
    expect(allocation.some((candidate) => candidate.label === "Central Sierra")).toBe(false);
  });
});

const seedsMissing = !existsSync(SEEDS_DIR);
const extractionTitle = seedsMissing
  ? `extraction from the source documents (skipped: no seeds directory at ${SEEDS_DIR})`
  : "extraction from the source documents";

describe.skipIf(seedsMissing)(extractionTitle, () => {
  it("reproduces the committed JSON byte for byte", () => {
    const extracted = extractAll(SEEDS_DIR);
    expect(Object.keys(extracted).sort()).toEqual([...FILES].sort());
    for (const file of FILES) {
      expect(extracted[file], file).toEqual(load(file));
      expect(toJson(extracted[file]), file).toBe(rawFile(file));
    }
  });

  it("reads the stated consortium sizes from the governance plan", () => {
    const governance = readFileSync(resolve(SEEDS_DIR, "000_7148d2c3b2137c0d.txt"), "utf8");
    // July 2005 figure; the 2008 regional LCSAs bring CASES to 48 LCSAs (see regional-lcsas.ts).
    expect(parseCasesMembership(governance)).toEqual({ lcsas: 52, counties: 55 });
  });
});

describe("document parsers on inline snippets", () => {
  const allocationText = [
    "1.6 USER ACCOUNT ALLOCATION GUIDE.....\t6",
    "2. APPROVAL CRITERIA FOR GRANTING THIRD PARTY ACCESS\t8",
    "",
    "1.6 User Account Allocation Guide",
    "",
    "DCSS considered the number of user accounts made available to each organization.",
    "",
    "County\tUser Organization\t# of Pre conversion Users\tReserved for initial User Allocation #",
    "Alameda\tIV-A\t5\t5",
    "Amador\t\t\t1",
    "Los Angeles\tIV-A\t22\t22",
    "\tIV-E\t150\t150",
    "",
    "County\tUser Organization\t# of Pre conversion Users\tReserved for initial User Allocation #",
    "\tChild Abduction\t1\t0",
    "Eastern Sierra\t\t\t1",
    "Mono\t\t\t1",
    "",
    "2. APPROVAL CRITERIA FOR GRANTING THIRD PARTY ACCESS",
    "",
    "1. LCSA Director identifies the Requestor.",
    "",
    "Appendix D SAMPLE APPROVED USER ACCOUNT MATRIX",
    "",
    "COUNTY\tUSER ORGANIZATION\tAPPROVED USER ACCOUNTS\tTERM",
    "Alameda\t\t\t",
    "Central Sierra\t\t\t",
    "Amador\t\t\t",
    "Alameda\t\t\t",
  ].join("\n");

  it("parses the allocation table across a page break, carrying the county into continuation rows", () => {
    expect(parseAllocationTable(allocationText)).toEqual([
      { label: "Alameda", organization: "IV-A", preConversionUsers: 5, reserved: 5 },
      { label: "Amador", organization: null, preConversionUsers: null, reserved: 1 },
      { label: "Los Angeles", organization: "IV-A", preConversionUsers: 22, reserved: 22 },
      { label: "Los Angeles", organization: "IV-E", preConversionUsers: 150, reserved: 150 },
      { label: "Los Angeles", organization: "Child Abduction", preConversionUsers: 1, reserved: 0 },
      { label: "Eastern Sierra", organization: null, preConversionUsers: null, reserved: 1 },
      { label: "Mono", organization: null, preConversionUsers: null, reserved: 1 },
    ]);
  });

  it("rejects a malformed allocation row", () => {
    const broken = allocationText.replace("Amador\t\t\t1", "Amador\t\t\tone");
    expect(() => parseAllocationTable(broken)).toThrow(/Expected a number/);
  });

  it("reads the Appendix D template names only as names", () => {
    expect(parseMatrixTemplateNames(allocationText)).toEqual(["Alameda", "Central Sierra", "Amador"]);
  });

  it("parses component owners wrapped across lines and a repeated header", () => {
    const text = [
      "3.1.3 CCSAS Change Control Board ",
      "When either consortium proposes to implement a software modification that impacts ",
      " ",
      "CCSAS Component Organization ",
      "",
      "CSE Business Partner-Alliance, under ",
      "contract to FTB ",
      "",
      "IDB DCSS ",
      " CCSAS Component Organization ",
      "",
      "ARS ARS Consortium (3 counties) ",
      " ",
      "Note: A change request that proposes any changes to data elements ",
    ].join("\n");
    expect(parseComponents(text)).toEqual([
      { code: "CSE", owner: "Business Partner-Alliance, under contract to FTB" },
      { code: "IDB", owner: "DCSS" },
      { code: "ARS", owner: "ARS Consortium (3 counties)" },
    ]);
  });

  it("reads each consortium's system from the definitions table, wherever its lines wrap", () => {
    const snippet = [
      "1.5 Definitions",
      "",
      "ARS ACES Replacement System; the software application or",
      "automated system used by the consortium.",
      "CASES Computer Assisted Support",
      "Enforcement System; the software application or automated system",
    ].join("\n");
    expect(parseConsortia(snippet)).toEqual([
      { code: "ARS", system: "ACES Replacement System" },
      { code: "CASES", system: "Computer Assisted Support Enforcement System" },
    ]);
    expect(() => parseConsortia("1.5 Definitions\nARS is a consortium.")).toThrow(/no definition of ARS/);
  });

  it("reads consortium membership and the county total from wrapped prose", () => {
    expect(parseArsCounties("selected.  The ARS members (Los \nAngeles, Orange, San Diego) had")).toEqual(["Los Angeles", "Orange", "San Diego"]);
    expect(parseCasesMembership("As \nof July 2005, the CASES consortium has 52 member LCSAs (55 counties) and")).toEqual({
      lcsas: 52,
      counties: 55,
    });
    expect(parseCountyTotal("There are 58 counties, which are divided into 6 geographic regions.")).toBe(58);
  });

  describe("LCSA assignment", () => {
    const input: ReferenceInput = {
      allocation: parseAllocationTable(allocationText),
      matrixNames: parseMatrixTemplateNames(allocationText),
      arsCounties: ["Los Angeles"],
      countyTotal: 6,
      regionalMembers: {
        "Central Sierra": ["Alpine", "Amador"],
        "Eastern Sierra": ["Inyo", "Mono"],
        "Unused Regional": ["Nowhere"], // not named in the documents, so ignored
      },
      population: {},
    };

    it("serves a county named on its own and inside a regional LCSA by the regional LCSA", () => {
      // Central Sierra is named only in the Appendix D template, Amador on its own in the table.
      expect(Object.fromEntries(assignLcsas(input))).toEqual({
        Alameda: "Alameda",
        Alpine: "Central Sierra",
        Amador: "Central Sierra",
        Inyo: "Eastern Sierra",
        "Los Angeles": "Los Angeles",
        Mono: "Eastern Sierra",
      });
    });

    it("refuses an Appendix D name that is neither a table entry nor a known regional LCSA", () => {
      const { "Central Sierra": _ignored, ...rest } = input.regionalMembers;
      expect(() => assignLcsas({ ...input, regionalMembers: rest })).toThrow(/Central Sierra/);
    });

    it("refuses a county count that disagrees with the documents", () => {
      expect(() => assignLcsas({ ...input, countyTotal: 58 })).toThrow(/Derived 6 counties, the documents state 58/);
    });
  });
});
