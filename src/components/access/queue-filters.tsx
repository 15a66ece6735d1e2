import Link from "next/link";
import { FilterSelect } from "@/components/access/filter-select";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { ACCESS_STATE_LABELS, ACCESS_STATES } from "@/domain/access/lifecycle";
import type { QueueFilter } from "@/domain/access/schemas";

/** The queue's URL for these filters (queueFilterSchema's parameters), the first page unless another is given. */
export function queueHref(filter: QueueFilter, page = 1): string {
  const params = new URLSearchParams();
  if (filter.state) params.set("state", filter.state);
  if (filter.county) params.set("county", filter.county);
  if (filter.q) params.set("q", filter.q);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/access?${query}` : "/access";
}

/** The queue's filters, a plain GET form: it works without script, and its URL can be bookmarked or shared. */
export function QueueFilters({ filter, counties }: { filter: QueueFilter; counties: { id: string; name: string }[] }) {
  return (
    <form method="get" action="/access" className="no-print flex flex-wrap items-end gap-3" aria-label="Filter the queue">
      <FilterSelect
        id="queue-state"
        name="state"
        label="State"
        value={filter.state ?? ""}
        any="Every open application"
        options={ACCESS_STATES.map((state) => ({ value: state, label: ACCESS_STATE_LABELS[state] }))}
      />
      <FilterSelect
        id="queue-county"
        name="county"
        label="County"
        value={filter.county ?? ""}
        any="Any county"
        options={counties.map((county) => ({ value: county.id, label: county.name }))}
      />
      <div>
        <label htmlFor="queue-q" className="block text-sm font-medium text-slate-800">
          Number or organization
        </label>
        <Input id="queue-q" name="q" type="search" maxLength={100} defaultValue={filter.q ?? ""} placeholder="TPA-0012 or a name" className="w-64" />
      </div>
      <Button type="submit" variant="secondary">
        Apply
      </Button>
      <Link href="/access" className="self-center text-sm">
        Clear filters
      </Link>
    </form>
  );
}
