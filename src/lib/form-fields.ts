import { z } from "zod";

/**
 * The names of a form's fields, taken from the schema its action parses, so a form's
 * `name="…"` cannot drift from what the server reads: `const field = fieldsOf(schema)`,
 * then `<input name={field.title}>`. Renaming a schema key breaks the form at compile time.
 */
export function fieldsOf<Shape extends z.ZodRawShape>(schema: { shape: Shape }): { readonly [Key in keyof Shape & string]: Key } {
  return Object.fromEntries(Object.keys(schema.shape).map((key) => [key, key])) as never;
}

/**
 * Text typed into a search or filter box (a query parameter, never saved): trimmed,
 * bounded, and without control characters, which PostgreSQL refuses in text (a NUL is an
 * error, 22021) and nobody means to search for.
 */
export function searchText(max: number) {
  return z
    .string()
    .max(max)
    .transform((value) => value.replace(/[\u0000-\u001f\u007f]/g, "").trim());
}
