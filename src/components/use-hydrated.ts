"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False while the server-rendered HTML is showing and true once React runs in the browser.
 * Controls whose behaviour needs JavaScript stay disabled until then, so a choice made in
 * the first instant after the page appears is never silently reset.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
