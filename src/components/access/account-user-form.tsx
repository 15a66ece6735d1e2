"use client";

import { useActionState } from "react";
import type { FormAction, FormReducer } from "@/components/forms/form-action";
import { errorsFor, FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { listAccessUserSchema } from "@/domain/access/organization-schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(listAccessUserSchema);

/**
 * The Requestor lists a user for a CSE account (6.8 item 2), once the user has completed DCSS's
 * security awareness training and signed the confidentiality statement (section 2, criteria 5 and 6).
 */
export function AccountUserForm({ organizationId, action, today }: { organizationId: string; action: FormAction; today: string }) {
  const [state, formAction, pending] = useActionState(action as FormReducer, null);
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name={field.organizationId} value={organizationId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="user-name" label="Full name" errors={errorsFor(state, field.userName)}>
          {(aria) => <Input {...aria} name={field.userName} autoComplete="off" required defaultValue={values?.userName} />}
        </Field>
        <Field id="user-email" label="Work e-mail address" errors={errorsFor(state, field.userEmail)}>
          {(aria) => <Input {...aria} name={field.userEmail} type="email" autoComplete="off" required defaultValue={values?.userEmail} />}
        </Field>
        <Field
          id="user-trained"
          label="Security awareness training completed on"
          hint="DCSS's training module; it is repeated every year."
          errors={errorsFor(state, field.trainedOn)}
        >
          {(aria) => <Input {...aria} name={field.trainedOn} type="date" max={today} required defaultValue={values?.trainedOn} />}
        </Field>
        <Field
          id="user-signed"
          label="Confidentiality statement signed on"
          hint="Keep the signed statement: DCSS may ask for it (Appendix C)."
          errors={errorsFor(state, field.confidentialitySignedOn)}
        >
          {(aria) => <Input {...aria} name={field.confidentialitySignedOn} type="date" max={today} required defaultValue={values?.confidentialitySignedOn} />}
        </Field>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add the user"}
      </Button>
    </form>
  );
}
