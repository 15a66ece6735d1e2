import Link from "next/link";
import { FilterSelect } from "@/components/access/filter-select";
import { Button } from "@/components/ui/button";
import { ACCESS_STATE_LABELS, ACCESS_STATES } from "@/domain/access/lifecycle";
import { TRACKING_SORTS, type TrackingFilter } from "@/domain/access/tracking";

/** The spreadsheet's filters, a plain GET form: it works without script, and its URL can be bookmarked or shared. */
export function TrackingFilters({ filter, counties, years }: { filter: TrackingFilter; counties: { id: string; name: string }[]; years: number[] }) {
  return (
    <form method="get" className="no-print flex flex-wrap items-end gap-3" aria-label="Filter the applications">
      <FilterSelect
        id="state"
        name="state"
        label="State"
        value={filter.state ?? ""}
        any="Any state"
        options={ACCESS_STATES.map((state) => ({ value: state, label: ACCESS_STATE_LABELS[state] }))}
      />
      <FilterSelect
        id="county"
        name="county"
        label="County"
        value={filter.county ?? ""}
        any="Any county"
        options={counties.map((county) => ({ value: county.id, label: county.name }))}
      />
      <FilterSelect
        id="year"
        name="year"
        label="Year identified"
        value={filter.year ? String(filter.year) : ""}
        any="Any year"
        options={years.map((year) => ({ value: String(year), label: String(year) }))}
      />
      <FilterSelect
        id="sort"
        name="sort"
        label="Sort"
        value={filter.sort}
        options={Object.entries(TRACKING_SORTS).map(([value, label]) => ({ value, label }))}
      />
      <Button type="submit" variant="secondary">
        Apply
      </Button>
      <Link href="/access/tracking" className="self-center text-sm">
        Clear filters
      </Link>
    </form>
  );
}
