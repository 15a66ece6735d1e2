/**
 * The User Account Allocation Guide (UAAG) of the Third Party Access Process, 1.6: how many
 * user accounts a version of the guide reserves for an organization, what the Process Owner
 * may approve against it, and the guide's next version (section 9).
 *
 * 1.6: "DCSS considered the number of user accounts made available to each organization in the
 * consortia systems and reserved a small number of user accounts for other third party users in
 * each county for allocation based on justifications provided by Requestors and LCSA Directors.
 * The table below is only a guideline. The Process Owner will consider all justifications
 * provided in each Application and recommendations from LCSA Directors in granting user accounts."
 */
import { countOf } from "@/lib/format";

/** One row of the guide, as prisma/data/allocation-guide.json holds them (extracted from 1.6). */
export interface GuideRow {
  /** The LCSA's code ("alameda", "central-sierra"). */
  lcsa: string;
  /** The county or regional LCSA as the table writes it ("Amador", "Eastern Sierra"). */
  label: string;
  /** The "User Organization" ("IV-A", "DA"), or null for the county's other third party users. */
  organization: string | null;
  /** "# of Pre conversion Users"; null where the table leaves it blank. */
  preConversionUsers: number | null;
  /** "Reserved for initial User Allocation #". */
  reserved: number;
}

export interface GuideVersion {
  /** 1 is the guide as the process document publishes it. */
  number: number;
  rows: readonly GuideRow[];
}

/** How names are compared: trimmed, any run of spaces as one, case ignored ("iv-a " is "IV-A"). */
function normalized(name: string | null): string {
  return (name ?? "").trim().replace(/\s+/g, " ").toLowerCase();
}

/** The organization as given, or null when none is named (blank counts as none). */
function organizationOf(name: string | null): string | null {
  const trimmed = (name ?? "").trim().replace(/\s+/g, " ");
  return trimmed === "" ? null : trimmed;
}

/** A row as a sentence names it: "Alameda IV-A", "Fresno other third party users". */
export function guideRowName(label: string, organization: string | null): string {
  return `${label.trim()} ${organizationOf(organization) ?? "other third party users"}`;
}

// ------------------------------------------------------------------ what the guide reserves

export type ReservationKind = "named" | "county" | "none";

export interface Reservation {
  reserved: number;
  /**
   * "named": the guide has a row for the organization in that county; "county": it has none,
   * and the county's unnamed row (1.6's "other third party users in each county") applies;
   * "none": the county has neither, and the guide reserves nothing.
   */
  kind: ReservationKind;
  preConversionUsers: number | null;
}

/**
 * What a version of the guide reserves for an organization in a county. The county is named as
 * the table's label names it: a county, or the regional LCSA written in a member's slot ("Eastern
 * Sierra"). Which county belongs to which regional LCSA is prisma/extract/regional-lcsas.ts's,
 * outside the domain: the caller asks by the label. A county whose table lists named
 * organizations only (Los Angeles, Butte, Merced) has no unnamed row, so another organization
 * there is reserved nothing ("none"); the Process Owner may still approve it (approvalRefusal).
 */
export function reservedFor(
  rows: readonly GuideRow[],
  { lcsaLabelOrCounty, organization }: { lcsaLabelOrCounty: string; organization: string | null },
): Reservation {
  const county = normalized(lcsaLabelOrCounty);
  const inCounty = rows.filter((row) => normalized(row.label) === county);
  const wanted = normalized(organization);
  const named = wanted === "" ? undefined : inCounty.find((row) => row.organization !== null && normalized(row.organization) === wanted);
  if (named) return { reserved: named.reserved, kind: "named", preConversionUsers: named.preConversionUsers };
  const unnamed = inCounty.find((row) => organizationOf(row.organization) === null);
  if (unnamed) return { reserved: unnamed.reserved, kind: "county", preConversionUsers: unnamed.preConversionUsers };
  return { reserved: 0, kind: "none", preConversionUsers: null };
}

// ------------------------------------------------------------------ the Process Owner's approval

/** The most user accounts one approval may grant: the product's ceiling, not the document's (its largest row is 800). */
export const MAX_APPROVED_ACCOUNTS = 10_000;
/** A justification for approving beyond the guide has at least this many characters, trimmed (the product's rule). */
export const MIN_JUSTIFICATION_LENGTH = 20;

export interface ApprovalInput {
  /** Who the accounts are for, as the sentence names them ("Alameda IV-A": guideRowName). */
  requestor: string;
  /** The number of user accounts the application asks for. */
  requested: number;
  /** The number the Process Owner approves. */
  approved: number;
  /** What the guide reserves for the organization (reservedFor). */
  reserved: number;
  justification: string;
  /** The Process Owner's explicit choice to approve beyond the guide. */
  override: boolean;
}

/**
 * Why the Process Owner may not approve that number of user accounts, or null. 1.5: the
 * Process Owner "Determines number of users accounts to be authorized for each Requestor".
 * The guide does not bind them (1.6: "The table below is only a guideline"), but going beyond
 * it is a decision of its own. Section 4, on the conditional approval: "Action may be delayed if
 * number of users requested exceeds UAAG and justification for additional users must be
 * approved". So approving more than the guide reserves takes a written justification and an
 * explicit override (the product's form of that approval).
 */
