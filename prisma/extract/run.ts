/**
 * Extracts the reference data from the source documents and writes prisma/data/*.json.
 *
 *   npx tsx prisma/extract/run.ts          # reads ../shared/seeds (relative to the repo root)
 *   SEEDS_DIR=/path/to/seeds npx tsx prisma/extract/run.ts   # relative paths resolve from the repo root
 *
 * Deterministic: the same documents always give byte-identical files (tests/unit/reference-data.test.ts
 * re-runs extractAll and compares with the committed JSON).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { APPROX_POPULATION_2000_THOUSANDS } from "./caseload-demo.js";
import {
  buildAllocationGuide,
  buildCounties,
  buildLcsas,
  parseAllocationTable,
  parseArsCounties,
  parseCasesMembership,
  parseComponents,
  parseConsortia,
  parseCountyTotal,
  parseMatrixTemplateNames,
  type ReferenceInput,
} from "./reference-data.js";
import { REGIONAL_LCSA_MEMBERS } from "./regional-lcsas.js";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const DATA_DIR = join(REPO_ROOT, "prisma/data");

/** The source documents this script reads (see seeds/README.md). */
export const SOURCES = {
  governancePlan: "000_7148d2c3b2137c0d.txt",
  thirdPartyAccess: "002_7a3e1b34df2f1488.txt",
  cwsCmsGuide: "004_f0d74a95c7516613.txt",
} as const;

export function defaultSeedsDir(): string {
  return resolve(REPO_ROOT, process.env.SEEDS_DIR ?? "../shared/seeds");
}

/** Output file name (in prisma/data) -> data, extracted from the documents in `seedsDir`. */
export function extractAll(seedsDir: string): Record<string, unknown> {
  const read = (file: string): string => readFileSync(join(seedsDir, file), "utf8");
  const governance = read(SOURCES.governancePlan);
  const thirdParty = read(SOURCES.thirdPartyAccess);
  const input: ReferenceInput = {
    allocation: parseAllocationTable(thirdParty),
    matrixNames: parseMatrixTemplateNames(thirdParty),
    arsCounties: parseArsCounties(governance),
    countyTotal: parseCountyTotal(read(SOURCES.cwsCmsGuide)),
    regionalMembers: REGIONAL_LCSA_MEMBERS,
    population: APPROX_POPULATION_2000_THOUSANDS,
  };
  return {
    "counties.json": buildCounties(input),
    "lcsas.json": buildLcsas(input),
    "allocation-guide.json": buildAllocationGuide(input),
    "ccsas-components.json": parseComponents(governance),
    "consortia.json": parseConsortia(governance),
  };
}

/** Pretty-printed JSON as committed: 2-space indent, trailing newline. */
export function toJson(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

function main(): void {
  const seedsDir = defaultSeedsDir();
  if (!existsSync(seedsDir)) {
    console.error(`Seeds directory not found: ${seedsDir}\nSet SEEDS_DIR to the folder holding the source documents.`);
    process.exit(1);
  }
  const missing = Object.values(SOURCES).filter((file) => !existsSync(join(seedsDir, file)));
  if (missing.length > 0) {
    console.error(`Missing source documents in ${seedsDir}: ${missing.join(", ")}`);
    process.exit(1);
  }
  mkdirSync(DATA_DIR, { recursive: true });
  for (const [file, data] of Object.entries(extractAll(seedsDir))) {
    writeFileSync(join(DATA_DIR, file), toJson(data));
    console.log(`wrote prisma/data/${file} (${Array.isArray(data) ? data.length : 1} entries)`);
  }
  const stated = parseCasesMembership(readFileSync(join(seedsDir, SOURCES.governancePlan), "utf8"));
  console.log(
    `note: governance plan states CASES = ${stated.lcsas} LCSAs (${stated.counties} counties) as of July 2005;` +
      " see prisma/extract/regional-lcsas.ts for the 2008 reconciliation.",
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
