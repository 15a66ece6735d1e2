import type { z } from "zod";

/**
 * The names of a form's fields, taken from the schema its action parses, so a form's
 * `name="…"` cannot drift from what the server reads: `const field = fieldsOf(schema)`,
 * then `<input name={field.title}>`. Renaming a schema key breaks the form at compile time.
 */
export function fieldsOf<Shape extends z.ZodRawShape>(schema: { shape: Shape }): { readonly [Key in keyof Shape & string]: Key } {
  return Object.fromEntries(Object.keys(schema.shape).map((key) => [key, key])) as never;
}
