/**
 * Reference data derived from the source documents: counties, LCSAs, the user account allocation
 * guide and the CCSAS components. Pure functions over document text and parsed rows (no I/O).
 */
import { assignDemoCaseloadCategories } from "./caseload-demo.js";
import { compareText, toCode, unique } from "./text-utils.js";
import type { AllocationRow, Consortium, County, Lcsa, ReferenceInput } from "./types.js";

export type * from "./types.js";
export { parseAllocationTable, parseMatrixTemplateNames } from "./parse-third-party-access.js";
export { parseArsCounties, parseCasesMembership, parseComponents, parseConsortia } from "./parse-governance-plan.js";
export { parseCountyTotal } from "./parse-cws-cms-guide.js";

/** Regional LCSA names (from the editorial table) that the documents actually name. */
function documentedRegionalNames(input: ReferenceInput): Set<string> {
  const named = new Set([...input.allocation.map((row) => row.label), ...input.matrixNames]);
  return new Set(Object.keys(input.regionalMembers).filter((name) => named.has(name)));
}

/**
 * County name -> name of the LCSA serving it. A county named on its own in the allocation table is its
 * own LCSA, unless it is also a member of a documented regional LCSA. Then the regional LCSA serves it
 * (see regional-lcsas.ts for why). Throws unless exactly `countyTotal` counties result. CWS/CMS guide:
 * "There are 58 counties".
 */
export function assignLcsas(input: ReferenceInput): Map<string, string> {
  const regional = documentedRegionalNames(input);
  const assignment = new Map<string, string>();
  for (const lcsa of regional) {
    for (const county of input.regionalMembers[lcsa] ?? []) {
      const prior = assignment.get(county);
      if (prior) throw new Error(`County "${county}" is in two regional LCSAs: ${prior}, ${lcsa}`);
      assignment.set(county, lcsa);
    }
  }
  const labels = unique(input.allocation.map((row) => row.label));
  for (const label of labels) {
    if (!regional.has(label) && !assignment.has(label)) assignment.set(label, label);
  }
  const unknown = input.matrixNames.filter((name) => !labels.includes(name) && !regional.has(name));
  if (unknown.length > 0) throw new Error(`Appendix D names not otherwise known: ${unknown.join(", ")}`);
  if (assignment.size !== input.countyTotal) {
    throw new Error(`Derived ${assignment.size} counties, the documents state ${input.countyTotal}`);
  }
  return assignment;
}

/**
 * Governance plan 1.1: "The ARS members (Los Angeles, Orange, San Diego)". Every other county uses
 * CASES. Component table: "CASES Consortium (55 counties)".
 */
function consortiumOf(county: string, input: ReferenceInput): Consortium {
  return input.arsCounties.includes(county) ? "ARS" : "CASES";
}

/** The counties, sorted by name, each with its consortium and the code of the LCSA serving it. */
export function buildCounties(input: ReferenceInput): County[] {
  const assignment = assignLcsas(input);
  const missingArs = input.arsCounties.filter((county) => !assignment.has(county));
  if (missingArs.length > 0) throw new Error(`ARS counties not in the county list: ${missingArs.join(", ")}`);
  return [...assignment]
    .map(([name, lcsa]) => ({ name, consortium: consortiumOf(name, input), lcsa: toCode(lcsa) }))
    .sort((a, b) => compareText(a.name, b.name));
}

/** The LCSAs sorted by code, with member counties and a demo caseload size category. */
export function buildLcsas(input: ReferenceInput): Lcsa[] {
  const assignment = assignLcsas(input);
  const extra = Object.keys(input.population).filter((county) => !assignment.has(county));
  if (extra.length > 0) throw new Error(`Population table has counties not derived: ${extra.join(", ")}`);
  const byName = new Map<string, string[]>();
  for (const [county, lcsa] of assignment) {
    byName.set(lcsa, [...(byName.get(lcsa) ?? []), county]);
  }
  const lcsas = [...byName].map(([name, counties]) => {
    const consortia = unique(counties.map((county) => consortiumOf(county, input)));
    const [consortium] = consortia;
    if (consortia.length !== 1 || !consortium) {
      throw new Error(`LCSA "${name}" spans consortia: ${consortia.join(", ")}`);
    }
    return { code: toCode(name), name, consortium, counties: [...counties].sort(compareText) };
  });
  const categories = assignDemoCaseloadCategories(lcsas, input.population);
  return lcsas
    .map((lcsa) => {
      const caseloadCategory = categories.get(lcsa.code);
      if (caseloadCategory === undefined) throw new Error(`No caseload category for "${lcsa.code}"`);
      return { ...lcsa, caseloadCategory, caseloadCategoryIsDemo: true as const };
    })
    .sort((a, b) => compareText(a.code, b.code));
}

/** The allocation rows in document order, each attributed to the code of the LCSA it belongs to. */
export function buildAllocationGuide(input: ReferenceInput): AllocationRow[] {
  const assignment = assignLcsas(input);
  const regional = documentedRegionalNames(input);
  return input.allocation.map((row) => {
    const lcsa = regional.has(row.label) ? row.label : assignment.get(row.label);
    if (!lcsa) throw new Error(`Allocation row "${row.label}" matches no LCSA`);
    return { lcsa: toCode(lcsa), ...row };
  });
}
