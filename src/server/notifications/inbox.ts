import "server-only";
import type { CommandContext } from "@/lib/context";
import { db } from "@/lib/db";
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

export async function markNotificationRead(ctx: CommandContext, input: { notificationId: string }, now = new Date()): Promise<void> {
  const { count } = await db.notification.updateMany({
    where: { id: input.notificationId, userId: ctx.actor.id, readAt: null },
    data: { readAt: now },
  });
  if (count === 0) {
    const mine = await db.notification.count({ where: { id: input.notificationId, userId: ctx.actor.id } });
    if (!mine) throw new NotFoundError("That notification");
  }
}

/** Returns how many notices were marked read. */
export async function markAllNotificationsRead(ctx: CommandContext, now = new Date()): Promise<number> {
  const { count } = await db.notification.updateMany({ where: { userId: ctx.actor.id, readAt: null }, data: { readAt: now } });
  return count;
}
