import type { Metadata } from "next";
import Link from "next/link";
import { TrackingFilters } from "@/components/access/tracking-filters";
import { TrackingTable } from "@/components/access/tracking-table";
import { PrintButton } from "@/components/meetings/print-button";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { accessPermissions } from "@/domain/access/permissions";
import { parseTrackingFilter, TRACKING_PAGE_SIZE, trackingQuery, trackingScope } from "@/domain/access/tracking";
import { californiaDayOf } from "@/domain/calendar/day";
import { countOf } from "@/lib/format";
import { trackingPage } from "@/server/access/tracking";
import { requirePermission } from "@/server/session";

export const metadata: Metadata = { title: "Process tracking spreadsheet" };

const FIRST_YEAR = 2008; // the Third Party Access Process was published in January 2008

/**
 * Third Party Access Process 5 item 1: "The process tracking Spreadsheet to track the process
 * steps", kept by the Process Manager (1.5). Here it is live: every application with the day of
 * each step, read from the applications. DCSS's access roles see every county; an LCSA's roles
 * their own (section 5: the LCSA Directors, Coordinators and Administrators "can check at any time").
 */
export default async function TrackingPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission(accessPermissions.queue);
  const filter = parseTrackingFilter(await searchParams);
  const scope = trackingScope(user);
  const { rows, total, page, pages, counties } = await trackingPage(scope, filter);
  const thisYear = Number(californiaDayOf(new Date()).slice(0, 4));
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, index) => thisYear - index);
  const first = (page - 1) * TRACKING_PAGE_SIZE + 1;
  const last = Math.min(total, page * TRACKING_PAGE_SIZE);
  const filtered = Boolean(filter.state || filter.county || filter.year);
  const exportQuery = trackingQuery({ ...filter, page: 1 });
  const exportHref = (format: "csv" | "xlsx") => `/access/tracking/export${exportQuery ? `${exportQuery}&` : "?"}format=${format}`;

  return (
    <>
      <PageHeader
        title="Process tracking spreadsheet"
        description={
          scope.all
            ? "Every third-party access application and the day of each step, from identification to the countersigned MOU and office ID (Third Party Access Process 5). Dates are California's."
            : "Your LCSA's third-party access applications and the day of each step (Third Party Access Process 5). Dates are California's."
        }
        actions={
          <>
            <a className={buttonClass("secondary")} href={exportHref("csv")}>
              Download CSV
            </a>
            <a className={buttonClass("secondary")} href={exportHref("xlsx")}>
              Download Excel
            </a>
            <PrintButton />
          </>
        }
      />
      <div className="mb-4">
        <TrackingFilters filter={filter} counties={counties} years={years} />
      </div>
      <Card>
        {total === 0 ? (
          <EmptyState title={filtered ? "No application matches these filters." : "There are no applications yet."}>
            {filtered ? (
              <Link href="/access/tracking">Show every application</Link>
            ) : (
              "An application appears here as soon as an LCSA Director identifies a Requestor (Third Party Access Process 6.2)."
            )}
          </EmptyState>
        ) : rows.length === 0 ? (
          <EmptyState title={`There is no page ${page}.`}>
            <Link href={`/access/tracking${trackingQuery(filter, { page: 1 })}`}>Go to the first page</Link>
          </EmptyState>
        ) : (
          <>
            <p className="mb-3 text-sm text-slate-700" role="status">
              {first.toLocaleString("en-US")}–{last.toLocaleString("en-US")} of {countOf(total, "application")}
            </p>
            <TrackingTable rows={rows} caption={`Applications ${first} to ${last} of ${total}`} />
            {pages > 1 ? (
              <nav aria-label="Pages" className="no-print mt-4 flex flex-wrap items-center justify-between gap-2 text-sm">
                {page > 1 ? <Link href={`/access/tracking${trackingQuery(filter, { page: page - 1 })}`}>← Previous {TRACKING_PAGE_SIZE}</Link> : <span />}
                <span>
                  Page {page} of {pages}
                </span>
                {page < pages ? <Link href={`/access/tracking${trackingQuery(filter, { page: page + 1 })}`}>Next {TRACKING_PAGE_SIZE} →</Link> : <span />}
              </nav>
            ) : null}
          </>
        )}
      </Card>
    </>
  );
}
