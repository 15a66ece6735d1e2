import { auditActions } from "@/lib/audit-names";

/**
 * The notification module's command names. Marking notices read is the reader's own
 * bookkeeping, and reminding and delivering e-mail are the worker's, so none appends an
 * audit event: the names identify the commands.
 */
export const notificationAudit = auditActions("notifications", ["mark_read", "mark_all_read", "remind", "deliver_email"]);
