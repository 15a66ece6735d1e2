import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import { Badge, EmptyState } from "@/components/ui/card";
import type { ActionResult } from "@/lib/action";
import type { InboxNotification } from "@/server/notifications/inbox";
import { MarkReadForm } from "@/components/notifications/mark-read-form";

interface NotificationListProps {
  notifications: InboxNotification[];
  markRead: (state: ActionResult<void> | null, data: FormData) => Promise<ActionResult<void>>;
  /** Whether a mail server is configured, so that each notice is also e-mailed. */
  emailed: boolean;
}

/** The inbox, newest first; unread notices stand out and can be marked read one by one. */
export function NotificationList({ notifications, markRead, emailed }: NotificationListProps) {
  if (notifications.length === 0) {
    return (
      <EmptyState title="You have no notifications.">
        Reminders of votes closing and meeting materials due, and the results of votes, appear here.{emailed ? " Each is also sent to you by e-mail." : null}
      </EmptyState>
    );
  }
  return (
    <ul className="space-y-3" aria-label="Notifications, newest first">
      {notifications.map((item) => {
        const unread = !item.readAt;
        return (
          <li
            key={item.id}
            className={`rounded-lg border bg-white p-4 shadow-sm ${unread ? "border-l-4 border-slate-200 border-l-brand-700" : "border-slate-200"}`}
          >
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div className="min-w-0 flex-1 space-y-1">
                <p className="flex flex-wrap items-center gap-2">
                  {unread ? <Badge tone="blue">Unread</Badge> : null}
                  <span className={unread ? "font-semibold" : "font-medium"}>{item.link ? <Link href={item.link}>{item.subject}</Link> : item.subject}</span>
                </p>
                <p className="text-sm text-slate-700">{item.body}</p>
                <p className="text-xs text-slate-600">{formatDateTime(item.createdAt)}</p>
              </div>
              <MarkReadForm action={markRead} notificationId={item.id} done={!unread} label="Mark as read" accessibleLabel={`Mark as read: ${item.subject}`} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
