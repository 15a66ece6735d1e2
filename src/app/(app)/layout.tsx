import { AppShell } from "@/components/app-shell";
import { NAV_ITEMS } from "@/components/nav-items";
import { can } from "@/lib/permissions";
import { requireUser } from "@/server/session";

/** Every signed-in page: the shell, with navigation limited to what the user's roles may use. */
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const nav = NAV_ITEMS.filter((item) => can(user, item.permission));
  return (
    <AppShell user={user} nav={nav} unread={user.unreadNotifications}>
      {children}
    </AppShell>
  );
}
