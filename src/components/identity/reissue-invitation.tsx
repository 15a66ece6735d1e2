"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { InvitationLink } from "@/components/identity/invitation-link";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { reissueInvitationSchema } from "@/domain/identity/schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(reissueInvitationSchema);

type Result = ActionResult<{ invitationPath: string }>;

export function ReissueInvitation({ userId, action }: { userId: string; action: (state: Result | null, data: FormData) => Promise<Result> }) {
  const [state, formAction, pending] = useActionState(action, null);
  if (state?.ok) return <InvitationLink path={state.data.invitationPath} />;
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name={field.userId} value={userId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Creating…" : "Create a new invitation link"}
      </Button>
    </form>
  );
}
