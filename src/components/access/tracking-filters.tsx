import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { ACCESS_STATE_LABELS, ACCESS_STATES } from "@/domain/access/lifecycle";
import { TRACKING_SORTS, type TrackingFilter } from "@/domain/access/tracking";

/** The spreadsheet's filters, a plain GET form: it works without script, and its URL can be bookmarked or shared. */
export function TrackingFilters({ filter, counties, years }: { filter: TrackingFilter; counties: { id: string; name: string }[]; years: number[] }) {
  return (
    <form method="get" className="no-print flex flex-wrap items-end gap-3" aria-label="Filter the applications">
      <div>
        <label htmlFor="state" className="block text-sm font-medium text-slate-800">
          State
        </label>
        <Select id="state" name="state" fit defaultValue={filter.state ?? ""}>
          <option value="">Any state</option>
          {ACCESS_STATES.map((state) => (
            <option key={state} value={state}>
              {ACCESS_STATE_LABELS[state]}
            </option>
          ))}
        </Select>
      </div>
      <div>
        <label htmlFor="county" className="block text-sm font-medium text-slate-800">
          County
        </label>
        <Select id="county" name="county" fit defaultValue={filter.county ?? ""}>
          <option value="">Any county</option>
          {counties.map((county) => (
            <option key={county.id} value={county.id}>
              {county.name}
            </option>
          ))}
        </Select>
      </div>
      <div>
        <label htmlFor="year" className="block text-sm font-medium text-slate-800">
          Year identified
        </label>
        <Select id="year" name="year" fit defaultValue={filter.year ? String(filter.year) : ""}>
          <option value="">Any year</option>
          {years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </Select>
      </div>
      <div>
        <label htmlFor="sort" className="block text-sm font-medium text-slate-800">
          Sort
        </label>
        <Select id="sort" name="sort" fit defaultValue={filter.sort}>
          {Object.entries(TRACKING_SORTS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
      </div>
      <Button type="submit" variant="secondary">
        Apply
      </Button>
      <Link href="/access/tracking" className="self-center text-sm">
        Clear filters
      </Link>
    </form>
  );
}
