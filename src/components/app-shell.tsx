import Link from "next/link";
import type { ReactNode } from "react";
import type { NavItem } from "@/components/nav-items";
import { FlashProvider } from "@/components/forms/flash";
import { InboxLink } from "@/components/notifications/inbox-link";
import { NavLinks } from "@/components/nav-links";
import { SignOutButton } from "@/components/sign-out-button";
import { SiteFrame } from "@/components/site-frame";

interface AppShellProps {
  user: { name: string; email: string; roleSummaries: string[] };
  nav: NavItem[];
  /** The signed-in user's unread notifications, shown beside the inbox link. */
  unread: number;
  children: ReactNode;
}

export function AppShell({ user, nav, unread, children }: AppShellProps) {
  return (
    <SiteFrame
      width="wide"
      home="/"
      tagline="Change control for California child support automation"
      end={
        <div className="flex flex-wrap items-center gap-4">
          <InboxLink unread={unread} />
          <div className="text-right text-sm leading-tight">
            <p className="font-medium">
              <Link href="/account" className="text-white underline-offset-2 hover:underline" title="Your account">
                {user.name}
              </Link>
            </p>
            <p className="max-w-xs truncate text-brand-100" title={user.roleSummaries.join("; ")}>
              {user.roleSummaries.length ? user.roleSummaries.join("; ") : "No roles yet"}
            </p>
          </div>
          <SignOutButton />
        </div>
      }
      nav={
        <nav aria-label="Main" className="bg-brand-800">
          <div className="mx-auto max-w-7xl px-2 sm:px-4">
            <NavLinks items={nav.map(({ href, label }) => ({ href, label }))} />
          </div>
        </nav>
      }
    >
      <FlashProvider>{children}</FlashProvider>
    </SiteFrame>
  );
}
