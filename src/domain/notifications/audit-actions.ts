import { auditActions } from "@/lib/audit-names";

/**
 * The notification module's command names. Marking notices read is the reader's own
 * bookkeeping and delivering e-mail is the worker's, so neither appends an audit event:
 * the names identify the commands.
 */
export const notificationAudit = auditActions("notifications", ["mark_read", "mark_all_read", "deliver_email"]);
