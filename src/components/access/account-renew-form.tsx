"use client";

import { useActionState, useId } from "react";
import type { FormAction, FormReducer } from "@/components/forms/form-action";
import { errorsFor, FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { renewAccessUserSchema } from "@/domain/access/organization-schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(renewAccessUserSchema);

interface AccountRenewFormProps {
  account: { id: string; userName: string; version: number; trainedOn: string; confidentialitySignedOn: string };
  action: FormAction;
  today: string;
}

/** Criteria 5 and 6, "then annually": the Requestor records a user's renewed training and statement. */
export function AccountRenewForm({ account, action, today }: AccountRenewFormProps) {
  const [state, formAction, pending] = useActionState(action as FormReducer, null);
  const id = useId();
  const values = state && !state.ok ? state.values : undefined;
  return (
    <details className="text-sm" open={state !== null && !state.ok}>
      <summary className="cursor-pointer font-medium text-brand-700">
        Update dates<span className="sr-only"> for {account.userName}</span>
      </summary>
      <form action={formAction} className="mt-2 space-y-3" noValidate>
        <FormMessage state={state} />
        <input type="hidden" name={field.accountId} value={account.id} />
        <input type="hidden" name={field.version} value={account.version} />
        <Field id={`${id}-trained`} label="Training completed on" errors={errorsFor(state, field.trainedOn)}>
          {(aria) => (
            <Input {...aria} key={account.version} name={field.trainedOn} type="date" max={today} defaultValue={values?.trainedOn ?? account.trainedOn} />
          )}
        </Field>
        <Field id={`${id}-signed`} label="Statement signed on" errors={errorsFor(state, field.confidentialitySignedOn)}>
          {(aria) => (
            <Input
              {...aria}
              key={account.version}
              name={field.confidentialitySignedOn}
              type="date"
              max={today}
              defaultValue={values?.confidentialitySignedOn ?? account.confidentialitySignedOn}
            />
          )}
        </Field>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Saving…" : "Save the dates"}
        </Button>
      </form>
    </details>
  );
}
