"use client";

import { useActionState } from "react";
import { errorsFor, FormMessage } from "@/components/forms/form-message";
import { RoleScopePicker, type ScopeChoices } from "@/components/identity/scope-picker";
import { Button } from "@/components/ui/button";
import { grantRoleSchema } from "@/domain/identity/schemas";
import type { ActionResult } from "@/lib/action";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(grantRoleSchema);

export function GrantRoleForm({
  userId,
  action,
  choices,
}: {
  userId: string;
  action: (state: ActionResult<{ id: string }> | null, data: FormData) => Promise<ActionResult<{ id: string }>>;
  choices: ScopeChoices;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    // The key resets the pickers after each successful grant.
    <form key={state?.ok ? state.data.id : "form"} action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name={field.userId} value={userId} />
      <RoleScopePicker choices={choices} errors={{ role: errorsFor(state, field.role), scopeType: errorsFor(state, field.scopeType) }} />
      <Button type="submit" disabled={pending}>
        {pending ? "Granting…" : "Grant role"}
      </Button>
    </form>
  );
}
