/**
 * Importing change and service requests that already exist elsewhere (a spreadsheet, the
 * consortium's old tracker) from CSV. Every row is checked on its own (zod), then the file
 * as a whole (the same external number twice); the server adds what only the database
 * knows (a number already imported, an unknown consortium or author). Nothing is imported
 * unless every row is valid.
 */
import { z } from "zod";
import { dayField, EARLIEST_DAY, LATEST_DAY } from "@/domain/calendar/date-fields";
import { KIND_LABELS } from "@/domain/change-requests/labels";
import { CR_KINDS, CR_STATES, GATES, STATE_LABELS, type CrState } from "@/domain/change-requests/lifecycle";
import { BENEFITS, LEVELS_OF_EFFORT } from "@/domain/change-requests/readiness";

export const IMPORT_MAX_ROWS = 2_000;
export const IMPORT_MAX_BYTES = 1_000_000;

const TOO_LARGE = `The file is larger than ${Math.round(IMPORT_MAX_BYTES / 1000)} KB; split it into smaller files.`;

/**
 * The import form, in two steps: "preview" uploads the file and checks every row; "import"
 * sends the checked text back and imports it, checking everything again on the server (the
 * browser's copy is never trusted).
 */
export const importFormSchema = z
  .object({
    intent: z.enum(["preview", "import"], "Choose a file and press “Check the file”."),
    file: z
      .instanceof(File, { message: "Choose a CSV file first." })
      .refine((file) => file.size > 0, "Choose a CSV file first.")
      .refine((file) => file.size <= IMPORT_MAX_BYTES, TOO_LARGE)
      .optional(),
    csv: z
      .string()
      .max(IMPORT_MAX_BYTES * 2)
      .default(""),
    fileName: z.string().default(""),
  })
  .superRefine((value, ctx) => {
    if (value.intent === "preview" && !value.file) ctx.addIssue({ code: "custom", path: ["file"], message: "Choose a CSV file first." });
  });
export type ImportFormInput = z.infer<typeof importFormSchema>;

