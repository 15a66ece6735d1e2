"use server";

import { markAllReadSchema, markReadSchema } from "@/domain/notifications/schemas";
import { plural } from "@/lib/format";
import { defineAction } from "@/server/action";
import { markAllNotificationsRead, markNotificationRead } from "@/server/notifications/inbox";

export const markReadAction = defineAction(markReadSchema, markNotificationRead, { successMessage: "Marked as read." });

export const markAllReadAction = defineAction(markAllReadSchema, markAllNotificationsRead, {
  successMessage: (count) => `${count} ${plural(count, "notification")} marked as read.`,
});
