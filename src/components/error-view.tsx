"use client";

import Link from "next/link";
import { useEffect } from "react";

/** What a person sees when something breaks: a reference to quote, never a stack trace. */
export function ErrorView({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="mx-auto max-w-xl px-4 py-24 text-center" role="alert">
      <p className="text-sm font-semibold uppercase tracking-wide text-red-700">Something went wrong</p>
      <h1 className="mt-2 text-3xl">This page could not be shown</h1>
      <p className="mt-4 text-slate-700">Nothing you entered was lost by this error. Try again; if it keeps happening, give support this reference:</p>
      <p className="mt-3 font-mono text-lg">{error.digest ?? "unavailable"}</p>
      <div className="mt-8 flex justify-center gap-3">
        <button type="button" onClick={reset} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
          Try again
        </button>
        <Link href="/" className="rounded-md px-4 py-2 text-sm font-medium ring-1 ring-slate-300">
          Go to my work
        </Link>
      </div>
    </div>
  );
}
