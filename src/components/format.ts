/** Dates as California officials read them, in Pacific time whatever the server's zone. */
const DATE_TIME = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "America/Los_Angeles" });
const DATE = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "America/Los_Angeles" });

export function formatDateTime(value: Date | string | null | undefined): string {
  return value ? DATE_TIME.format(new Date(value)) : "—";
}

export function formatDate(value: Date | string | null | undefined): string {
  return value ? DATE.format(new Date(value)) : "—";
}
