"use client";

import { useActionState, useEffect, type ReactNode } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/use-hydrated";
import type { ActionResult } from "@/lib/action";

export type FormAction<T> = (state: ActionResult<T> | null, data: FormData) => Promise<ActionResult<T>>;

interface ActionFormProps<T> {
  action: FormAction<T>;
  /** Hidden fields the action needs (ids). */
  fields?: Record<string, string>;
  submitLabel: string;
  /** Runs once the action succeeded (e.g. to open the record it created). */
  onSuccess?: (data: T) => void;
  pendingLabel: string;
  /** The visible fields, given the last result (its field errors and the values to keep). */
  children: (state: ActionResult<T> | null, values: Record<string, string> | undefined) => ReactNode;
}

/**
 * The workgroup pages' forms: the outcome is announced at the top, fields keep what was
 * typed when the server refuses, and the button waits for hydration and shows progress.
 */
export function ActionForm<T>({ action, fields = {}, submitLabel, onSuccess, pendingLabel, children }: ActionFormProps<T>) {
  const [state, formAction, pending] = useActionState(action, null);
  useEffect(() => {
    if (state?.ok) onSuccess?.(state.data);
  }, [state, onSuccess]);
  const ready = useHydrated() && !pending;
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children(state, values)}
      <Button type="submit" disabled={!ready}>
        {pending ? pendingLabel : submitLabel}
      </Button>
    </form>
  );
}
