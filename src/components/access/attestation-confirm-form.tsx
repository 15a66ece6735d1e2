"use client";

import { useActionState, useId } from "react";
import type { FormAction, FormReducer } from "@/components/forms/form-action";
import { errorsFor, FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { attestAccountSchema } from "@/domain/access/organization-schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(attestAccountSchema);

/** The organization confirms one user in a campaign: the dates shown beside it, and that access is still needed. */
export function AttestationConfirmForm({
  campaignId,
  accountId,
  userName,
  action,
}: {
  campaignId: string;
  accountId: string;
  userName: string;
  action: FormAction;
}) {
  const [state, formAction, pending] = useActionState(action as FormReducer, null);
  const id = useId();
  const errors = errorsFor(state, field.stillNeeded);
  const chosen = state && !state.ok ? state.values?.stillNeeded : undefined;
  return (
    <form action={formAction} className="space-y-2" noValidate>
      <FormMessage state={state && !state.ok ? state : null} />
      <input type="hidden" name={field.campaignId} value={campaignId} />
      <input type="hidden" name={field.accountId} value={accountId} />
      <fieldset aria-describedby={errors ? `${id}-error` : undefined}>
        <legend className="text-sm font-medium text-slate-800">Does {userName} still need access to CSE?</legend>
        <div className="mt-1 flex gap-4 text-sm">
          <label className="inline-flex items-center gap-2">
            <input id={`${id}-yes`} type="radio" name={field.stillNeeded} value="yes" defaultChecked={chosen === "yes"} /> Yes
          </label>
          <label className="inline-flex items-center gap-2">
            <input id={`${id}-no`} type="radio" name={field.stillNeeded} value="no" defaultChecked={chosen === "no"} /> No
          </label>
        </div>
        {errors ? (
          <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
            {errors.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Confirming…" : `Confirm ${userName}`}
      </Button>
    </form>
  );
}
