/**
 * Section 1.2 of the Third Party Access Process: "This Process will be reviewed annually by the
 * Process Owner for effectiveness and will be updated if necessary." Pure: the day the next
 * review falls due, and the version of the document in force.
 */
import { day, type Day } from "@/domain/calendar/day";

export interface ProcessRevision {
  version: string;
  releasedOn: string;
  purpose: string;
}

/** The latest revision of the document's history (its "REVISION / DATE OF RELEASE" table). */
export function processVersionInForce(revisions: readonly ProcessRevision[]): ProcessRevision | null {
  return [...revisions].sort((a, b) => a.releasedOn.localeCompare(b.releasedOn)).at(-1) ?? null;
}

/** A year after `from`; February 29 gives February 28. */
function aYearAfter(from: Day): Day {
  const [year, month, date] = from.split("-").map(Number) as [number, number, number];
  const last = new Date(Date.UTC(year + 1, month, 0)).getUTCDate();
  return day(`${year + 1}-${String(month).padStart(2, "0")}-${String(Math.min(date, last)).padStart(2, "0")}`);
}

/** "Annually": a year after the last review, or, before any, a year after the version in force was released. */
export function nextReviewDue(lastReviewedOn: Day | null, versionReleasedOn: Day): Day {
  return aYearAfter(lastReviewedOn ?? versionReleasedOn);
}
