import Link from "next/link";
import type { ReactNode } from "react";

const WIDTHS = { wide: "max-w-7xl", narrow: "max-w-5xl" } as const;

interface SiteFrameProps {
  width: keyof typeof WIDTHS;
  /** Where the brand links, and what this part of the site is. */
  home: string;
  tagline: string;
  /** The right-hand side of the brand bar (the user and sign-out, or a sign-in link). */
  end: ReactNode;
  /** Navigation under the brand bar, if any. */
  nav?: ReactNode;
  children: ReactNode;
}

/**
 * The frame of every page, signed in (AppShell) or public (the published minutes): a skip
 * link to the content, the brand bar, the main landmark and the footer. Only the page
 * itself prints.
 */
export function SiteFrame({ width, home, tagline, end, nav, children }: SiteFrameProps) {
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only z-50 rounded bg-white px-3 py-2 text-brand-800 focus:not-sr-only focus:absolute focus:left-2 focus:top-2">
        Skip to main content
      </a>
      <header className="no-print border-b border-brand-800 bg-brand-700 text-white">
        <div className={`mx-auto flex ${WIDTHS[width]} flex-wrap items-center justify-between gap-4 px-4 py-3 sm:px-6`}>
          <Link href={home} className="text-lg font-semibold text-white no-underline hover:no-underline">
            CCSAS Governance
            <span className="ml-2 hidden text-sm font-normal text-brand-100 sm:inline">{tagline}</span>
          </Link>
          {end}
        </div>
        {nav}
      </header>
      <main id="main" tabIndex={-1} className={`mx-auto w-full ${WIDTHS[width]} flex-1 px-4 py-8 sm:px-6`}>
        {children}
      </main>
      <footer className="no-print border-t border-slate-200 bg-white py-4 text-center text-sm text-slate-600">
        California Child Support Automation System: governance and change control
      </footer>
    </div>
  );
}
