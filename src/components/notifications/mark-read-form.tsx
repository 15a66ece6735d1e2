"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { markReadSchema } from "@/domain/notifications/schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(markReadSchema);

interface MarkReadFormProps<T> {
  action: (state: ActionResult<T> | null, data: FormData) => Promise<ActionResult<T>>;
  /** One notice; without it, every unread one. */
  notificationId?: string;
  /** Hides the button once there is nothing left to mark; the outcome message stays and keeps focus. */
  done: boolean;
  label: string;
  /** Says which notice the button is for, for screen readers ("Mark as read: <subject>"). */
  accessibleLabel?: string;
}

export function MarkReadForm<T>({ action, notificationId, done, label, accessibleLabel }: MarkReadFormProps<T>) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <div className="flex flex-col items-start gap-2">
      <FormMessage state={state} />
      {done ? null : (
        <form action={formAction}>
          {notificationId ? <input type="hidden" name={field.notificationId} value={notificationId} /> : null}
          <Button type="submit" variant="secondary" disabled={pending} aria-label={accessibleLabel}>
            {pending ? "Saving…" : label}
          </Button>
        </form>
      )}
    </div>
  );
}