export function approvalRefusal({ requestor, requested, approved, reserved, justification, override }: ApprovalInput): string | null {
  if (!Number.isInteger(approved) || approved < 1) return "The number of user accounts approved is a whole number of at least 1.";
  if (approved > MAX_APPROVED_ACCOUNTS) return `At most ${countOf(MAX_APPROVED_ACCOUNTS, "user account")} may be approved at once.`;
  // The product's rule: the application's justification speaks for the number it asks, no more.
  if (approved > requested) return `The application asks for ${countOf(requested, "user account")}; approve at most that many.`;
  if (approved <= reserved) return null;
  const justified = justification.trim().length >= MIN_JUSTIFICATION_LENGTH;
  if (justified && override) return null;
  const missing = [
    justified ? null : justification.trim() === "" ? "a written justification" : `a written justification of at least ${MIN_JUSTIFICATION_LENGTH} characters`,
    override ? null : "the override",
  ].filter((part) => part !== null);
  return `The guide reserves ${countOf(reserved, "user account")} for ${requestor}; approving ${approved.toLocaleString("en-US")} needs ${missing.join(" and ")}.`;
}

// ------------------------------------------------------------------ the guide's versions

export type GuideRevision =
  /** A new reserved number for a row the guide has. */
  | { change: "reserve"; label: string; organization: string | null; reserved: number }
  /** A new row for an organization (or the county's other third party users) in a county the guide lists. */
  | { change: "add"; label: string; organization: string | null; preConversionUsers: number | null; reserved: number };

export type GuideVersionResult = { ok: true; version: GuideVersion } | { ok: false; reason: string };

const isCount = (value: number) => Number.isInteger(value) && value >= 0;
const sameRow = (row: GuideRow, label: string, organization: string | null) =>
  normalized(row.label) === normalized(label) && normalized(row.organization) === normalized(organization);

/**
 * The guide's next version with the revisions applied, or why not. Section 9: "If the Process
 * Owner determines that additional user accounts can be made available to third party
 * organizations, the Process Owner will update the UAAG and notify LCSA Directors of additional
 * reserved user accounts." Refused: a number that is not a whole number of 0 or more, a row the
 * guide does not have (or a county it does not list), a second row for one organization in one
 * county, the same row revised twice, and a revision that changes nothing. An added row follows
 * the county's last row, and takes the county's LCSA and its label as the guide writes it.
 */
export function nextGuideVersion(current: GuideVersion, revisions: readonly GuideRevision[]): GuideVersionResult {
  const rows = [...current.rows];
  const revised = new Set<string>();
  for (const revision of revisions) {
    const name = guideRowName(revision.label, revision.organization);
    if (!isCount(revision.reserved)) return refuse(`Reserved user accounts are a whole number of 0 or more: ${name} has ${revision.reserved}.`);
    const key = `${normalized(revision.label)}|${normalized(revision.organization)}`;
    if (revised.has(key)) return refuse(`The revision changes ${name} more than once.`);
    revised.add(key);
    if (revision.change === "reserve") {
      const index = rows.findIndex((row) => sameRow(row, revision.label, revision.organization));
      if (index < 0) return refuse(`The guide has no row for ${name}.`);
      rows[index] = { ...rows[index]!, reserved: revision.reserved };
      continue;
    }
    if (revision.preConversionUsers !== null && !isCount(revision.preConversionUsers)) {
      return refuse(`Pre-conversion users are a whole number of 0 or more: ${name} has ${revision.preConversionUsers}.`);
    }
    const last = rows.findLastIndex((row) => normalized(row.label) === normalized(revision.label));
    if (last < 0) return refuse(`The guide lists no county or LCSA named ${revision.label.trim()}.`);
    if (rows.some((row) => sameRow(row, revision.label, revision.organization))) return refuse(`The guide already has a row for ${name}.`);
    const county = rows[last]!;
    const added = {
      lcsa: county.lcsa,
      label: county.label,
      organization: organizationOf(revision.organization),
      preConversionUsers: revision.preConversionUsers,
      reserved: revision.reserved,
    };
    rows.splice(last + 1, 0, added);
  }
  const changed = rows.length !== current.rows.length || rows.some((row, index) => row.reserved !== current.rows[index]!.reserved);
  if (!changed) return refuse(`The revision changes nothing in version ${current.number} of the guide.`);
  return { ok: true, version: { number: current.number + 1, rows } };
}

function refuse(reason: string): GuideVersionResult {
  return { ok: false, reason };
}

/** The table's sums: pre-conversion users (blanks count as none) and reserved accounts. */
export function guideTotals(rows: readonly GuideRow[]): { preConversionUsers: number; reserved: number } {
  return {
    preConversionUsers: rows.reduce((sum, row) => sum + (row.preConversionUsers ?? 0), 0),
    reserved: rows.reduce((sum, row) => sum + row.reserved, 0),
  };
}
