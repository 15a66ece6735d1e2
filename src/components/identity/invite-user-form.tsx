"use client";

import Link from "next/link";
import { useActionState } from "react";
import { errorsFor, FormMessage } from "@/components/forms/form-message";
import { InvitationLink } from "@/components/identity/invitation-link";
import { RoleScopePicker, type ScopeChoices } from "@/components/identity/scope-picker";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action";
import { inviteUserSchema } from "@/domain/identity/schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(inviteUserSchema);

type InviteResult = ActionResult<{ userId: string; invitationPath: string }>;

export function InviteUserForm({ action, choices }: { action: (state: InviteResult | null, data: FormData) => Promise<InviteResult>; choices: ScopeChoices }) {
  const [state, formAction, pending] = useActionState(action, null);
  if (state?.ok) {
    return (
      <div className="space-y-4">
        <InvitationLink path={state.data.invitationPath} />
        <p className="flex gap-4 text-sm">
          <Link href={`/admin/users/${state.data.userId}`}>Open their account</Link>
          <Link href="/admin/users">Back to users</Link>
        </p>
      </div>
    );
  }
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="name" label="Full name" errors={errorsFor(state, field.name)}>
          {(aria) => <Input {...aria} name={field.name} autoComplete="off" required defaultValue={values?.name} />}
        </Field>
        <Field id="email" label="Email" errors={errorsFor(state, field.email)}>
          {(aria) => <Input {...aria} name={field.email} type="email" autoComplete="off" required defaultValue={values?.email} />}
        </Field>
        <Field id="title" label="Job title (optional)" errors={errorsFor(state, field.title)}>
          {(aria) => <Input {...aria} name={field.title} defaultValue={values?.title} />}
        </Field>
      </div>
      <fieldset className="space-y-2">
        <legend className="font-medium">First role</legend>
        <p className="text-sm text-slate-600">More roles can be granted from their account page.</p>
        <RoleScopePicker
          choices={choices}
          errors={{ role: errorsFor(state, field.role), scopeType: errorsFor(state, field.scopeType), lcsaId: errorsFor(state, field.lcsaId) }}
        />
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? "Inviting…" : "Invite"}
      </Button>
    </form>
  );
}
