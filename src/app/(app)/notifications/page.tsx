import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { MarkReadForm } from "@/components/notifications/mark-read-form";
import { NotificationList } from "@/components/notifications/notification-list";
import { PageHeader } from "@/components/ui/card";
import { requireUser } from "@/server/session";
import { listNotifications, unreadCount } from "@/server/notifications/inbox";
import { mailIsConfigured } from "@/server/notifications/outbox";
import { plural } from "@/lib/format";
import { markAllReadAction, markReadAction } from "@/app/(app)/notifications/actions";

export const metadata: Metadata = { title: "Notifications" };

const pageSchema = z.object({ after: z.string().uuid().optional().catch(undefined) });

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requireUser();
  const { after } = pageSchema.parse(await searchParams);
  const [{ notifications, nextAfter }, unread] = await Promise.all([listNotifications(user.id, after), unreadCount(user.id)]);
  const emailed = mailIsConfigured();
  return (
    <>
      <PageHeader
        title="Notifications"
        description={`Reminders and results that concern you, newest first. ${
          emailed ? "Each is also e-mailed to you." : "E-mail delivery is not configured on this installation; notifications appear here."
        }`}
        actions={<MarkReadForm action={markAllReadAction} done={unread === 0} label={plural(unread, "Mark it as read", `Mark all ${unread} as read`)} />}
      />
      <NotificationList notifications={notifications} markRead={markReadAction} emailed={emailed} />
      <div className="mt-4 flex justify-between text-sm">
        {after ? <Link href="/notifications">← Newest</Link> : <span />}
        {nextAfter ? <Link href={`/notifications?after=${nextAfter}`}>Older notifications →</Link> : null}
      </div>
    </>
  );
}
