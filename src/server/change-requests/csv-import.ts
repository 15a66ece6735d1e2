import "server-only";
import { countOf } from "@/lib/format";
import Papa from "papaparse";
import { checkImport, columnOf, IMPORT_MAX_BYTES, importIsClean, type CheckedFile, type ImportRow } from "@/domain/change-requests/import-row";
import { crNumber } from "@/domain/change-requests/labels";
import { columnOfDay } from "@/domain/calendar/day";
import { changeRequestAudit } from "@/domain/change-requests/audit-actions";
import { changeRequestPermissions } from "@/domain/change-requests/permissions";
import { recordAudit } from "@/lib/audit";
import { collectionSubject, defineCommand } from "@/lib/command";
import type { CommandContext, CurrentUser } from "@/lib/context";
import { db, type Tx } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";
import { assertCan, can } from "@/lib/permissions";

/**
 * Import of existing change or service requests from CSV (src/domain/change-requests/
 * import-row.ts for the columns and row rules). A preview checks every row against the rules
 * and the database and lists every problem; the import checks everything again inside its
 * transaction and writes all rows or none. Imported rows keep their external number, which
 * is unique: importing the same request twice is refused on that row, with the reason.
 */
export function parseCsv(text: string): { headers: string[]; records: Record<string, string>[]; parseErrors: Map<number, string[]> } {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (header) => columnOf(header) ?? header.trim(),
  });
  const parseErrors = new Map<number, string[]>();
  for (const error of result.errors) {
    if (error.row === undefined || error.row === null) continue;
    const line = error.row + 2;
    parseErrors.set(line, [...(parseErrors.get(line) ?? []), plainParseError(error)]);
  }
  const records = result.data.map((record) => Object.fromEntries(Object.entries(record).map(([key, value]) => [key, typeof value === "string" ? value : ""])));
  return { headers: (result.meta.fields ?? []).filter(Boolean), records, parseErrors };
}

function plainParseError(error: Papa.ParseError): string {
  switch (error.code) {
    case "TooFewFields":
      return "the row has fewer cells than the header";
    case "TooManyFields":
      return "the row has more cells than the header (a comma inside a value needs quotes)";
    case "MissingQuotes":
    case "InvalidQuotes":
      return "a quoted value is not closed";
    default:
      return error.message;
  }
}

export interface ImportPreview extends CheckedFile {
  clean: boolean;
}

/** What the import form shows after each step. */
export type ImportState =
  | { stage: "preview"; preview: ImportPreview; csv: string; fileName: string; error?: string }
  | { stage: "imported"; imported: number }
  | { stage: "error"; error: string };

/** Every check, the file's and each row's, including what only the database knows. */
type Reader = Pick<Tx, "consortium" | "changeRequest" | "user">;

export async function checkCsv(tx: Reader, user: CurrentUser, text: string): Promise<ImportPreview> {
  if (Buffer.byteLength(text, "utf8") > IMPORT_MAX_BYTES) {
    return { fileErrors: [`The file is larger than ${Math.round(IMPORT_MAX_BYTES / 1000)} KB; split it into smaller files.`], rows: [], clean: false };
  }
  const { headers, records, parseErrors } = parseCsv(text);
  const file = checkImport(headers, records);
  for (const row of file.rows) {
    const extra = parseErrors.get(row.line);
    if (extra) {
      row.errors.unshift(...extra);
      row.row = null;
    }
  }
  const valid = file.rows.flatMap((row) => (row.row ? [row.row] : []));
  if (valid.length) {
    // One after the other: a transaction's queries share its one connection.
    const consortia = await tx.consortium.findMany({ select: { id: true, code: true } });
    const existing = await tx.changeRequest.findMany({
      where: { externalRef: { in: valid.map((row) => row.external_ref) } },
      select: { externalRef: true, number: true },
    });
    const authors = await tx.user.findMany({
      where: { email: { in: valid.flatMap((row) => (row.author_email ? [row.author_email] : [])) }, status: "ACTIVE" },
      select: { email: true },
    });
    const consortiumId = new Map(consortia.map((consortium) => [consortium.code, consortium.id]));
    const imported = new Map(existing.map((row) => [row.externalRef!, row.number]));
    const authorEmails = new Set(authors.map((author) => author.email));
    for (const checked of file.rows) {
      const row = checked.row;
      if (!row) continue;
      const id = consortiumId.get(row.consortium);
      if (!id) checked.errors.push(`consortium "${row.consortium}" is not one of ${consortia.map((consortium) => consortium.code).join(", ")}`);
      else if (!can(user, changeRequestPermissions.import, { consortiumId: id }))
        checked.errors.push(`you cannot import change requests for ${row.consortium}`);
      const number = imported.get(row.external_ref);
      if (number !== undefined) checked.errors.push(`external ref ${row.external_ref} was already imported as ${crNumber(number)}`);
      if (row.author_email && !authorEmails.has(row.author_email)) checked.errors.push(`author email ${row.author_email} is not an active user`);
      if (checked.errors.length) checked.row = null;
    }
  }
  return { ...file, clean: importIsClean(file) };
}

