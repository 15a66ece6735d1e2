import "server-only";
import type { Tx } from "@/lib/db";
import { env } from "@/lib/env";

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
 * with retries (src/server/jobs). Disabled accounts get nothing.
 */
export async function notify(tx: Tx, recipientIds: readonly string[], message: NotificationMessage): Promise<number> {
  const ids = [...new Set(recipientIds)];
  if (ids.length === 0) return 0;
  const recipients = await tx.user.findMany({
    where: { id: { in: ids }, status: { not: "DISABLED" } },
    select: { id: true, email: true },
  });
  const emailStatus = env().SMTP_URL ? "QUEUED" : "HELD";
  let sent = 0;
  for (const recipient of recipients) {
    if (message.dedupeKey) {
      const existing = await tx.notification.findUnique({
        where: { userId_dedupeKey: { userId: recipient.id, dedupeKey: message.dedupeKey } },
        select: { id: true },
      });
      if (existing) continue;
    }
    await tx.notification.create({
      data: {
        userId: recipient.id,
        kind: message.kind,
        subject: message.subject,
        body: message.body,
        link: message.link ?? null,
        dedupeKey: message.dedupeKey ?? null,
        emails: {
          create: { toAddress: recipient.email, subject: message.subject, text: emailText(message), status: emailStatus },
        },
      },
    });
    sent += 1;
  }
  return sent;
}

function emailText(message: NotificationMessage): string {
  return message.link ? `${message.body}\n\nOpen it in CCSAS Governance: ${message.link}` : message.body;
}
