"use client";

import { useActionState } from "react";
import { errorsFor, FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { useHydrated } from "@/components/use-hydrated";
import type { ActionResult } from "@/lib/action";
import { nominateSchema } from "@/domain/governance/election-schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(nominateSchema);

type Result = ActionResult<{ candidate: string; seat: string }>;

/**
 * Puts a name forward for a seat: the people this user may nominate, as the server worked
 * them out. Stays on the page when nobody is left to nominate, so the last outcome shows.
 */
export function NominationForm({
  contestId,
  seatTitle,
  nominees,
  action,
}: {
  contestId: string;
  seatTitle: string;
  nominees: { value: string; label: string }[];
  action: (state: Result | null, data: FormData) => Promise<Result>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  // Until React runs, a click would be lost: the button waits for it.
  const ready = useHydrated() && !pending;
  const id = `candidate-${contestId}`;
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name={field.contestId} value={contestId} />
      {nominees.length === 0 ? (
        <p className="text-sm text-slate-600">Everyone you may nominate for {seatTitle} is a candidate.</p>
      ) : (
        <>
          <Field
            id={id}
            label={`Nominate for ${seatTitle}`}
            hint="The Director, or the Director's designee, of an LCSA in this seat's caseload category."
            errors={errorsFor(state, field.candidate)}
          >
            {(aria) => (
              <Select {...aria} name={field.candidate} required defaultValue="">
                <option value="" disabled>
                  Choose a candidate
                </option>
                {nominees.map((nominee) => (
                  <option key={nominee.value} value={nominee.value}>
                    {nominee.label}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Button type="submit" variant="secondary" disabled={!ready}>
            {pending ? "Nominating…" : "Nominate"}
          </Button>
        </>
      )}
    </form>
  );
}
