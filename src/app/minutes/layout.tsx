import Link from "next/link";
import type { ReactNode } from "react";

/**
 * Published minutes are public (DESIGN "Public (signed out)"): this layout needs no
 * session and shows nothing of anyone's account.
 */
export default function PublicMinutesLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only z-50 rounded bg-white px-3 py-2 text-brand-800 focus:not-sr-only focus:absolute focus:left-2 focus:top-2">
        Skip to main content
      </a>
      <header className="no-print border-b border-brand-800 bg-brand-700 text-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3 sm:px-6">
          <Link href="/minutes" className="text-lg font-semibold text-white no-underline hover:no-underline">
            CCSAS Governance
            <span className="ml-2 hidden text-sm font-normal text-brand-100 sm:inline">Published minutes</span>
          </Link>
          <Link href="/signin" className="text-sm text-white underline">
            Sign in
          </Link>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:px-6">
        {children}
      </main>
      <footer className="no-print border-t border-slate-200 bg-white py-4 text-center text-sm text-slate-600">
        California Child Support Automation System: governance and change control
      </footer>
    </div>
  );
}