export async function previewCsv(ctx: CommandContext, text: string): Promise<ImportPreview> {
  assertCan(ctx.actor, changeRequestPermissions.import);
  return checkCsv(db, ctx.actor, text);
}

/**
 * Imports every row or none. Each row's change request is audited as it is created, then
 * the file as a whole (with no one change request), inside the run.
 */
export const importRows = defineCommand({
  name: changeRequestAudit.import,
  subject: collectionSubject("ChangeRequest", ["/change-requests"]),
  target: (_input: { text: string }) => "",
  permission: changeRequestPermissions.import,
  resource: () => undefined,
  async run({ tx, ctx, input, now }) {
    const preview = await checkCsv(tx, ctx.actor, input.text);
    if (!preview.clean) return { imported: 0, preview };
    const rows = preview.rows.map((checked) => checked.row!);
    const consortia = await tx.consortium.findMany({ select: { id: true, code: true } });
    const authors = await tx.user.findMany({
      where: { email: { in: rows.flatMap((row) => (row.author_email ? [row.author_email] : [])) } },
      select: { id: true, email: true },
    });
    const consortiumId = new Map(consortia.map((consortium) => [consortium.code, consortium.id]));
    const authorId = new Map(authors.map((author) => [author.email, author.id]));
    const created: { number: number; externalRef: string }[] = [];
    for (const row of rows) {
      const cr = await tx.changeRequest.create({
        data: changeRequestData(row, consortiumId.get(row.consortium)!, authorId.get(row.author_email ?? "") ?? ctx.actor.id, ctx.actor.id, now),
        select: { id: true, number: true },
      });
      created.push({ number: cr.number, externalRef: row.external_ref });
      await recordAudit(tx, ctx, {
        action: changeRequestAudit.import,
        entityType: "ChangeRequest",
        entityId: cr.id,
        summary: `Imported ${crNumber(cr.number)} from ${row.external_ref} (CSV)`,
        after: row,
      });
    }
    await recordAudit(tx, ctx, {
      action: changeRequestAudit.import_file,
      entityType: "ChangeRequest",
      summary: `Imported ${countOf(created.length, "change request")} from a CSV file`,
      after: { imported: created },
    });
    return { imported: created.length, preview };
  },
  audit: () => null,
});

/** A large file takes longer than a form's usual transaction. */
const IMPORT_TIMEOUT_MS = 120_000;

export async function importCsv(ctx: CommandContext, text: string, now = new Date()): Promise<{ imported: number; preview: ImportPreview }> {
  try {
    const { result } = await db.$transaction((tx) => importRows.inTx(tx, ctx, { text }, now), { timeout: IMPORT_TIMEOUT_MS });
    return result;
  } catch (error) {
    // Two imports of the same file at once: the unique external number stops the second whole.
    if ((error as { code?: string }).code === "P2002") {
      throw new ConflictError("Some of these requests were imported by someone else a moment ago, so nothing was imported. Check the file again to see which.");
    }
    throw error;
  }
}

function changeRequestData(row: ImportRow, consortiumId: string, authorId: string, importerId: string, now: Date) {
  const state = row.state ?? "DRAFT";
  return {
    consortiumId,
    externalRef: row.external_ref,
    title: row.title,
    scope: row.scope ?? "",
    kind: row.kind ?? "ENHANCEMENT",
    state,
    benefits: row.benefits ?? [],
    urgencyDrivers: row.urgency_drivers ?? "",
    levelOfEffort: row.level_of_effort ?? null,
    authorId,
    updatedById: importerId,
    // The old system's dates are not known: time in the current step counts from the import.
    stateChangedAt: now,
    submittedAt: row.submitted_on ? columnOfDay(row.submitted_on) : null,
    // A deferred request comes back to the ESC's concept vote when reconsidered.
    deferredFrom: state === "DEFERRED" ? ("SUBMITTED" as const) : null,
    reconsiderOn: row.reconsider_on ? columnOfDay(row.reconsider_on) : null,
    closedAt: state === "CLOSED" ? now : null,
  };
}
