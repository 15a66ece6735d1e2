/** Small text helpers shared by the document parsers. Pure functions, no I/O. */

/** Splits a document into lines, normalising CRLF / CR line endings. */
export function toLines(text: string): string[] {
  return text.replace(/\r\n?/g, "\n").split("\n");
}

/** Collapses runs of whitespace (including line breaks) to single spaces and trims. */
export function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Lowercase kebab code of a name: "Siskiyou/Modoc" -> "siskiyou-modoc". */
export function toCode(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Index of the first line at or after `from` matching `test`; throws with `what` when absent. */
export function findLine(lines: readonly string[], test: (line: string) => boolean, what: string, from = 0): number {
  for (let i = from; i < lines.length; i++) {
    if (test(lines[i] ?? "")) return i;
  }
  throw new Error(`Source document layout changed: could not find ${what}`);
}

/** Parses a table cell holding a whole number; an empty cell gives null. */
export function parseCount(cell: string, where: string): number | null {
  const value = cell.trim();
  if (value === "") return null;
  if (!/^\d+$/.test(value)) throw new Error(`Expected a number in ${where}, got "${value}"`);
  return Number(value);
}

/** `a` without duplicates, first occurrence wins. */
export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** Locale-independent string order (UTF-16 code units), so output order never depends on ICU data. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
