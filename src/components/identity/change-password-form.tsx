"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { FormReducer } from "@/components/forms/form-action";
import { errorsFor, FormMessage } from "@/components/forms/form-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { changePasswordSchema, PASSWORD_MIN_LENGTH } from "@/domain/identity/schemas";
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
      <Field
        id="password"
        label="New password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. A short sentence is easy to remember.`}
        errors={errorsFor(state, field.password)}
      >
        {(aria) => <Input {...aria} name={field.password} type="password" autoComplete="new-password" required minLength={PASSWORD_MIN_LENGTH} />}
      </Field>
      <Field id="confirmPassword" label="Type the new password again" errors={errorsFor(state, field.confirmPassword)}>
        {(aria) => <Input {...aria} name={field.confirmPassword} type="password" autoComplete="new-password" required />}
      </Field>
      <p className="text-sm text-slate-600">Changing it signs you out everywhere, here included.</p>
      <Button type="submit" disabled={pending}>
        {pending ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
