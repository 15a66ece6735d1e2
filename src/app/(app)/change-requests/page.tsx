import type { Metadata } from "next";
import Link from "next/link";
import { ListFilters } from "@/components/change-requests/list-filters";
import { ListTable } from "@/components/change-requests/list-table";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { isFiltered, listQuery, PAGE_SIZE, parseListFilter } from "@/domain/change-requests/list-filter";
import { countOf, plural } from "@/lib/format";
import { can } from "@/lib/permissions";
import { requirePermission } from "@/server/session";
import { listChangeRequests, listConsortia } from "@/server/change-requests/list-query";
import { changeRequestPermissions } from "@/domain/change-requests/permissions";

export const metadata: Metadata = { title: "Change requests" };

export default async function ChangeRequestsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission(changeRequestPermissions.read);
  const filter = parseListFilter(await searchParams);
  const [{ rows, total, page, pages }, consortia] = await Promise.all([listChangeRequests(user, filter), listConsortia()]);
  const query = listQuery(filter, { page: 1 });
  const first = (page - 1) * PAGE_SIZE + 1;
  const pageHref = (to: number) => `/change-requests?${listQuery(filter, { page: to })}`;

  return (
    <>
      <PageHeader
        title="Change requests"
        description="The change requests of both consortia that you may see (a draft, until it is submitted, only its author and the consortium's CPL). Search, filter and sort: the address keeps your choices, to bookmark or to send to a colleague, who sees only what they may see."
        actions={
          <>
            {can(user, changeRequestPermissions.import) ? (
              <ButtonLink href="/change-requests/import" variant="secondary">
                Import from CSV
              </ButtonLink>
            ) : null}
            <ButtonLink href="/change-requests/new">New change request</ButtonLink>
          </>
        }
      />
      <Card>
        <ListFilters filter={filter} consortia={consortia} />
      </Card>
      <section aria-labelledby="results" className="mt-6">
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="results" aria-live="polite">
            {total === 0
              ? "No change requests"
              : `${first.toLocaleString("en-US")}–${Math.min(first + rows.length - 1, total).toLocaleString("en-US")} of ${countOf(total, "change request")}`}
          </h2>
          <div className="flex flex-wrap gap-4 text-sm">
            <Link href="/change-requests/ranking">Backlog ranking</Link>
            {total > 0 ? (
              <a href={`/change-requests/export${query ? `?${query}` : ""}`} download>
                {plural(total, "Download it as CSV", `Download these ${total.toLocaleString("en-US")} as CSV`)}
              </a>
            ) : null}
          </div>
        </div>
        <Card>
          {rows.length ? (
            <ListTable rows={rows} filter={filter} />
          ) : isFiltered(filter) || page > 1 ? (
            <EmptyState title="No change request matches these filters.">
              <Link href="/change-requests" className="underline">
                Clear the filters
              </Link>{" "}
              to see them all
              {page > pages ? (
                <>
                  , or go to{" "}
                  <Link href={pageHref(pages)} className="underline">
                    the last page
                  </Link>
                </>
              ) : null}
              .
            </EmptyState>
          ) : (
            <EmptyState title="There are no change requests yet.">
              <Link href="/change-requests/new" className="underline">
                Start a change request
              </Link>
              {can(user, changeRequestPermissions.import) ? (
                <>
                  {" "}
                  or{" "}
                  <Link href="/change-requests/import" className="underline">
                    import existing ones from a CSV file
                  </Link>
                </>
              ) : null}
              .
            </EmptyState>
          )}
          {pages > 1 && rows.length ? (
            <nav aria-label="Pages" className="mt-4 flex items-center justify-between text-sm">
              {page > 1 ? <Link href={pageHref(page - 1)}>← Previous</Link> : <span />}
              <span className="text-slate-600">
                Page {page} of {pages}
              </span>
              {page < pages ? <Link href={pageHref(page + 1)}>Next →</Link> : <span />}
            </nav>
          ) : null}
        </Card>
      </section>
    </>
  );
}
