"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { useHydrated } from "@/components/use-hydrated";
import type { ActionResult } from "@/lib/action";
import { setElectorateSchema } from "@/domain/governance/election-schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(setElectorateSchema);

type Result = ActionResult<{ electorate: "CATEGORY" | "CONSORTIUM" }>;

/** The chair sets who votes for a seat, until voting opens. */
export function ElectorateForm({
  contestId,
  category,
  electorate,
  action,
}: {
  contestId: string;
  category: number;
  electorate: "CATEGORY" | "CONSORTIUM";
  action: (state: Result | null, data: FormData) => Promise<Result>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  // Until React runs, a click would be lost: the button waits for it.
  const ready = useHydrated() && !pending;
  const id = `electorate-${contestId}`;
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-3" noValidate>
      <div className="w-full">
        <FormMessage state={state} />
      </div>
      <input type="hidden" name={field.contestId} value={contestId} />
      <Field id={id} label="Who votes for this seat">
        {(aria) => (
          <Select {...aria} name={field.electorate} defaultValue={electorate}>
            <option value="CATEGORY">The LCSAs in caseload category {category}</option>
            <option value="CONSORTIUM">Every LCSA of the consortium</option>
          </Select>
        )}
      </Field>
      <Button type="submit" variant="secondary" disabled={!ready}>
        {pending ? "Saving…" : "Save who votes"}
      </Button>
    </form>
  );
}
