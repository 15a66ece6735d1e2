import { countOf } from "@/lib/format";

/** "3 days", "5 hours", "less than an hour": how long something has waited. */
export function durationSince(from: Date, now: Date): string {
  const hours = Math.floor((now.getTime() - from.getTime()) / 3_600_000);
  if (hours < 1) return "less than an hour";
  if (hours < 48) return countOf(hours, "hour");
  const days = Math.floor(hours / 24);
  return countOf(days, "day");
}
