import Papa from "papaparse";
import { californiaStamp } from "@/domain/calendar/california-time";
import { californiaDayOf } from "@/domain/calendar/day";
import { STATE_LABELS } from "@/domain/change-requests/lifecycle";
import { crNumber, KIND_LABELS } from "@/domain/change-requests/labels";
import { parseListFilter } from "@/domain/change-requests/list-filter";
import { PARTY_LABELS } from "@/domain/change-requests/queue";
import { can } from "@/lib/permissions";
import { getCurrentUser } from "@/server/session";
import { exportChangeRequests } from "@/server/change-requests/list-query";
import { changeRequestPermissions } from "@/domain/change-requests/permissions";

/**
 * GET /change-requests/export?…: the list's current filter and sort as a CSV file, every
 * matching row (not only the page shown), its times in California with the zone, as on
 * screen. Cells that a spreadsheet would run as a formula are escaped.
 */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user || !can(user, changeRequestPermissions.read)) return new Response("Not found", { status: 404 });
  const filter = parseListFilter(Object.fromEntries(new URL(request.url).searchParams));
  const rows = await exportChangeRequests(user, filter);
  const csv = Papa.unparse(
    {
      fields: [
        "Number",
        "External ref",
        "Title",
        "Consortium",
        "Kind",
        "Step",
        "Waiting on",
        "Days in step",
        "Overdue",
        "Priority rank",
        "Author",
        "In step since (California time)",
        "Last updated (California time)",
      ],
      data: rows.map((row) => [
        crNumber(row.number),
        row.externalRef ?? "",
        row.title,
        row.consortium,
        KIND_LABELS[row.kind],
        STATE_LABELS[row.state],
        row.waitingOn ? PARTY_LABELS[row.waitingOn] : "",
        row.daysInState,
        row.overdue ? "yes" : "no",
        row.priorityRank ?? "",
        row.authorName,
        californiaStamp(row.stateChangedAt),
        californiaStamp(row.updatedAt),
      ]),
    },
    { escapeFormulae: true },
  );
  const day = californiaDayOf(new Date());
  // The byte-order mark lets Excel read the accents in names correctly.
  return new Response(`\uFEFF${csv}\r\n`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="change-requests-${day}.csv"`,
      "cache-control": "no-store",
    },
  });
}
