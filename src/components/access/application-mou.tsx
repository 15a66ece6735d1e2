"use client";

import { useActionState } from "react";
import { ConfirmAction } from "@/components/forms/confirm-action";
import { useFlashingAction } from "@/components/forms/flash";
import type { FormAction } from "@/components/forms/form-action";
import { errorsFor, FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { countersignSchema, MAX_TERM_YEARS, returnSignedMouSchema, yearsAfter } from "@/domain/access/schemas";
import { formatDay } from "@/lib/format";
import { fieldsOf } from "@/lib/form-fields";

const mouField = fieldsOf(returnSignedMouSchema);
const termField = fieldsOf(countersignSchema);

/** Process 6.8 item 1: the Requestor returns the MOU it signed, scanned or saved as a PDF. */
export function SignedMouForm({ applicationId, action }: { applicationId: string; action: FormAction }) {
  const flashing = useFlashingAction(action);
  const [state, formAction, pending] = useActionState(flashing.action, null);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name={mouField.applicationId} value={applicationId} />
      <Field
        id="mou-file"
        label="The signed MOU (PDF)"
        hint="Scan or save the MOU signed for your organization as one PDF file."
        errors={errorsFor(state, mouField.file)}
      >
        {(aria) => <Input {...aria} name={mouField.file} type="file" accept="application/pdf,.pdf" required />}
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Uploading…" : "Send the signed MOU to DCSS"}
      </Button>
    </form>
  );
}

/**
 * Process 6.9 item 1: the Process Owner signs the MOU on behalf of DCSS, with its term (Appendix
 * D's "TERM"). It puts the MOU in force and cannot be undone, so it asks first.
 */
export function CountersignForm({
  applicationId,
  organization,
  today,
  action,
}: {
  applicationId: string;
  organization: string;
  today: string;
  action: FormAction;
}) {
  const ends = yearsAfter(today, 3);
  return (
    <ConfirmAction
      action={action}
      fields={{ [termField.applicationId]: applicationId }}
      variant="primary"
      label="Countersign the MOU"
      title={`Sign the MOU with ${organization} on behalf of DCSS?`}
      body={`This puts the MOU in force and cannot be undone: the approved user account matrix shows it, and the Infrastructure Manager is told to create the office ID (Third Party Access Process 6.9). A term is at most ${MAX_TERM_YEARS} years.`}
      confirmLabel="Countersign"
      extraFields={(refused) => (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="term-starts" label="Term starts on" errors={refused?.fieldErrors?.[termField.termStartsOn]}>
            {(aria) => <Input {...aria} name={termField.termStartsOn} type="date" defaultValue={refused?.values?.termStartsOn ?? today} />}
          </Field>
          <Field id="term-ends" label="Term ends on" hint={`For example ${formatDay(ends)}.`} errors={refused?.fieldErrors?.[termField.termEndsOn]}>
            {(aria) => <Input {...aria} name={termField.termEndsOn} type="date" defaultValue={refused?.values?.termEndsOn ?? ends} />}
          </Field>
        </div>
      )}
    />
  );
}
