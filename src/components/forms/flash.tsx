"use client";

import { usePathname } from "next/navigation";
import { createContext, useCallback, useContext, useState, type ReactNode } from "react";
import type { FormAction, FormReducer } from "@/components/forms/form-action";

type Announce = (message: string) => void;
const FlashContext = createContext<Announce | null>(null);

/**
 * Success messages of a signed-in page (the shell provides it), shown in one place that
 * outlives the form that sent them: many steps change the page so that their form goes
 * away (a motion closed, a role revoked, a change request's pass finished), and the
 * confirmation must still be seen and announced. Refusals stay beside their form, where
 * the input they are about is. A message belongs to the page it was given on: it is not
 * shown again after moving to another page.
 */
export function FlashProvider({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  const [flash, setMessage] = useState<{ text: string; at: number; pathname: string } | null>(null);
  const announce = useCallback<Announce>((text) => setMessage({ text, at: Date.now(), pathname }), [pathname]);
  const message = flash?.pathname === pathname ? flash : null;
  return (
    <FlashContext value={announce}>
      {children}
      {/* Clicks pass through the message to whatever it covers; only its dismiss button takes them. */}
      <div role="status" aria-live="polite" className="no-print pointer-events-none fixed right-4 bottom-4 z-40 max-w-sm">
        {message ? (
          <div key={message.at} className="flex items-start gap-3 rounded-md border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900 shadow-lg">
            <p>{message.text}</p>
            <button
              type="button"
              onClick={() => setMessage(null)}
              className="pointer-events-auto ml-auto rounded px-1 font-semibold text-green-900"
              aria-label="Dismiss the message"
            >
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
