/**
 * The calendar day in California at a given instant, as the registry's date columns hold
 * it (midnight UTC of that day). Terms, deadlines and meeting days are California days,
 * whatever time zone the server runs in.
 */
import { californiaDayOf, columnOfDay } from "@/domain/calendar/day";

export function californiaDay(now: Date): Date {
  return columnOfDay(californiaDayOf(now));
}
