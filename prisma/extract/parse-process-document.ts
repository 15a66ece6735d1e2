/**
 * The CCSAS Third Party Access Process's own identity (seeds/002_*.txt): its title and its
 * revision history ("REVISION / DATE OF RELEASE / PURPOSE"), so the Process Owner's page says
 * which version is in force (section 1.2's yearly review is of that version). Written to
 * prisma/data/third-party-access-document.json:
 *
 *   npx tsx prisma/extract/parse-process-document.ts        # reads ../shared/seeds (or SEEDS_DIR)
 *
 * tests/unit/access-process-document.test.ts parses the document again and compares.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { findLine, squash, toLines } from "./text-utils.js";

export interface ProcessRevision {
  version: string;
  /** yyyy-mm-dd, from the table's mm/dd/yyyy. */
  releasedOn: string;
  purpose: string;
}

export interface ProcessDocument {
  title: string;
  organization: string;
  revisions: ProcessRevision[];
}

export function parseProcessDocument(text: string): ProcessDocument {
  const lines = toLines(text);
  const titleAt = findLine(lines, (line) => /^CCSAS Third Party Access Process\s*$/.test(line.trim()), "the document's title");
  const organization = [...lines.slice(0, titleAt)].reverse().find((line) => line.trim() !== "");
  if (!organization) throw new Error("Source document layout changed: no organization above the title");
  const header = findLine(lines, (line) => /^REVISION\tDATE OF RELEASE\tPURPOSE\s*$/.test(line.trim()), "the revision history's header");
  const revisions: ProcessRevision[] = [];
  for (const line of lines.slice(header + 1)) {
    const match = /^Version\s+(\d+(?:\.\d+)*)\t(\d{2})\/(\d{2})\/(\d{4})\t(.+)$/.exec(line.trim());
    if (!match) break;
    const [, version, month, day, year, purpose] = match as unknown as [string, string, string, string, string, string];
    revisions.push({ version, releasedOn: `${year}-${month}-${day}`, purpose: squash(purpose) });
  }
  if (revisions.length === 0) throw new Error("Source document layout changed: the revision history has no rows");
  return { title: lines[titleAt]!.trim(), organization: organization.trim(), revisions };
}

export const PROCESS_DOCUMENT_FILE = "third-party-access-document.json";

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const root = resolve(import.meta.dirname, "../..");
  const seeds = resolve(root, process.env.SEEDS_DIR ?? "../shared/seeds");
  const document = parseProcessDocument(readFileSync(join(seeds, "002_7a3e1b34df2f1488.txt"), "utf8"));
  writeFileSync(join(root, "prisma/data", PROCESS_DOCUMENT_FILE), `${JSON.stringify(document, null, 2)}\n`);
  console.log(`Wrote prisma/data/${PROCESS_DOCUMENT_FILE}: ${document.revisions.length} revisions`);
}
