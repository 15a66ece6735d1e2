"use client";

import { useActionState, useId, useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { ACCEPTED_DESCRIPTION, ACCEPTED_EXTENSIONS, checkFileName } from "@/domain/storage/uploads";
import { useFlashingAction } from "@/components/forms/flash";
import type { FormAction } from "@/components/forms/form-action";
import { attachSchema } from "@/domain/change-requests/schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(attachSchema);

/**
 * Attaches a file. The upload rules' name and size checks run here first, so a file that is
 * too large or of the wrong type is refused before it is sent; the server checks it all again.
 */
export function AttachForm({ crId, action }: { crId: string; action: FormAction }) {
  const flashing = useFlashingAction(action);
  const [state, formAction, pending] = useActionState(flashing.action, null);
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const error = problem ?? (state && !state.ok ? state.fieldErrors?.[field.file]?.join(" ") : undefined);
  return (
    <form
      action={formAction}
      className="space-y-2"
      onSubmit={(event) => {
        const file = (event.currentTarget.elements.namedItem(field.file) as HTMLInputElement).files?.[0];
        const checked = file ? checkFileName(file.name, file.size) : { ok: false as const, reason: "Choose a file to attach." };
        setProblem(checked.ok ? null : checked.reason);
        if (!checked.ok) event.preventDefault();
      }}
    >
      <FormMessage state={problem || (flashing.flashes && state?.ok) ? null : state} />
      <input type="hidden" name={field.crId} value={crId} />
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        File to attach
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        {ACCEPTED_DESCRIPTION}.
      </p>
      <input
        id={id}
        type="file"
        name={field.file}
        accept={ACCEPTED_EXTENSIONS}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        aria-invalid={error ? true : undefined}
        className="block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium"
        onChange={() => setProblem(null)}
      />
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Attaching…" : "Attach"}
      </Button>
    </form>
  );
}
