/** Dates as California officials read them, in Pacific time whatever the server's zone. */
const DATE_TIME = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "America/Los_Angeles" });
const DATE = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "America/Los_Angeles" });

// Calendar days (terms, deadlines) are stored as dates without a time: read them in UTC,
// or they would show as the day before in California.
const DAY = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

/**
 * A stored value can be one JavaScript cannot read (PostgreSQL keeps years past 9999, which
 * the driver hands over as an invalid Date): it shows as "—" rather than failing the page.
 */
function shown(format: Intl.DateTimeFormat, value: Date | string | null | undefined): string {
  if (!value) return "—";
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? "—" : format.format(date);
}

export function formatDateTime(value: Date | string | null | undefined): string {
  return shown(DATE_TIME, value);
}

export function formatDate(value: Date | string | null | undefined): string {
  return shown(DATE, value);
}

export function formatDay(value: Date | string | null | undefined): string {
  return shown(DAY, value);
}

const PLURAL_RULES = new Intl.PluralRules("en-US");

/**
 * A word for a count: `plural(1, "item")` is "item", `plural(3, "item")` "items";
 * irregular plurals are given (`plural(n, "person", "people")`).
 */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return PLURAL_RULES.select(count) === "one" ? singular : pluralForm;
}

/**
 * A count with its word, as a sentence reads it: "1 agenda item", "3 agenda items",
 * "no agenda items" (or the `none` given: "nothing").
 */
export function countOf(count: number, singular: string, pluralForm = `${singular}s`, { none }: { none?: string } = {}): string {
  if (count === 0 && none !== undefined) return none;
  return `${count === 0 ? "no" : count.toLocaleString("en-US")} ${plural(count, singular, pluralForm)}`;
}

/**
 * A label as it reads inside a sentence: "Submitted: ESC concept vote" becomes "submitted:
 * ESC concept vote", "User acceptance testing" "user acceptance testing". Only the first word
 * is lowered, and only when it is an ordinary word: an acronym ("JAD detail design", "CCB
 * approved"), a word with capitals inside it ("M&O", "eCourt") and the first word of a name
 * ("Change Control Board review", "Consortium Project Leader") stay as the plan writes them.
 */
export function inSentence(label: string): string {
  const match = /^([A-Z][a-z'’-]*)(?=$|[\s:,;.)])(\s+(\S))?/.exec(label);
  if (!match) return label;
  const [, first, , next] = match;
  if (next && /^[A-Z]/.test(next)) return label;
  return first!.toLowerCase() + label.slice(first!.length);
}
