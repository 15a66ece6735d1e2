/**
 * The Approved User Account Matrix of the Third Party Access Process: Appendix D ("COUNTY, USER
 * ORGANIZATION, APPROVED USER ACCOUNTS, TERM"), and section 5 item 2: "The Matrix of authorized
 * users that each Requestor is granted … is available to interested persons from all
 * organizations". 6.9 item 2: at the countersignature the Process Manager "Updates the online
 * Matrix": here it is read from the applications themselves, so it is current the moment the
 * countersignature is recorded.
 *
 * Pure: the rows come in, `today` (a California day) and the time of reading are passed.
 */
import { californiaStamp } from "@/domain/calendar/california-time";
import { addDays, californiaDayStart, type Day } from "@/domain/calendar/day";
import { formatDay } from "@/lib/format";

export interface MatrixCounty {
  id: string;
  name: string;
  lcsaId: string;
  lcsaName: string;
}

/** An organization's latest countersigned application in force or not (the query keeps one per organization). */
export interface MatrixApplication {
  organizationId: string;
  organization: string;
  countyId: string;
  approvedAccounts: number;
  termStartsOn: Day | null;
  termEndsOn: Day | null;
  countersignedAt: Date;
}

export interface MatrixInput {
  counties: readonly MatrixCounty[];
  /** The LCSAs in the order the guide in force lists them (its rows' order, first appearance). */
  guideLcsaOrder: readonly string[];
  /** Per organization, its latest countersigned ACTIVE application: a renewal supersedes its predecessor. */
  latest: readonly MatrixApplication[];
  guide: { number: number; publishedAt: Date } | null;
  today: Day;
  /** When the rows were read. */
  readAt: Date;
}

export interface MatrixEntry {
  organizationId: string;
  organization: string;
  approvedAccounts: number;
  termStartsOn: Day | null;
  termEndsOn: Day | null;
  countersignedAt: Date;
}

export interface MatrixCountyRow {
  id: string;
  name: string;
  entries: MatrixEntry[];
}

/** One LCSA as the guide lists it; `region` is its name when it serves several counties ("Central Sierra"), else null. */
export interface MatrixGroup {
  lcsaId: string;
  lcsaName: string;
  region: string | null;
  counties: MatrixCountyRow[];
}

export interface Matrix {
  groups: MatrixGroup[];
  organizations: number;
  accounts: number;
  /** The last change of what the matrix shows: a countersignature, or a term that has since ended; null if neither ever happened. */
  lastUpdatedAt: Date | null;
  guide: { number: number; publishedAt: Date } | null;
  readAt: Date;
}

/** A term is in force through its last day (a term with no end recorded has not ended). */
export function termInForce(termEndsOn: Day | null, today: Day): boolean {
  return termEndsOn === null || termEndsOn >= today;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "en-US");

/**
 * Every county (all of them, with or without approved accounts), grouped by the LCSA that serves
 * it in the order the allocation guide lists the LCSAs (1.6: a regional LCSA in one member's
 * slot); LCSAs the guide does not list follow, by name. Within a county, organizations by name.
 */
export function buildMatrix({ counties, guideLcsaOrder, latest, guide, today, readAt }: MatrixInput): Matrix {
  const inForce = latest.filter((application) => termInForce(application.termEndsOn, today));
  const entriesOf = new Map<string, MatrixEntry[]>();
  for (const { countyId, ...entry } of inForce) {
    const list = entriesOf.get(countyId) ?? [];
    list.push(entry);
    entriesOf.set(countyId, list);
  }

  const lcsas = new Map<string, { name: string; counties: MatrixCounty[] }>();
  for (const county of counties) {
    const lcsa = lcsas.get(county.lcsaId) ?? { name: county.lcsaName, counties: [] };
    lcsa.counties.push(county);
    lcsas.set(county.lcsaId, lcsa);
  }
  const rank = new Map<string, number>();
  for (const lcsaId of guideLcsaOrder) if (!rank.has(lcsaId)) rank.set(lcsaId, rank.size);
  const order = [...lcsas.entries()].sort(([a, left], [b, right]) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || byName(left, right));

  const groups = order.map(([lcsaId, lcsa]) => ({
    lcsaId,
    lcsaName: lcsa.name,
    region: lcsa.counties.length > 1 ? lcsa.name : null,
    counties: [...lcsa.counties].sort(byName).map((county) => ({
      id: county.id,
      name: county.name,
      entries: (entriesOf.get(county.id) ?? []).sort((a, b) => a.organization.localeCompare(b.organization, "en-US")),
    })),
  }));

  return {
    groups,
    organizations: inForce.length,
    accounts: inForce.reduce((sum, entry) => sum + entry.approvedAccounts, 0),
    lastUpdatedAt: lastUpdated(latest, today),
    guide,
    readAt,
  };
}

/**
 * When the matrix last changed: the latest countersignature, or the latest end of a term that
 * has since ended (a term ending on a day leaves the matrix when the next day begins in California).
 */
function lastUpdated(latest: readonly MatrixApplication[], today: Day): Date | null {
  let last: Date | null = null;
  for (const application of latest) {
    const ended =
      application.termEndsOn !== null && !termInForce(application.termEndsOn, today) ? californiaDayStart(addDays(application.termEndsOn, 1)) : null;
    for (const moment of [application.countersignedAt, ended]) if (moment && (!last || moment > last)) last = moment;
  }
  return last;
}

/** A term as a sentence reads it, from its days formatted by the caller: "Jan 1, 2026 to Dec 31, 2028". */
export function termText(starts: string | null, ends: string | null): string {
  if (starts && ends) return `${starts} to ${ends}`;
  if (ends) return `until ${ends}`;
  if (starts) return `from ${starts}`;
  return "";
}

export const MATRIX_CSV_HEADER = [
  "County",
  "LCSA",
  "User organization",
  "Approved user accounts",
  "Term starts",
  "Term ends",
  "Countersigned (California time)",
] as const;

/**
 * The matrix as the CSV download's rows, the header first: one row per organization in force,
 * and one per county with none (no organization, 0 accounts), in the page's order. Days as the
 * page writes them, the countersignature in California time with its zone.
 */
export function matrixCsvRows(matrix: Matrix): string[][] {
  const rows: string[][] = [[...MATRIX_CSV_HEADER]];
  for (const group of matrix.groups) {
    for (const county of group.counties) {
      if (county.entries.length === 0) rows.push([county.name, group.lcsaName, "", "0", "", "", ""]);
      for (const entry of county.entries) {
        rows.push([
          county.name,
          group.lcsaName,
          entry.organization,
          String(entry.approvedAccounts),
          entry.termStartsOn ? formatDay(entry.termStartsOn) : "",
          entry.termEndsOn ? formatDay(entry.termEndsOn) : "",
          californiaStamp(entry.countersignedAt),
        ]);
      }
    }
  }
  return rows;
}
