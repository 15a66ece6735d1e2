import Link from "next/link";
import type { ReactNode } from "react";
import type { NavItem } from "@/components/nav-items";
import { InboxLink } from "@/components/notifications/inbox-link";
import { NavLinks } from "@/components/nav-links";
import { SignOutButton } from "@/components/sign-out-button";

interface AppShellProps {
  user: { name: string; email: string; roleSummaries: string[] };
  nav: NavItem[];
  /** The signed-in user's unread notifications, shown beside the inbox link. */
  unread: number;
  children: ReactNode;
}

export function AppShell({ user, nav, unread, children }: AppShellProps) {
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only z-50 rounded bg-white px-3 py-2 text-brand-800 focus:not-sr-only focus:absolute focus:left-2 focus:top-2"
      >
        Skip to main content
      </a>
      <header className="no-print border-b border-brand-800 bg-brand-700 text-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-4 px-4 py-3 sm:px-6">
          <Link href="/" className="text-lg font-semibold text-white no-underline hover:no-underline">
            CCSAS Governance
            <span className="ml-2 hidden text-sm font-normal text-brand-100 sm:inline">Change control for California child support automation</span>
          </Link>
          <div className="flex flex-wrap items-center gap-4">
            <InboxLink unread={unread} />
            <div className="text-right text-sm leading-tight">
              <p className="font-medium">{user.name}</p>
              <p className="max-w-xs truncate text-brand-100" title={user.roleSummaries.join("; ")}>
                {user.roleSummaries.length ? user.roleSummaries.join("; ") : "No roles yet"}
              </p>
            </div>
            <SignOutButton />
          </div>
        </div>
        <nav aria-label="Main" className="bg-brand-800">
          <div className="mx-auto max-w-7xl px-2 sm:px-4">
            <NavLinks items={nav.map(({ href, label }) => ({ href, label }))} />
          </div>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-7xl flex-1 px-4 py-8 sm:px-6">
        {children}
      </main>
      <footer className="no-print border-t border-slate-200 bg-white py-4 text-center text-sm text-slate-600">
        California Child Support Automation System: governance and change control
      </footer>
    </div>
  );
}
