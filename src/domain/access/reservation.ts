/**
 * How an application finds its row in the User Account Allocation Guide (Third Party Access
 * Process 1.6): which label of the table its county is written under, and whether the
 * organization the LCSA Director names is one the table lists. What a row reserves and what the
 * Process Owner may approve against it are src/domain/access/allocation.ts's.
 */
import { guideRowName, type GuideRow } from "@/domain/access/allocation";

const normalized = (name: string | null) => (name ?? "").trim().replace(/\s+/g, " ").toLowerCase();

/**
 * The label the guide writes a county under: the county's own name when the table has a row of
 * that name ("Los Angeles", "Mono"), otherwise its regional LCSA's name where the table writes
 * that instead ("Eastern Sierra" for Inyo, "Siskiyou/Modoc" for Modoc). A county the table names
 * in neither way keeps its own name, and the guide reserves nothing for it.
 */
export function guideLabelFor(rows: readonly Pick<GuideRow, "label">[], county: string, lcsa: string): string {
  if (rows.some((row) => normalized(row.label) === normalized(county))) return county;
  const regional = rows.find((row) => normalized(row.label) === normalized(lcsa));
  return regional ? regional.label : county;
}

/**
 * The organization as the guide names it, when the name the Director typed is one of the
 * county's rows: "IV-E" or "Los Angeles IV-E" are both the guide's "Los Angeles IV-E" (the name
 * reference data gives the guide's organizations), with "IV-E" as its guide organization.
 * Null when the table lists no such organization in that county.
 */
export function guideOrganizationFor(
  rows: readonly Pick<GuideRow, "label" | "organization">[],
  label: string,
  typed: string,
): { name: string; guideOrganization: string } | null {
  const wanted = normalized(typed);
  for (const row of rows) {
    if (!row.organization || normalized(row.label) !== normalized(label)) continue;
    const name = guideRowName(row.label, row.organization);
    if (wanted === normalized(row.organization) || wanted === normalized(name)) return { name, guideOrganization: row.organization };
  }
  return null;
}
