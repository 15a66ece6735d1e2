"use client";

import { useActionState, useEffect, useId, useRef } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useFlashingAction } from "./flash";
import type { FormAction } from "./step-form";

interface ConfirmDialogProps {
  action: FormAction;
  hidden: Record<string, string>;
  label: string;
  title: string;
  body: string;
  confirmLabel: string;
  /** A text the person must give (a reason, a note), asked inside the dialog. */
  reason?: { name: string; label: string; hint?: string };
  variant?: ButtonVariant;
}

/**
 * A step that cannot simply be undone (closing, withdrawing, flagging an impact): a button
 * that opens a modal dialog to confirm, with a reason when one is needed. A refusal shows
 * inside the dialog, with what was typed kept; success closes it and is announced.
 */
export function ConfirmDialog({ action, hidden, label, title, body, confirmLabel, reason, variant = "primary" }: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const reasonId = useId();
  const flashing = useFlashingAction(action);
  const [state, formAction, pending] = useActionState(flashing.action, null);
  useEffect(() => {
    if (state?.ok) dialog.current?.close();
  }, [state]);
  const kept = state && !state.ok ? state.values?.[reason?.name ?? ""] : undefined;
  return (
    <div className="flex flex-col items-start gap-2">
      <Button variant={variant === "danger" ? "secondary" : variant} onClick={() => dialog.current?.showModal()}>
        {label}
      </Button>
      {state?.ok && !flashing.flashes ? <FormMessage state={state} /> : null}
      <dialog ref={dialog} aria-labelledby={titleId} className="m-auto w-full max-w-lg rounded-lg p-0 shadow-xl backdrop:bg-slate-900/50">
        <form action={formAction} className="space-y-4 p-6" noValidate>
          <h2 id={titleId}>{title}</h2>
          <p className="text-sm text-slate-700">{body}</p>
          {state && !state.ok ? <FormMessage state={state} /> : null}
          {Object.entries(hidden).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {reason ? (
            <Field id={reasonId} label={reason.label} hint={reason.hint} errors={state && !state.ok ? state.fieldErrors?.[reason.name] : undefined}>
              {(aria) => (
                <textarea
                  {...aria}
                  name={reason.name}
                  rows={3}
                  defaultValue={kept}
                  className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm shadow-sm aria-invalid:border-red-700"
                />
              )}
            </Field>
          ) : null}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => dialog.current?.close()} autoFocus={!reason}>
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
