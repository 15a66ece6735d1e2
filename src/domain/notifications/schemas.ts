import { z } from "zod";

/** The inbox's forms: one notice marked read, or all of them. */
export const markReadSchema = z.object({ notificationId: z.string().uuid("That notification was not found.") });
export const markAllReadSchema = z.object({});

/** The outbox filter (a query string from anyone's browser: unknown values mean "all"). */
export const EMAIL_STATUSES = ["HELD", "QUEUED", "FAILED", "SENT"] as const;
export type EmailStatusName = (typeof EMAIL_STATUSES)[number];