/** The columns, in the template's order; only the first three are required. */
export const IMPORT_COLUMNS = [
  "external_ref",
  "title",
  "consortium",
  "kind",
  "state",
  "scope",
  "benefits",
  "urgency_drivers",
  "level_of_effort",
  "submitted_on",
  "reconsider_on",
  "author_email",
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly ImportColumn[] = ["external_ref", "title", "consortium"];

/**
 * A request waiting for an ESC or CCB vote elsewhere cannot arrive mid-vote: the vote is a
 * motion here. Import it at the step before and submit it here, so the vote happens here.
 */
export const NOT_IMPORTABLE: readonly CrState[] = Object.values(GATES).map((gate) => gate.state);

/** "Build and test", "build_and_test" and "BUILD AND TEST" all name BUILD_AND_TEST. */
const normalize = (value: string) =>
  value
    .trim()
    .toUpperCase()
    .replace(/[\s\-/:]+/g, "_");

function enumFromText<T extends string>(values: readonly T[], labels: Partial<Record<T, string>>, what: string) {
  const byName = new Map<string, T>();
  for (const value of values) {
    byName.set(normalize(value), value);
    const label = labels[value];
    if (label) byName.set(normalize(label), value);
  }
  return z.string().transform((text, ctx) => {
    const found = byName.get(normalize(text));
    if (!found) {
      ctx.addIssue({ code: "custom", message: `"${text}" is not a ${what}` });
      return z.NEVER;
    }
    return found;
  });
}

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optionalText = (max: number) => z.preprocess(blankToUndefined, z.string().trim().max(max, `at most ${max} characters`).optional());
const day = dayField({
  invalid: "must be a date written YYYY-MM-DD",
  impossible: () => "is not a real date",
  outOfRange: `must be a date from ${EARLIEST_DAY} through ${LATEST_DAY}`,
});

export const importRowSchema = z
  .object({
    external_ref: z.string().trim().min(1, "is required").max(60, "at most 60 characters"),
    title: z.string().trim().min(1, "is required").max(200, "at most 200 characters"),
    consortium: z
      .string()
      .trim()
      .min(1, "is required")
      .transform((value) => value.toUpperCase()),
    kind: z.preprocess(blankToUndefined, enumFromText(CR_KINDS, KIND_LABELS, "kind (enhancement, emergency fix or defect)").optional()),
    state: z.preprocess(blankToUndefined, enumFromText(CR_STATES, STATE_LABELS, "step of the change request process").optional()),
    scope: optionalText(10_000),
    benefits: z.preprocess(
      blankToUndefined,
      z
        .string()
        .transform((text) =>
          text
            .split(/[;,]/)
            .map((part) => part.trim())
            .filter(Boolean),
        )
        .pipe(z.array(enumFromText(BENEFITS, {}, "benefit (certification, CCSAS, performance or productivity)")))
        .optional(),
    ),
    urgency_drivers: optionalText(10_000),
    level_of_effort: z.preprocess(blankToUndefined, enumFromText(LEVELS_OF_EFFORT, {}, "level of effort (low, medium or high)").optional()),
    submitted_on: z.preprocess(blankToUndefined, day.optional()),
    reconsider_on: z.preprocess(blankToUndefined, day.optional()),
    author_email: z.preprocess(blankToUndefined, z.email("is not an email address").toLowerCase().optional()),
  })
  .superRefine((row, ctx) => {
    if (row.state && NOT_IMPORTABLE.includes(row.state)) {
      ctx.addIssue({
        code: "custom",
        path: ["state"],
        message: `"${STATE_LABELS[row.state]}" is a vote; import it at the step before and submit it here so the vote happens here`,
      });
    }
    if (row.state === "DEFERRED" && !row.reconsider_on)
      ctx.addIssue({ code: "custom", path: ["reconsider_on"], message: "is required for a deferred request" });
    if (row.reconsider_on && row.state !== "DEFERRED") ctx.addIssue({ code: "custom", path: ["reconsider_on"], message: "only applies to a deferred request" });
  });

export type ImportRow = z.output<typeof importRowSchema>;

export interface CheckedRow {
  /** The line in the file (the header is line 1). */
  line: number;
  values: Record<string, string>;
  errors: string[];
  row: ImportRow | null;
}

export interface CheckedFile {
  fileErrors: string[];
  rows: CheckedRow[];
}

const COLUMN_LABELS: Record<string, string> = Object.fromEntries(IMPORT_COLUMNS.map((column) => [column, column.replace(/_/g, " ")]));

/** Header names as people type them ("External ref", "external-ref") mapped to the columns. */
export function columnOf(header: string): ImportColumn | null {
  const key = header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
  return (IMPORT_COLUMNS as readonly string[]).includes(key) ? (key as ImportColumn) : null;
}

/** Checks the parsed records (header already mapped to columns) row by row and as a file. */
export function checkImport(headers: readonly string[], records: readonly Record<string, string>[]): CheckedFile {
  const fileErrors: string[] = [];
  const columns = headers.map(columnOf);
  const unknown = headers.filter((_, index) => !columns[index]);
  if (unknown.length) fileErrors.push(`Unknown column${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}. The columns are: ${IMPORT_COLUMNS.join(", ")}.`);
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.includes(column));
  if (missing.length) fileErrors.push(`Missing required column${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}.`);
  if (records.length === 0) fileErrors.push("The file has no rows under its header.");
  if (records.length > IMPORT_MAX_ROWS) fileErrors.push(`The file has ${records.length} rows; import at most ${IMPORT_MAX_ROWS} at a time.`);
  if (fileErrors.length) return { fileErrors, rows: [] };

  const seen = new Map<string, number>();
  const rows = records.map((values, index): CheckedRow => {
    const line = index + 2;
    const parsed = importRowSchema.safeParse(values);
    const errors = parsed.success ? [] : parsed.error.issues.map((issue) => `${COLUMN_LABELS[String(issue.path[0])] ?? "row"} ${issue.message}`);
    const ref = values.external_ref?.trim();
    if (ref) {
      const first = seen.get(ref);
      if (first) errors.push(`external ref ${ref} is also on line ${first}`);
      else seen.set(ref, line);
    }
    return { line, values, errors, row: parsed.success && errors.length === 0 ? parsed.data : null };
  });
  return { fileErrors, rows };
}

export function importIsClean(file: CheckedFile): boolean {
  return file.fileErrors.length === 0 && file.rows.every((row) => row.errors.length === 0);
}
