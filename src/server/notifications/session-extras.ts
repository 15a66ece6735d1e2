import "server-only";
import { Prisma } from "@/generated/prisma/client";

declare module "@/lib/context" {
  interface SessionExtras {
    /** Notifications not yet read, for the header's inbox link (read with the user, on every request). */
    unreadNotifications: number;
  }
}

/** The header's unread count rides on the session's one query: an index-only count on (userId, readAt). */
export const unreadNotifications = {
  sql: Prisma.sql`SELECT count(*)::int FROM "Notification" n WHERE n."userId" = u.id AND n."readAt" IS NULL`,
  parse: (value: unknown) => Number(value ?? 0),
};
