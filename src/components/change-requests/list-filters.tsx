import { ListFilterForm } from "@/components/change-requests/list-filter-form";
import { CR_KINDS, CR_STATES, STATE_LABELS } from "@/domain/change-requests/lifecycle";
import { KIND_LABELS } from "@/domain/change-requests/labels";
import { DEFAULT_DIRECTION, isFiltered, listFilterFields, type ListFilter } from "@/domain/change-requests/list-filter";
import { PARTIES, PARTY_LABELS } from "@/domain/change-requests/queue";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(listFilterFields);

/** The list's search and filters, with the choices in words. */
export function ListFilters({ filter, consortia }: { filter: ListFilter; consortia: { code: string }[] }) {
  return (
    <ListFilterForm
      q={filter.q ?? ""}
      selects={[
        {
          name: field.state,
          label: "Step",
          any: "Any step",
          value: filter.state ?? "",
          options: [
            { value: "open", label: "Any open step" },
            { value: "finished", label: "Finished (closed, withdrawn, vetoed, rejected)" },
            ...CR_STATES.map((state) => ({ value: state, label: STATE_LABELS[state] })),
          ],
        },
        {
          name: field.waiting,
          label: "Waiting on",
          any: "Anyone",
          value: filter.waiting ?? "",
          options: PARTIES.map((party) => ({ value: party, label: PARTY_LABELS[party] })),
        },
        {
          name: field.consortium,
          label: "Consortium",
          any: "Both",
          value: filter.consortium ?? "",
          options: consortia.map(({ code }) => ({ value: code, label: code })),
        },
        {
          name: field.kind,
          label: "Kind",
          any: "Any kind",
          value: filter.kind ?? "",
          options: CR_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] })),
        },
      ]}
      overdue={Boolean(filter.overdue)}
      kept={{ sort: filter.sort !== "updated" ? filter.sort : undefined, dir: filter.dir !== DEFAULT_DIRECTION[filter.sort] ? filter.dir : undefined }}
      filtered={isFiltered(filter)}
    />
  );
}
