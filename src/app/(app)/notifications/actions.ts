"use server";

import { revalidatePath } from "next/cache";
import { markAllReadSchema, markReadSchema } from "@/domain/notifications/schemas";
import { defineAction } from "@/lib/action";
import { markAllNotificationsRead, markNotificationRead } from "@/server/notifications/inbox";

// The header's unread count is in the layout of every page, so the whole app is refreshed.
export const markReadAction = defineAction(
  markReadSchema,
  async (input, ctx) => {
    await markNotificationRead(ctx, input);
    revalidatePath("/", "layout");
  },
  { successMessage: "Marked as read." },
);

export const markAllReadAction = defineAction(
  markAllReadSchema,
  async (_input, ctx) => {
    const count = await markAllNotificationsRead(ctx);
    revalidatePath("/", "layout");
    return count;
  },
  { successMessage: (count) => (count === 1 ? "1 notification marked as read." : `${count} notifications marked as read.`) },
);
