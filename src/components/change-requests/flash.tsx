"use client";

import { createContext, useCallback, useContext, useState, type ReactNode } from "react";
import type { FormAction, FormReducer } from "@/components/forms/form-action";

type Announce = (message: string) => void;
const FlashContext = createContext<Announce | null>(null);

/**
 * Success messages of a change request's page, shown in one place that outlives the form
 * that sent them: many saves change the page so that their form goes away (a pass
 * finished, a package submitted), and the confirmation must still be seen and announced.
 * Refusals stay beside their form, where the input they are about is.
 */
export function FlashProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<{ text: string; at: number } | null>(null);
  const announce = useCallback<Announce>((text) => setMessage({ text, at: Date.now() }), []);
  return (
    <FlashContext value={announce}>
      {children}
      {/* Clicks pass through the message to whatever it covers; only its dismiss button takes them. */}
      <div role="status" aria-live="polite" className="no-print pointer-events-none fixed right-4 bottom-4 z-40 max-w-sm">
        {message ? (
          <div key={message.at} className="flex items-start gap-3 rounded-md border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900 shadow-lg">
            <p>{message.text}</p>
            <button type="button" onClick={() => setMessage(null)} className="pointer-events-auto ml-auto rounded px-1 font-semibold text-green-900" aria-label="Dismiss the message">
              ×
            </button>
          </div>
        ) : null}
      </div>
    </FlashContext>
  );
}

/**
 * The form's action, announcing its success message through the page's FlashProvider (when
 * there is one) as soon as it returns, before the page re-renders without the form.
 */
export function useFlashingAction(action: FormAction): { action: FormReducer; flashes: boolean } {
  const announce = useContext(FlashContext);
  const run = action as FormReducer;
  const flashing = useCallback<FormReducer>(
    async (state, data) => {
      const result = await run(state, data);
      if (result.ok && result.message) announce?.(result.message);
      return result;
    },
    [run, announce],
  );
  return { action: flashing, flashes: announce !== null };
}
