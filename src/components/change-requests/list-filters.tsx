import { ListFilterForm } from "@/components/change-requests/list-filter-form";
import { CR_KINDS, CR_STATES, STATE_LABELS } from "@/domain/change-requests/lifecycle";
import { KIND_LABELS } from "@/domain/change-requests/labels";
import { DEFAULT_DIRECTION, isFiltered, type ListFilter } from "@/domain/change-requests/list-filter";
import { PARTIES, PARTY_LABELS } from "@/domain/change-requests/queue";

/** The list's search and filters, with the choices in words. */
export function ListFilters({ filter, consortia }: { filter: ListFilter; consortia: { code: string }[] }) {
  return (
    <ListFilterForm
      values={{ q: filter.q ?? "", state: filter.state ?? "", waiting: filter.waiting ?? "", consortium: filter.consortium ?? "", kind: filter.kind ?? "", overdue: Boolean(filter.overdue) }}
      kept={{ sort: filter.sort !== "updated" ? filter.sort : undefined, dir: filter.dir !== DEFAULT_DIRECTION[filter.sort] ? filter.dir : undefined }}
      filtered={isFiltered(filter)}
      options={{
        states: [
          { value: "open", label: "Any open step" },
          { value: "finished", label: "Finished (closed, withdrawn, vetoed, rejected)" },
          ...CR_STATES.map((state) => ({ value: state, label: STATE_LABELS[state] })),
        ],
        parties: PARTIES.map((party) => ({ value: party, label: PARTY_LABELS[party] })),
        consortia: consortia.map((consortium) => consortium.code),
        kinds: CR_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] })),
      }}
    />
  );
}
