/**
 * Wall-clock times in California, as officials type and read them ("Oct 15, 2026, 10:00 AM"),
 * turned into instants and back whatever time zone the server runs in. The form control
 * `<input type="datetime-local">` gives `yyyy-mm-ddThh:mm` with no zone: it is California's.
 */
const ZONE = "America/Los_Angeles";
const PARTS = new Intl.DateTimeFormat("en-US", {
  timeZone: ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});
const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** `yyyy-mm-ddThh:mm` in California at the instant; "" (an empty field) for an invalid Date, as an unreadable stored value is. */
export function californiaLocalTime(instant: Date): string {
  if (Number.isNaN(instant.getTime())) return "";
  const part = Object.fromEntries(PARTS.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}`;
}

const ZONE_NAME = new Intl.DateTimeFormat("en-US", { timeZone: ZONE, timeZoneName: "short" });

/**
 * For exports people file or sort: "2026-12-01 20:22 PST", California's date and time with
 * its zone, as the screen shows it (never a UTC instant); "" for an invalid Date.
 */
export function californiaStamp(instant: Date): string {
  const local = californiaLocalTime(instant);
  if (!local) return "";
  const zone = ZONE_NAME.formatToParts(instant).find((part) => part.type === "timeZoneName")?.value ?? "";
  return `${local.replace("T", " ")} ${zone}`.trim();
}

/**
 * The instant a California wall-clock time names, or null when it is not a valid time. In
 * the hour skipped in spring it moves forward; in the hour repeated in autumn it takes the
 * first (daylight) one.
 */
export function californiaInstant(local: string): Date | null {
  const match = LOCAL_PATTERN.exec(local);
  if (!match) return null;
  const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || hour > 23 || minute > 59) return null;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  if (new Date(asUtc).getUTCDate() !== day) return null;
  // California is 7 or 8 hours behind UTC; try the daylight offset first.
  for (const offsetHours of [7, 8]) {
    const candidate = new Date(asUtc + offsetHours * 3_600_000);
    if (californiaLocalTime(candidate) === local) return candidate;
  }
  return new Date(asUtc + 8 * 3_600_000);
}
