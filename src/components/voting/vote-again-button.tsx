"use client";

import { useActionState, useEffect, useId, useRef } from "react";
import { useFlashingAction } from "@/components/forms/flash";
import type { FormAction } from "@/components/forms/form-action";
import { errorsFor, FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { HoursOpenField } from "@/components/voting/hours-open-field";

interface VoteAgainButtonProps {
  action: FormAction;
  /** Hidden fields the action needs (ids). */
  fields: Record<string, string>;
  label: string;
  title: string;
  /** Why a new vote, and what the last one recorded. */
  body: string;
  /** The hours offered at first. */
  usualHours: number;
}

/**
 * Opens a new vote after one that decided nothing: asked first, in a modal dialog, with the
 * new vote's deadline (hours open, bounded by the schema on the server too). The form sends
 * `confirm=yes`, which voteAgainFields requires. A refusal shows in the dialog with what was
 * typed; success closes it and the page's FlashProvider shows the message.
 */
export function VoteAgainButton({ action, fields, label, title, body, usualHours }: VoteAgainButtonProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const hoursId = useId();
  const flashing = useFlashingAction(action);
  const [state, formAction, pending] = useActionState(flashing.action, null);
  useEffect(() => {
    if (state?.ok) dialog.current?.close();
  }, [state]);
  const refused = state && !state.ok ? state : null;
  return (
    <div className="inline-flex flex-col items-start gap-2">
      <Button onClick={() => dialog.current?.showModal()}>{label}</Button>
      <dialog ref={dialog} aria-labelledby={titleId} className="m-auto w-full max-w-lg rounded-lg p-0 shadow-xl backdrop:bg-slate-900/50">
        <form action={formAction} className="space-y-4 p-6" noValidate>
          <h2 id={titleId}>{title}</h2>
          <p className="text-sm text-slate-700">{body}</p>
          <FormMessage state={refused} />
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <input type="hidden" name="confirm" value="yes" />
          <HoursOpenField
            id={hoursId}
            hint="The new vote closes by itself after this, unless the chair closes it first."
            errors={errorsFor(refused, "hoursOpen")}
            kept={refused?.values?.hoursOpen}
            usual={usualHours}
          />
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => dialog.current?.close()}>
              Cancel
            </Button>
            <Button type="submit" disabled={pending}>
              {pending ? "Opening…" : "Open the new vote"}
            </Button>
          </div>
        </form>
      </dialog>
    </div>
  );
}
