import "server-only";
import type { Tx } from "@/lib/db/client";
import { appUrl, env } from "@/lib/env";

export interface NotificationMessage {
  /** What kind of notice this is (e.g. "minutes.published"): lets the inbox group and filter. */
  kind: string;
  subject: string;
  body: string;
  /** A path inside the app the notice is about, e.g. `/minutes/…`. */
  link?: string;
  /**
   * Makes the notice once-only per person (reminders): a second notify with the same key
   * for the same person does nothing.
   */
  dedupeKey?: string;
}

/**
 * Tells people something, inside the caller's transaction: an in-app notification per
 * recipient and an e-mail each. The e-mail is queued for SMTP when SMTP_URL is set,
 * otherwise held in the outbox that administrators read; the worker delivers queued mail
 * with retries (src/server/jobs). Disabled accounts get nothing. Returns how many people
 * were newly notified.
 */
export async function notify(tx: Tx, recipientIds: readonly string[], message: NotificationMessage): Promise<number> {
  const ids = [...new Set(recipientIds)];
  if (ids.length === 0) return 0;
  const recipients = await tx.user.findMany({
    where: { id: { in: ids }, status: { not: "DISABLED" } },
    select: { id: true, email: true },
  });
  if (recipients.length === 0) return 0;
  // INSERT … ON CONFLICT DO NOTHING on (userId, dedupeKey): when two instances remind at
  // the same moment, the second waits for the first and then inserts nothing.
  const created = await tx.notification.createManyAndReturn({
    data: recipients.map((recipient) => ({
      userId: recipient.id,
      kind: message.kind,
      subject: message.subject,
      body: message.body,
      link: message.link ?? null,
      dedupeKey: message.dedupeKey ?? null,
    })),
    skipDuplicates: true,
    select: { id: true, userId: true },
  });
  const addressOf = new Map(recipients.map((recipient) => [recipient.id, recipient.email]));
  const status = env().SMTP_URL ? "QUEUED" : "HELD";
  const text = emailText(message);
  await tx.outboundEmail.createMany({
    data: created.map((notification) => ({
      notificationId: notification.id,
      toAddress: addressOf.get(notification.userId)!,
      subject: message.subject,
      text,
      status,
    })),
  });
  return created.length;
}

/** The e-mail's text: the notice, an absolute link to what it is about, and where the inbox is. */
export function emailText(message: Pick<NotificationMessage, "body" | "link">): string {
  const parts = [message.body];
  if (message.link) parts.push(`Open it in CCSAS Governance: ${appUrl(message.link)}`);
  parts.push(`--\nCCSAS Governance. All your notifications: ${appUrl("/notifications")}`);
  return parts.join("\n\n");
}
