/** Dates as California officials read them, in Pacific time whatever the server's zone. */
const DATE_TIME = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "America/Los_Angeles" });
const DATE = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "America/Los_Angeles" });

export function formatDateTime(value: Date | string | null | undefined): string {
  return value ? DATE_TIME.format(new Date(value)) : "—";
}

export function formatDate(value: Date | string | null | undefined): string {
  return value ? DATE.format(new Date(value)) : "—";
}

// Calendar days (terms, deadlines) are stored as dates without a time: read them in UTC,
// or they would show as the day before in California.
const DAY = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export function formatDay(value: Date | string | null | undefined): string {
  return value ? DAY.format(new Date(value)) : "—";
}
