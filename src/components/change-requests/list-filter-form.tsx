"use client";

import Link from "next/link";
import { Field, Input, Select } from "@/components/ui/field";

interface Option {
  value: string;
  label: string;
}

export interface ListFilterFormProps {
  values: { q: string; state: string; waiting: string; consortium: string; kind: string; overdue: boolean };
  /** The sort and direction to keep when filtering, when they are not the defaults. */
  kept: { sort?: string; dir?: string };
  filtered: boolean;
  options: { states: Option[]; parties: Option[]; consortia: string[]; kinds: Option[] };
}

/**
 * The list's search and filters as a plain GET form: the result is a URL anyone can
 * bookmark or send. The sort travels along so filtering keeps the chosen order. A client
 * component fed plain options (see ListRows): the page carries its forty-odd options once.
 */
export function ListFilterForm({ values, kept, filtered, options }: ListFilterFormProps) {
  return (
    <form role="search" aria-label="Search and filter change requests" action="/change-requests" className="grid items-end gap-3 sm:grid-cols-2 lg:grid-cols-6">
      <div className="sm:col-span-2">
        <Field id="q" label="Search" hint="Number (CR-0042), title, scope or external number">
          {(aria) => <Input {...aria} name="q" type="search" defaultValue={values.q} />}
        </Field>
      </div>
      <Field id="state" label="Step">
        {(aria) => (
          <Select {...aria} name="state" defaultValue={values.state}>
            <option value="">Any step</option>
            {options.states.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="waiting" label="Waiting on">
        {(aria) => (
          <Select {...aria} name="waiting" defaultValue={values.waiting}>
            <option value="">Anyone</option>
            {options.parties.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="consortium" label="Consortium">
        {(aria) => (
          <Select {...aria} name="consortium" defaultValue={values.consortium}>
            <option value="">Both</option>
            {options.consortia.map((code) => (
              <option key={code}>{code}</option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="kind" label="Kind">
        {(aria) => (
          <Select {...aria} name="kind" defaultValue={values.kind}>
            <option value="">Any kind</option>
            {options.kinds.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <label className="flex min-h-10 items-center gap-2 text-sm font-medium text-slate-800">
        <input type="checkbox" name="overdue" value="yes" defaultChecked={values.overdue} className="size-4" />
        Overdue only
      </label>
      {kept.sort ? <input type="hidden" name="sort" value={kept.sort} /> : null}
      {kept.dir ? <input type="hidden" name="dir" value={kept.dir} /> : null}
      <div className="flex items-center gap-3">
        <button type="submit" className="min-h-10 rounded-md bg-brand-700 px-4 text-sm font-medium text-white hover:bg-brand-800">
          Apply
        </button>
        {filtered ? <Link href="/change-requests">Clear</Link> : null}
      </div>
    </form>
  );
}
