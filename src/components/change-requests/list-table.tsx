import Link from "next/link";
import { formatDateTime, inSentence, plural } from "@/lib/format";
import { ListRows, type ListRow } from "@/components/change-requests/list-rows";
import { STATE_LABELS } from "@/domain/change-requests/lifecycle";
import { crNumber, KIND_LABELS } from "@/domain/change-requests/labels";
import { DEFAULT_DIRECTION, listQuery, SORT_LABELS, type ListFilter, type ListSort } from "@/domain/change-requests/list-filter";
import { PARTY_LABELS } from "@/domain/change-requests/queue";
import type { ListedChangeRequest } from "@/server/change-requests/list-query";

/**
 * One page of the list. Column headers that sort are links, and say which way they sort.
 * It fits the screen from tablet width up, its last column included: narrower than desktop,
 * the consortium moves under the number, and the date and a badge may wrap.
 */
export function ListTable({ rows, filter }: { rows: ListedChangeRequest[]; filter: ListFilter }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Change requests, sorted by {inSentence(SORT_LABELS[filter.sort])}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-slate-600">
            <SortHeader filter={filter} sort="number" />
            <SortHeader filter={filter} sort="title" />
            {/* Below desktop width the consortium is written under the number, so every column fits a tablet (820 px). */}
            <th scope="col" className="hidden py-2 pr-4 font-medium lg:table-cell">
              Consortium
            </th>
            <SortHeader filter={filter} sort="state" />
            <th scope="col" className="py-2 pr-4 font-medium">
              Waiting on
            </th>
            <SortHeader filter={filter} sort="age" />
            <SortHeader filter={filter} sort="updated" />
          </tr>
        </thead>
        <ListRows rows={rows.map(toListRow)} />
      </table>
    </div>
  );
}

function toListRow(row: ListedChangeRequest): ListRow {
  return {
    id: row.id,
    number: crNumber(row.number),
    externalRef: row.externalRef,
    title: row.title,
    kind: row.kind === "ENHANCEMENT" ? null : { label: KIND_LABELS[row.kind], urgent: row.kind === "EMERGENCY_FIX" },
    authorName: row.authorName,
    consortium: row.consortium,
    state: STATE_LABELS[row.state],
    waitingOn: row.waitingOn ? PARTY_LABELS[row.waitingOn] : "—",
    days: `${row.daysInState} ${plural(row.daysInState, "day")}`,
    overdue: row.overdue,
    updated: formatDateTime(row.updatedAt),
  };
}

function SortHeader({ filter, sort }: { filter: ListFilter; sort: ListSort }) {
  const active = filter.sort === sort;
  // Clicking the active column turns it around; another column starts its natural way.
  const dir = active ? (filter.dir === "asc" ? "desc" : "asc") : DEFAULT_DIRECTION[sort];
  const query = listQuery(filter, { sort, dir, page: 1 });
  // "Time in step" descending means the longest waiting first, i.e. ascending dates.
  const ariaSort = active ? (filter.dir === "asc" ? "ascending" : "descending") : undefined;
  return (
    <th scope="col" className="py-2 pr-4 font-medium whitespace-nowrap" aria-sort={ariaSort}>
      <Link href={`/change-requests${query ? `?${query}` : ""}`} className="text-slate-700">
        {SORT_LABELS[sort]}
        <span aria-hidden="true">{active ? (filter.dir === "asc" ? " ▲" : " ▼") : ""}</span>
        <span className="sr-only">{active ? `, sorted ${filter.dir === "asc" ? "ascending" : "descending"}; select to reverse` : ", select to sort"}</span>
      </Link>
    </th>
  );
}
