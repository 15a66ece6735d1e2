"use client";

import { useActionState } from "react";
import type { FormAction, FormReducer } from "@/components/forms/form-action";
import { errorsFor, FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { openAttestationSchema } from "@/domain/access/organization-schemas";
import { fieldsOf } from "@/lib/form-fields";
import { countOf } from "@/lib/format";

const field = fieldsOf(openAttestationSchema);

/** The Process Manager opens the year's re-attestation (the product's). */
export function AttestationOpenForm({
  action,
  year,
  today,
  accounts,
  organizations,
}: {
  action: FormAction;
  year: number;
  today: string;
  accounts: number;
  organizations: number;
}) {
  const [state, formAction, pending] = useActionState(action as FormReducer, null);
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="campaign-year" label="Year" errors={errorsFor(state, field.year)}>
          {(aria) => <Input {...aria} name={field.year} inputMode="numeric" required defaultValue={values?.year ?? String(year)} className="sm:w-32" />}
        </Field>
        <Field
          id="campaign-deadline"
          label="Deadline"
          hint="The last day organizations may confirm before accounts are flagged."
          errors={errorsFor(state, field.deadlineOn)}
        >
          {(aria) => <Input {...aria} name={field.deadlineOn} type="date" min={today} required defaultValue={values?.deadlineOn} className="sm:w-48" />}
        </Field>
      </div>
      <p className="text-sm text-slate-700">
        The campaign lists today&apos;s {countOf(accounts, "active account")} of {countOf(organizations, "organization")}, and tells each organization&apos;s
        Requestor contacts.
      </p>
      <Button type="submit" disabled={pending}>
        {pending ? "Opening…" : "Open the campaign"}
      </Button>
    </form>
  );
}
