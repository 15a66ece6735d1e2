"use client";

import { useActionState } from "react";
import type { FormAction, FormReducer } from "@/components/forms/form-action";
import { errorsFor, FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { routeToPolicyBranchSchema } from "@/domain/meetings/schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(routeToPolicyBranchSchema);

/** Governance plan 2.1: a policy question goes to the Policy Branch rather than to a vote. */
export function PolicyRouteForm({ action, agendaItemId, title }: { action: FormAction; agendaItemId: string; title: string }) {
  const [state, formAction, pending] = useActionState(action as FormReducer, null);
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name={field.agendaItemId} value={agendaItemId} />
      <p className="text-sm text-slate-700">
        The ESCs address automation and technical issues; policy questions go to the Policy Branch for research and resolution (Governance plan 2.1). The item
        stays on the agenda as a record, and no motion can be put on it.
      </p>
      <Field id={`policy-${agendaItemId}`} label={`Why “${title}” is a policy question`} errors={errorsFor(state, field.note)}>
        {(aria) => <Textarea {...aria} name={field.note} rows={2} required defaultValue={values?.note} />}
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Routing…" : "Route to the Policy Branch"}
      </Button>
    </form>
  );
}
