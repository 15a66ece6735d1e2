import type { Metadata } from "next";
import Link from "next/link";
import { identifiesSomewhere } from "@/components/access/identify-scope";
import { QueueFilters, queueHref } from "@/components/access/queue-filters";
import { QueueTable } from "@/components/access/queue-table";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ACCESS_STATE_LABELS } from "@/domain/access/lifecycle";
import { accessPermissions } from "@/domain/access/permissions";
import { parseQueueFilter, QUEUE_PAGE_SIZE } from "@/domain/access/schemas";
import { countOf, inSentence } from "@/lib/format";
import { accessQueue } from "@/server/access/queries";
import { requirePermission } from "@/server/session";

export const metadata: Metadata = { title: "Third-party access queue" };

/**
 * The Process Manager's queue (Third Party Access Process 1.5: the Process Manager "Receives
 * Applications and manages approval process"): every open application in the person's scope,
 * what it waits for and on whom, and its most urgent clock of process 4, the most urgent first.
 * Process 4's timelines are "goals rather than deadlines", so a late clock is shown, never refused.
 */
export default async function AccessQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission(accessPermissions.queue);
  const filter = parseQueueFilter(await searchParams);
  const { rows, total, page, pages, waitingOn, late, counties } = await accessQueue(user, filter, new Date());
  const filtered = Boolean(filter.state || filter.county || filter.q);
  const first = (page - 1) * QUEUE_PAGE_SIZE + 1;
  const last = Math.min(total, page * QUEUE_PAGE_SIZE);
  const what = filter.state ? `${countOf(total, "application")} at “${inSentence(ACCESS_STATE_LABELS[filter.state])}”` : countOf(total, "open application");

  return (
    <>
      <PageHeader
        title="Third-party access queue"
        description="Every open application for CSE access, the most urgent first: what it waits for, on whom, and the goal of Third Party Access Process 4 that runs for it. The goals are in California working days; dates are California's."
      />
      <div className="mb-4">
        <QueueFilters filter={filter} counties={counties} />
      </div>
      {total > 0 ? (
        <p className="mb-4 text-sm text-slate-800" role="status">
          <span className="font-medium">
            {what}
            {filtered ? " match these filters" : ""}, {late} late
          </span>
          {waitingOn.length ? (
            <>
              {"; waiting on "}
              {waitingOn.map((entry, index) => (
                <span key={entry.on}>
                  {index > 0 ? ", " : ""}
                  {entry.label.startsWith("DCSS") ? "" : "the "}
                  {entry.label}: {entry.count.toLocaleString("en-US")}
                </span>
              ))}
            </>
          ) : null}
          .
        </p>
      ) : null}
      <Card>
        {total === 0 ? (
          <EmptyState title={filtered ? "No application matches these filters." : "No open applications."}>
            {filtered ? (
              <Link href="/access">Show every open application</Link>
            ) : identifiesSomewhere(user) ? (
              <>
                An application starts when an LCSA Director identifies a Requestor (Third Party Access Process 6.2).{" "}
                <Link href="/access/new">Identify a Requestor</Link>
              </>
            ) : (
              "An application appears here as soon as an LCSA Director identifies a Requestor (Third Party Access Process 6.2)."
            )}
          </EmptyState>
        ) : (
          <>
            <p className="mb-3 text-sm text-slate-700">
              {first.toLocaleString("en-US")}–{last.toLocaleString("en-US")} of {countOf(total, "application")}
            </p>
            <QueueTable rows={rows} caption={`Applications ${first} to ${last} of ${total}, the most urgent first`} />
            {pages > 1 ? (
              <nav aria-label="Pages" className="no-print mt-4 flex flex-wrap items-center justify-between gap-2 text-sm">
                {page > 1 ? <Link href={queueHref(filter, page - 1)}>← Previous {QUEUE_PAGE_SIZE}</Link> : <span />}
                <span>
                  Page {page} of {pages}
                </span>
                {page < pages ? <Link href={queueHref(filter, page + 1)}>Next {QUEUE_PAGE_SIZE} →</Link> : <span />}
              </nav>
            ) : null}
          </>
        )}
      </Card>
    </>
  );
}
