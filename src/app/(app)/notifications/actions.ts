"use server";

import { markAllReadSchema, markReadSchema } from "@/domain/notifications/schemas";
import { defineAction } from "@/server/action";
import { markAllNotificationsRead, markNotificationRead } from "@/server/notifications/inbox";

export const markReadAction = defineAction(markReadSchema, markNotificationRead, { successMessage: "Marked as read." });

export const markAllReadAction = defineAction(markAllReadSchema, markAllNotificationsRead, {
  successMessage: (count) => (count === 1 ? "1 notification marked as read." : `${count} notifications marked as read.`),
});
