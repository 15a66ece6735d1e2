"use client";

import { useActionState } from "react";
import { errorsFor, FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action";

type Result = ActionResult<{ name: string } | null>;

/** Names someone to vote in the member's place, or (with `withdraw`) takes the seat's vote back. */
export function DesigneeForm({
  motionId,
  withdraw,
  action,
}: {
  motionId: string;
  withdraw: boolean;
  action: (state: Result | null, data: FormData) => Promise<Result>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="motionId" value={motionId} />
      {withdraw ? (
        <input type="hidden" name="designeeEmail" value="" />
      ) : (
        <Field
          id="designeeEmail"
          label="Designee's email"
          hint="They must have an account. They vote in your place on this motion only."
          errors={errorsFor(state, "designeeEmail")}
        >
          {(aria) => <Input {...aria} name="designeeEmail" type="email" required />}
        </Field>
      )}
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Saving…" : withdraw ? "Withdraw the designation" : "Name designee"}
      </Button>
    </form>
  );
}
