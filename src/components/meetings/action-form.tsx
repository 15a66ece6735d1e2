"use client";

import { useActionState, type ReactNode } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { Button, type ButtonVariant } from "@/components/ui/button";
import type { FormAction, FormReducer } from "@/components/forms/form-action";

interface InlineActionProps {
  action: FormAction;
  fields: Record<string, string>;
  label: ReactNode;
  /** The button's accessible name when its label alone is ambiguous (e.g. "Move up"). */
  ariaLabel?: string;
  variant?: ButtonVariant;
}

/** A one-button form for a small step that needs no confirmation (move an agenda item). */
export function InlineAction({ action, fields, label, ariaLabel, variant = "secondary" }: InlineActionProps) {
  const [state, formAction, pending] = useActionState(action as FormReducer, null);
  return (
    <form action={formAction} className="inline-flex flex-col items-start gap-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} disabled={pending} aria-label={ariaLabel} className="min-h-9 px-3 py-1">
        {pending ? "…" : label}
      </Button>
      <FormMessage state={state && !state.ok ? state : null} />
    </form>
  );
}
