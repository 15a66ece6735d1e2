import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
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
      <div>
        <label htmlFor="queue-state" className="block text-sm font-medium text-slate-800">
          State
        </label>
        <Select id="queue-state" name="state" fit defaultValue={filter.state ?? ""}>
          <option value="">Every open application</option>
          {ACCESS_STATES.map((state) => (
            <option key={state} value={state}>
              {ACCESS_STATE_LABELS[state]}
            </option>
          ))}
        </Select>
      </div>
      <div>
        <label htmlFor="queue-county" className="block text-sm font-medium text-slate-800">
          County
        </label>
        <Select id="queue-county" name="county" fit defaultValue={filter.county ?? ""}>
          <option value="">Any county</option>
          {counties.map((county) => (
            <option key={county.id} value={county.id}>
              {county.name}
            </option>
          ))}
        </Select>
      </div>
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
