"use client";

import { useActionState, useEffect, useId, useRef } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { Button, type ButtonVariant } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";

interface ConfirmActionProps<T> {
  action: (state: ActionResult<T> | null, data: FormData) => Promise<ActionResult<T>>;
  /** Hidden fields the action needs (ids). */
  fields: Record<string, string>;
  label: string;
  title: string;
  body: string;
  confirmLabel: string;
  variant?: ButtonVariant;
}

/**
 * A button that asks before doing something that cannot simply be undone. The native
 * <dialog> is modal: focus stays inside, Escape cancels, focus returns to the button.
 */
export function ConfirmAction<T>({ action, fields, label, title, body, confirmLabel, variant = "danger" }: ConfirmActionProps<T>) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [state, formAction, pending] = useActionState(action, null);
  useEffect(() => {
    if (state) dialog.current?.close();
  }, [state]);
  return (
    <div className="inline-flex flex-col items-start gap-2">
      <Button variant={variant === "danger" ? "secondary" : variant} onClick={() => dialog.current?.showModal()}>
        {label}
      </Button>
      <FormMessage state={state && !state.ok ? state : null} />
      <dialog ref={dialog} aria-labelledby={titleId} className="m-auto max-w-md rounded-lg p-0 shadow-xl backdrop:bg-slate-900/50">
        <form action={formAction} className="space-y-4 p-6">
          <h2 id={titleId}>{title}</h2>
          <p className="text-sm text-slate-700">{body}</p>
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <input type="hidden" name="confirm" value="yes" />
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => dialog.current?.close()} autoFocus>
              Cancel
            </Button>
            <Button type="submit" variant={variant} disabled={pending}>
              {pending ? "Working…" : confirmLabel}
            </Button>
          </div>
        </form>
      </dialog>
    </div>
  );
}
