/**
 * Parsers for the CCSAS Third Party Access Process, v1.1 (seeds/002_*.txt).
 * Pure functions over the document text.
 */
import type { RawAllocationRow } from "./types.js";
import { findLine, parseCount, toLines, unique } from "./text-utils.js";

const cellsOf = (line: string): string[] => line.split("\t").map((cell) => cell.trim());

/**
 * Rows of section "1.6 User Account Allocation Guide".
 *
 * The table starts at its header row ("County / User Organization / # of Pre conversion Users /
 * Reserved for initial User Allocation #"), repeats that header after the page break, and ends at
 * the next numbered section ("2. APPROVAL CRITERIA FOR GRANTING THIRD PARTY ACCESS"). A row whose
 * County cell is empty continues the county above it (e.g. Los Angeles "IV-A 22 22" then "IV-E 150 150").
 * The Appendix D "Sample Approved User Account Matrix" is a blank template, not this table.
 */
export function parseAllocationTable(text: string): RawAllocationRow[] {
  const lines = toLines(text);
  // The table of contents has "1.6 USER ACCOUNT ALLOCATION GUIDE.....<tab>6"; the heading has no dots / page.
  const heading = findLine(lines, (line) => /^1\.6\s+User Account Allocation Guide\s*$/i.test(line.trim()), 'the "1.6 User Account Allocation Guide" heading');
  const isHeader = (line: string): boolean => {
    const [county, organization] = cellsOf(line);
    return county === "County" && organization === "User Organization";
  };
  const start = findLine(lines, isHeader, "the allocation table header row", heading + 1);

  const rows: RawAllocationRow[] = [];
  let label = "";
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (/^\d+\.\s+\S/.test(line)) break; // next numbered section: end of the table
    if (line.trim() === "" || isHeader(line)) continue; // page break / repeated header
    const cells = cellsOf(line);
    if (cells.length !== 4) {
      throw new Error(`Allocation table line ${i + 1}: expected 4 tab-separated cells: "${line}"`);
    }
    const [county = "", organization = "", preConversion = "", reservedCell = ""] = cells;
    if (county !== "") label = county;
    if (label === "") throw new Error(`Allocation table line ${i + 1}: continuation row before any county`);
    const reserved = parseCount(reservedCell, `allocation table line ${i + 1}`);
    if (reserved === null) throw new Error(`Allocation table line ${i + 1}: empty reserved count`);
    rows.push({
      label,
      organization: organization === "" ? null : organization,
      preConversionUsers: parseCount(preConversion, `allocation table line ${i + 1}`),
      reserved,
    });
  }
  if (rows.length === 0) throw new Error("Allocation table is empty");
  return rows;
}

/**
 * Names in the first column of "Appendix D SAMPLE APPROVED USER ACCOUNT MATRIX" (an empty template
 * whose other columns are blank), de-duplicated in document order. Only used to discover LCSA names
 * that the allocation table lacks (it lists "Central Sierra"); never read as allocation data.
 */
export function parseMatrixTemplateNames(text: string): string[] {
  const lines = toLines(text);
  // The table of contents line has a tab and page number; the appendix heading does not.
  const heading = findLine(
    lines,
    (line) => /^Appendix D\s+Sample Approved User Account Matrix\s*$/i.test(line.trim()),
    'the "Appendix D Sample Approved User Account Matrix" heading',
  );
  const names: string[] = [];
  let inTable = false;
  for (const line of lines.slice(heading + 1)) {
    if (!line.includes("\t")) {
      if (inTable && line.trim() !== "") break; // prose after the table
      continue;
    }
    inTable = true;
    const [name = ""] = cellsOf(line);
    if (name !== "" && name.toUpperCase() !== "COUNTY") names.push(name);
  }
  return unique(names);
}
