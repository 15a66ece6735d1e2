"use client";

import { useActionState } from "react";
import { useFlashingAction } from "@/components/forms/flash";
import type { FormAction } from "@/components/forms/form-action";
import { errorsFor, FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { infrastructureSchema, officeIdSchema } from "@/domain/access/schemas";
import { fieldsOf } from "@/lib/form-fields";

const officeField = fieldsOf(officeIdSchema);
const evaluationField = fieldsOf(infrastructureSchema);

/** Process 7.1: the Infrastructure Manager records the office ID created for the Requestor. */
export function OfficeIdForm({ applicationId, action }: { applicationId: string; action: FormAction }) {
  const flashing = useFlashingAction(action);
  const [state, formAction, pending] = useActionState(flashing.action, null);
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name={officeField.applicationId} value={applicationId} />
      <Field
        id="office-id-value"
        label="Office ID"
        hint="As created in CSE: letters and digits, with - . / _ or spaces."
        errors={errorsFor(state, officeField.officeId)}
      >
        {(aria) => <Input {...aria} name={officeField.officeId} defaultValue={values?.officeId} autoComplete="off" className="sm:w-64" />}
      </Field>
      <p className="text-sm text-slate-700">The Process Manager, the Requestor&apos;s Contact Person and the LCSA System Administrator are told.</p>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Record the office ID"}
      </Button>
    </form>
  );
}

/** Process 7.2: the Infrastructure Manager's evaluation of the DTS, county and third-party infrastructure. */
export function InfrastructureForm({ applicationId, action }: { applicationId: string; action: FormAction }) {
  const flashing = useFlashingAction(action);
  const [state, formAction, pending] = useActionState(flashing.action, null);
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name={evaluationField.applicationId} value={applicationId} />
      <Field
        id="infrastructure-evaluation"
        label="Infrastructure evaluation"
        hint="The current environment, the proposal for recommendations, testing and implementation (Third Party Access Process 7.2)."
        errors={errorsFor(state, evaluationField.evaluation)}
      >
        {(aria) => <Textarea {...aria} name={evaluationField.evaluation} rows={6} defaultValue={values?.evaluation} />}
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Record the evaluation"}
      </Button>
    </form>
  );
}
