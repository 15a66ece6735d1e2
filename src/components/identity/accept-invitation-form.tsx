"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { NewPasswordFields } from "@/components/identity/new-password-fields";
import { acceptInvitationSchema } from "@/domain/identity/schemas";
import type { ActionResult } from "@/lib/action";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(acceptInvitationSchema);

type Result = ActionResult<{ email: string }>;

export function AcceptInvitationForm({ token, action }: { token: string; action: (state: Result | null, data: FormData) => Promise<Result> }) {
  const [state, formAction, pending] = useActionState(action, null);
  if (state?.ok) {
    return (
      <Alert tone="success" title="Your password is set">
        <p>
          <Link href="/signin">Sign in</Link> with {state.data.email} and your new password.
        </p>
      </Alert>
    );
  }
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name={field.token} value={token} />
      <NewPasswordFields state={state} confirmLabel="Type it again" />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Set password"}
      </Button>
    </form>
  );
}
