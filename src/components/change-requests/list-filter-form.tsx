"use client";

import Link from "next/link";
import { Field, Input, Select } from "@/components/ui/field";
import type { ListFilterField } from "@/domain/change-requests/list-filter";

// The query parameters listFilterSchema reads, checked against it at compile time (a type-only import: nothing reaches the browser).
const field = { q: "q", overdue: "overdue", sort: "sort", dir: "dir" } as const satisfies Partial<Record<ListFilterField, ListFilterField>>;

interface Option {
  value: string;
  label: string;
}

/** One filter menu: its field name, its label, what "no filter" reads, its choices and the current one. */
export interface FilterSelect {
  name: string;
  label: string;
  any: string;
  options: Option[];
  value: string;
}

export interface ListFilterFormProps {
  q: string;
  selects: FilterSelect[];
  overdue: boolean;
  /** The sort and direction to keep when filtering, when they are not the defaults. */
  kept: { sort?: string; dir?: string };
  filtered: boolean;
}

/**
 * The list's search and filters as a plain GET form: the result is a URL anyone can
 * bookmark or send. The sort travels along so filtering keeps the chosen order. A client
 * component fed plain options (see ListRows): the page carries its forty-odd options once.
 */
export function ListFilterForm({ q, selects, overdue, kept, filtered }: ListFilterFormProps) {
  return (
    <form role="search" aria-label="Search and filter change requests" action="/change-requests" className="grid items-end gap-3 sm:grid-cols-2 lg:grid-cols-6">
      <div className="sm:col-span-2">
        <Field id="q" label="Search" hint="Number (CR-0042), title, scope or external number">
          {(aria) => <Input {...aria} name={field.q} type="search" defaultValue={q} />}
        </Field>
      </div>
      {selects.map((select) => (
        <Field key={select.name} id={select.name} label={select.label}>
          {(aria) => (
            <Select {...aria} name={select.name} defaultValue={select.value}>
              <option value="">{select.any}</option>
              {select.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
      ))}
      <label className="flex min-h-10 items-center gap-2 text-sm font-medium text-slate-800">
        <input type="checkbox" name={field.overdue} value="yes" defaultChecked={overdue} className="size-4" />
        Overdue only
      </label>
      {kept.sort ? <input type="hidden" name={field.sort} value={kept.sort} /> : null}
      {kept.dir ? <input type="hidden" name={field.dir} value={kept.dir} /> : null}
      <div className="flex items-center gap-3">
        <button type="submit" className="min-h-10 rounded-md bg-brand-700 px-4 text-sm font-medium text-white hover:bg-brand-800">
          Apply
        </button>
        {filtered ? <Link href="/change-requests">Clear</Link> : null}
      </div>
    </form>
  );
}
