"use client";

import { useActionState, useEffect, useId, useRef, type ReactNode } from "react";
import { useFlashingAction } from "@/components/forms/flash";
import { FormMessage } from "@/components/forms/form-message";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import type { FormAction } from "@/components/forms/form-action";
import type { ActionResult } from "@/lib/action";

type Refusal = Extract<ActionResult<unknown>, { ok: false }>;

/** What a confirmed step says: its button, the dialog's question and explanation, the confirming button. */
export interface Confirmation {
  label: string;
  title: string;
  body: string;
  confirmLabel: string;
  /** A text the person must give (a reason, a note), asked inside the dialog. */
  reason?: { name: string; label: string; hint?: string };
  variant?: ButtonVariant;
}

export interface ConfirmActionProps extends Confirmation {
  action: FormAction;
  /** Hidden fields the action needs (ids). */
  fields: Record<string, string>;
  /** Other fields asked inside the dialog (a new vote's hours), given the refusal to show their errors and kept values. */
  extraFields?: (refused: Refusal | null) => ReactNode;
}

/**
 * A button that asks before doing something that cannot simply be undone. The native
 * <dialog> is modal: focus stays inside, Escape cancels, focus returns to the button. A
 * refusal shows inside the dialog, with what was typed kept; success closes it, and its
 * message is shown and announced by the page's FlashProvider (the step usually takes its
 * own button off the page, so the message cannot live beside it). The form
 * always sends `confirm=yes`, which the schemas of such steps require (meetingStepSchema,
 * dissolveWorkgroupSchema, revokeRoleSchema…); the others ignore it.
 */
export function ConfirmAction({ action, fields, label, title, body, confirmLabel, reason, extraFields, variant = "danger" }: ConfirmActionProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const reasonId = useId();
  const flashing = useFlashingAction(action);
  const [state, formAction, pending] = useActionState(flashing.action, null);
  useEffect(() => {
    if (state?.ok) dialog.current?.close();
  }, [state]);
  const refused = state && !state.ok ? state : null;
  return (
    <div className="inline-flex flex-col items-start gap-2">
      <Button variant={variant === "danger" ? "secondary" : variant} onClick={() => dialog.current?.showModal()}>
        {label}
      </Button>
      <dialog ref={dialog} aria-labelledby={titleId} className="m-auto w-full max-w-lg rounded-lg p-0 shadow-xl backdrop:bg-slate-900/50">
        <form action={formAction} className="space-y-4 p-6" noValidate>
          <h2 id={titleId}>{title}</h2>
          <p className="text-sm text-slate-700">{body}</p>
          <FormMessage state={refused} />
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <input type="hidden" name="confirm" value="yes" />
          {reason ? (
            <Field id={reasonId} label={reason.label} hint={reason.hint} errors={refused?.fieldErrors?.[reason.name]}>
              {(aria) => <Textarea {...aria} name={reason.name} rows={3} defaultValue={refused?.values?.[reason.name]} />}
            </Field>
          ) : null}
          {extraFields?.(refused)}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => dialog.current?.close()} autoFocus={!reason && !extraFields}>
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
