"use client";

import { useActionState } from "react";
import type { FormAction, FormReducer } from "@/components/forms/form-action";
import { errorsFor, FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { recordFindingSchema } from "@/domain/access/organization-schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(recordFindingSchema);

/** Section 8: the DCSS ISO records a finding of the audit; it is sent at once. */
export function FindingRecordForm({ organizationId, action, today }: { organizationId: string; action: FormAction; today: string }) {
  const [state, formAction, pending] = useActionState(action as FormReducer, null);
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name={field.organizationId} value={organizationId} />
      <Field
        id="finding-text"
        label="Finding"
        hint="What the audit found about security awareness training and certification (confidentiality statements)."
        errors={errorsFor(state, field.finding)}
      >
        {(aria) => <Textarea {...aria} name={field.finding} rows={4} required defaultValue={values?.finding} />}
      </Field>
      <Field id="finding-found" label="Found on" errors={errorsFor(state, field.foundOn)}>
        {(aria) => <Input {...aria} name={field.foundOn} type="date" max={today} required defaultValue={values?.foundOn ?? today} className="sm:w-48" />}
      </Field>
      <p className="text-sm text-slate-700">
        Recording it sends it to the Process Owner and to the Requestor&apos;s contacts, who pass it to their Information Security Officer.
      </p>
      <Button type="submit" disabled={pending}>
        {pending ? "Sending…" : "Record and send the finding"}
      </Button>
    </form>
  );
}
