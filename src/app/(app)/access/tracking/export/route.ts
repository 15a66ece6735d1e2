import Papa from "papaparse";
import { ACCESS_STATE_LABELS } from "@/domain/access/lifecycle";
import { accessPermissions } from "@/domain/access/permissions";
import { parseTrackingFilter, trackingExportRows, trackingScope, TRACKING_SORTS } from "@/domain/access/tracking";
import { californiaStamp } from "@/domain/calendar/california-time";
import { californiaDayOf } from "@/domain/calendar/day";
import { can } from "@/lib/permissions";
import { countyName, trackingExport } from "@/server/access/tracking";
import { trackingWorkbook } from "@/server/access/tracking-xlsx";
import { getCurrentUser } from "@/server/session";

export const dynamic = "force-dynamic";

/**
 * GET /access/tracking/export?format=csv|xlsx&…: the tracking spreadsheet's current filter and
 * sort, every matching row the person may see (not only the page shown), as CSV (formulas
 * escaped, with a byte-order mark for Excel) or as an Excel workbook; times in California with
 * the zone. Anyone who may not read the spreadsheet is told there is nothing here.
 */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user || !can(user, accessPermissions.queue)) return new Response("Not found", { status: 404 });
  const params = new URL(request.url).searchParams;
  const filter = parseTrackingFilter(Object.fromEntries(params));
  const rows = trackingExportRows(await trackingExport(trackingScope(user), filter));
  const now = new Date();
  const name = `third-party-access-tracking-${californiaDayOf(now)}`;

  if (params.get("format") === "xlsx") {
    const county = filter.county ? await countyName(filter.county) : null;
    const filters = [
      filter.state ? `state: ${ACCESS_STATE_LABELS[filter.state]}` : null,
      county ? `county: ${county}` : null,
      filter.year ? `identified in ${filter.year}` : null,
      `sorted ${TRACKING_SORTS[filter.sort].toLowerCase()}`,
    ].filter(Boolean);
    const workbook = await trackingWorkbook(rows, { madeAt: californiaStamp(now), filters: `Filter: ${filters.join(", ")}.` });
    return new Response(new Uint8Array(workbook), {
      headers: {
        "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "content-disposition": `attachment; filename="${name}.xlsx"`,
        "cache-control": "no-store",
      },
    });
  }
  const csv = Papa.unparse(rows, { escapeFormulae: true });
  return new Response(`\uFEFF${csv}\r\n`, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}.csv"`, "cache-control": "no-store" },
  });
}
