import Link from "next/link";
import { Field, Input, Select } from "@/components/ui/field";
import { CR_KINDS, CR_STATES, STATE_LABELS } from "@/domain/change-requests/lifecycle";
import { KIND_LABELS } from "@/domain/change-requests/labels";
import { DEFAULT_DIRECTION, isFiltered, type ListFilter } from "@/domain/change-requests/list-filter";
import { PARTIES, PARTY_LABELS } from "@/domain/change-requests/queue";

/**
 * The list's search and filters as a plain GET form: the result is a URL anyone can
 * bookmark or send. The sort travels along so filtering keeps the chosen order.
 */
export function ListFilters({ filter, consortia }: { filter: ListFilter; consortia: { code: string }[] }) {
  return (
    <form role="search" aria-label="Search and filter change requests" action="/change-requests" className="grid items-end gap-3 sm:grid-cols-2 lg:grid-cols-6">
      <div className="sm:col-span-2">
        <Field id="q" label="Search" hint="Number (CR-0042), title, scope or external number">
          {(aria) => <Input {...aria} name="q" type="search" defaultValue={filter.q} />}
        </Field>
      </div>
      <Field id="state" label="Step">
        {(aria) => (
          <Select {...aria} name="state" defaultValue={filter.state ?? ""}>
            <option value="">Any step</option>
            <option value="open">Any open step</option>
            <option value="finished">Finished (closed, withdrawn, vetoed, rejected)</option>
            {CR_STATES.map((state) => (
              <option key={state} value={state}>
                {STATE_LABELS[state]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="waiting" label="Waiting on">
        {(aria) => (
          <Select {...aria} name="waiting" defaultValue={filter.waiting ?? ""}>
            <option value="">Anyone</option>
            {PARTIES.map((party) => (
              <option key={party} value={party}>
                {PARTY_LABELS[party]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="consortium" label="Consortium">
        {(aria) => (
          <Select {...aria} name="consortium" defaultValue={filter.consortium ?? ""}>
            <option value="">Both</option>
            {consortia.map((consortium) => (
              <option key={consortium.code}>{consortium.code}</option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="kind" label="Kind">
        {(aria) => (
          <Select {...aria} name="kind" defaultValue={filter.kind ?? ""}>
            <option value="">Any kind</option>
            {CR_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {KIND_LABELS[kind]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <label className="flex min-h-10 items-center gap-2 text-sm font-medium text-slate-800">
        <input type="checkbox" name="overdue" value="yes" defaultChecked={Boolean(filter.overdue)} className="size-4" />
        Overdue only
      </label>
      {filter.sort !== "updated" ? <input type="hidden" name="sort" value={filter.sort} /> : null}
      {filter.dir !== DEFAULT_DIRECTION[filter.sort] ? <input type="hidden" name="dir" value={filter.dir} /> : null}
      <div className="flex items-center gap-3">
        <button type="submit" className="min-h-10 rounded-md bg-brand-700 px-4 text-sm font-medium text-white hover:bg-brand-800">
          Apply
        </button>
        {isFiltered(filter) ? <Link href="/change-requests">Clear</Link> : null}
      </div>
    </form>
  );
}
