import { z } from "zod";
import { MAX_APPROVED_ACCOUNTS } from "@/domain/access/allocation";

/**
 * The forms of the User Account Allocation Guide (Third Party Access Process 1.6 and 9): the
 * Process Owner publishes a new version, changing reserved numbers and adding a row, with a note.
 * Every field is bounded; a number is a whole number of 0 or more.
 */
const COUNT_MESSAGE = `Enter a whole number from 0 to ${MAX_APPROVED_ACCOUNTS.toLocaleString("en-US")}.`;
const count = z.coerce.number({ error: COUNT_MESSAGE }).int(COUNT_MESSAGE).min(0, COUNT_MESSAGE).max(MAX_APPROVED_ACCOUNTS, COUNT_MESSAGE);

/** A field sent once per row of the table: one value arrives as a string, several as a list. */
const asList = (value: unknown): unknown[] => (value === undefined || value === "" ? [] : Array.isArray(value) ? (value as unknown[]) : [value]);
const perRow = <T extends z.ZodType>(item: T) => z.preprocess(asList, z.array(item).max(1_000));

/** An optional number: blank is none. */
const optionalCount = z.preprocess((value) => (value === "" || value === undefined ? null : value), count.nullable());

export const MAX_GUIDE_NOTE = 2_000;

export const reviseGuideSchema = z
  .object({
    /** The version the Process Owner was editing: publishing over a newer one is refused. */
    baseVersion: z.coerce.number().int().positive(),
    /** Each row's position in the base version (its sortOrder), and its reserved number, in the same order. */
    row: perRow(z.coerce.number().int().min(0).max(10_000)),
    reserved: perRow(count),
    note: z
      .string()
      .trim()
      .min(1, "Say why the guide changes (for example, what the survey found): the note is required.")
      .max(MAX_GUIDE_NOTE, `Keep the note under ${MAX_GUIDE_NOTE.toLocaleString("en-US")} characters.`),
    /** A new row: the county or LCSA as the guide labels it, blank for none. */
    addLabel: z.string().trim().max(100).default(""),
    addOrganization: z.string().trim().max(120).default(""),
    addPreConversionUsers: optionalCount.default(null),
    addReserved: optionalCount.default(null),
  })
  .superRefine((input, context) => {
    if (input.row.length !== input.reserved.length) context.addIssue({ code: "custom", path: ["reserved"], message: "Enter a reserved number for every row." });
    if (input.addLabel && input.addReserved === null) {
      context.addIssue({ code: "custom", path: ["addReserved"], message: "Enter how many user accounts the new row reserves." });
    }
    if (!input.addLabel && (input.addOrganization || input.addReserved !== null || input.addPreConversionUsers !== null)) {
      context.addIssue({ code: "custom", path: ["addLabel"], message: "Choose the county or LCSA of the new row." });
    }
  });

export type ReviseGuideInput = z.infer<typeof reviseGuideSchema>;

/** The version picker's query (?version=N); anything else shows the version in force. */
export function guideVersionParam(value: string | string[] | undefined): number | null {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text || !/^\d{1,6}$/.test(text)) return null;
  const number = Number(text);
  return number >= 1 ? number : null;
}
