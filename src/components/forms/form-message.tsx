"use client";

import { useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";

/** Shows an action's outcome and moves focus to it, so keyboard and screen reader users hear it. */
export function FormMessage({ state }: { state: { ok: boolean; error?: string; message?: string } | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state) ref.current?.focus();
  }, [state]);
  if (!state) return null;
  const text = state.ok ? state.message : state.error;
  if (!text) return null;
  return (
    <div ref={ref} tabIndex={-1} className="outline-none">
      <Alert tone={state.ok ? "success" : "error"}>{text}</Alert>
    </div>
  );
}

export function errorsFor(state: { ok: boolean; fieldErrors?: Record<string, string[]> } | null, field: string): string[] | undefined {
  return state && !state.ok ? state.fieldErrors?.[field] : undefined;
}
