import "server-only";
import { notificationAudit } from "@/domain/notifications/audit-actions";
import { notificationPermissions } from "@/domain/notifications/permissions";
import { collectionSubject, defineCommand, defineSubject, type PagePath } from "@/lib/command";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";

/**
 * A person's in-app inbox. Every query and write is scoped by the signed-in user's id in
 * its `where`, so an id from the browser can never reach someone else's notices. Marking
 * a notice read is the reader's own bookkeeping and is not audited.
 */
export const INBOX_PAGE_SIZE = 50;

/** The header's count: one index lookup on (userId, readAt). */
export function unreadCount(userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

/** Newest first, a page at a time; `after` is the last id of the previous page. */
export async function listNotifications(userId: string, after?: string) {
  const rows = await db.notification.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: INBOX_PAGE_SIZE + 1,
    ...(after ? { cursor: { id: after }, skip: 1 } : {}),
    select: { id: true, kind: true, subject: true, body: true, link: true, createdAt: true, readAt: true },
  });
  const notifications = rows.slice(0, INBOX_PAGE_SIZE);
  return { notifications, nextAfter: rows.length > INBOX_PAGE_SIZE ? notifications.at(-1)!.id : null };
}

export type InboxNotification = Awaited<ReturnType<typeof listNotifications>>["notifications"][number];

/** The whole app shows the header's unread count, so marking read refreshes from the root. */
const INBOX_PATHS: readonly PagePath[] = [{ layout: "/" }];

/** One of the reader's own notices, locked; another person's is "not found", never theirs to touch. */
const notificationSubject = defineSubject({
  type: "Notification",
  async lock(tx, notificationId, ctx) {
    const [notification] = ctx.actor
      ? await tx.$queryRaw<{ id: string; readAt: Date | null }[]>`
          SELECT id, "readAt" FROM "Notification" WHERE id = ${notificationId} AND "userId" = ${ctx.actor.id} FOR UPDATE`
      : [];
    if (!notification) throw new NotFoundError("That notification");
    return notification;
  },
  idOf: (notification) => notification.id,
  paths: () => INBOX_PATHS,
});

export const markNotificationRead = defineCommand({
  name: notificationAudit.mark_read,
  subject: notificationSubject,
  target: (input: { notificationId: string }) => input.notificationId,
  permission: notificationPermissions.readInbox,
  resource: () => undefined,
  async run({ tx, record: notification, now }) {
    // Already read: nothing to do, and no error (a second click, another tab).
    if (!notification.readAt) await tx.notification.update({ where: { id: notification.id }, data: { readAt: now } });
  },
  audit: () => null,
});

/** Returns how many notices were marked read. */
export const markAllNotificationsRead = defineCommand({
  name: notificationAudit.mark_all_read,
  subject: collectionSubject("Notification", INBOX_PATHS),
  target: (_input: Record<string, never>) => "",
  permission: notificationPermissions.readInbox,
  resource: () => undefined,
  async run({ tx, ctx, now }) {
    const { count } = await tx.notification.updateMany({ where: { userId: ctx.actor.id, readAt: null }, data: { readAt: now } });
    return count;
  },
  audit: () => null,
});
