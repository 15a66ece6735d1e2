/**
 * The calendar day in California at a given instant, as the registry's date columns hold
 * it (midnight UTC of that day). Terms, deadlines and meeting days are California days,
 * whatever time zone the server runs in.
 */
const CALIFORNIA_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Los_Angeles" });

export function californiaDay(now: Date): Date {
  return new Date(`${CALIFORNIA_DAY.format(now)}T00:00:00Z`);
}
