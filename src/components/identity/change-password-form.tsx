"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { FormReducer } from "@/components/forms/form-action";
import { errorsFor, FormMessage } from "@/components/forms/form-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { NewPasswordFields } from "@/components/identity/new-password-fields";
import { changePasswordSchema } from "@/domain/identity/schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(changePasswordSchema);

/** Changing the password ends every session, this one too: the person signs in again. */
export function ChangePasswordForm({ action }: { action: FormReducer }) {
  const [state, formAction, pending] = useActionState(action, null);
  if (state?.ok) {
    return (
      <Alert tone="success" title="Your password is changed">
        <p>
          Every session of your account has ended, on every device. <Link href="/signin">Sign in again</Link> with the new password.
        </p>
      </Alert>
    );
  }
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field id="currentPassword" label="Current password" errors={errorsFor(state, field.currentPassword)}>
        {(aria) => <Input {...aria} name={field.currentPassword} type="password" autoComplete="current-password" required />}
      </Field>
      <NewPasswordFields state={state} confirmLabel="Type the new password again" />
      <p className="text-sm text-slate-600">Changing it signs you out everywhere, here included.</p>
      <Button type="submit" disabled={pending}>
        {pending ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
