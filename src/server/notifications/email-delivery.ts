import "server-only";
import { afterFailedAttempt } from "@/domain/notifications/email-retry";
import { db } from "@/lib/db/client";
import { enqueueJob } from "@/lib/job-queue";
import { notificationAudit } from "@/domain/notifications/audit-actions";
import { defineCommand, defineSubject, type AnyContext } from "@/lib/command";
import { SYSTEM_CONTEXT } from "@/lib/context";
import type { Mailer } from "@/server/notifications/mailer";

/**
 * Delivering queued e-mail (notify() queues it when SMTP_URL is set). Each attempt is a
 * `send_email` job for one e-mail and one attempt number; a sweep queues the first attempt
 * of every new e-mail, and a failed attempt queues the next one at the retry time
 * (src/domain/notifications/email-retry.ts), in the same transaction that records the
 * failure. An attempt whose number no longer matches the row (a duplicate, or one already
 * made) does nothing, so no e-mail is sent twice by two instances.
 */
export const SEND_EMAIL_TASK = "send_email";

export interface SendEmailPayload {
  emailId: string;
  /** Attempts already made when this job was queued. */
  attempt: number;
}

export const sendEmailJobKey = (payload: SendEmailPayload) => `email:${payload.emailId}:${payload.attempt}`;

/** Queues the first attempt of every queued e-mail not yet tried; returns how many. */
export async function scheduleQueuedEmails(): Promise<number> {
  return db.$transaction(async (tx) => {
    const waiting = await tx.outboundEmail.findMany({ where: { status: "QUEUED", attempts: 0 }, select: { id: true }, orderBy: { createdAt: "asc" } });
    for (const email of waiting) {
      const payload: SendEmailPayload = { emailId: email.id, attempt: 0 };
      // Keyed, so a sweep every minute never stacks a second job on a pending one.
      await enqueueJob(tx, SEND_EMAIL_TASK, { ...payload }, { jobKey: sendEmailJobKey(payload), preserveRunAt: true });
    }
    return waiting.length;
  });
}

export type DeliveryOutcome =
  | { kind: "sent" }
  | { kind: "retry"; at: Date; error: string }
  | { kind: "failed"; error: string }
  /** Already sent, given up, held, or this attempt was made by another job. */
  | { kind: "skipped" };

interface LockedEmail {
  id: string;
  toAddress: string;
  subject: string;
  text: string;
  status: string;
  attempts: number;
}

/** An outgoing e-mail, locked while it is sent (null when there is none). The outbox is the administrators' page. */
const outboundEmailSubject = defineSubject({
  type: "OutboundEmail",
  async lock(tx, emailId) {
    const [email] = await tx.$queryRaw<LockedEmail[]>`
      SELECT id, "toAddress", subject, text, status::text AS status, attempts FROM "OutboundEmail" WHERE id = ${emailId} FOR UPDATE`;
    return email ?? null;
  },
  idOf: (email) => email?.id ?? "",
  paths: () => ["/admin/outbox"],
});

/**
 * One attempt at one e-mail, by the worker (no person: SYSTEM_CONTEXT). The row stays
 * locked while the SMTP server is asked, so a second job for the same e-mail waits and then
 * finds it already dealt with. Not audited: the row itself records attempts and errors.
 */
export const deliverEmailCommand = defineCommand<SendEmailPayload & { mailer: Mailer }, LockedEmail | null, undefined, DeliveryOutcome, AnyContext>({
  name: notificationAudit.deliver_email,
  subject: outboundEmailSubject,
  target: (input) => input.emailId,
  permission: () => null,
  resource: () => undefined,
  system: true,
  async run({ tx, input, record: email, now }) {
    if (!email || email.status !== "QUEUED" || email.attempts !== input.attempt) return { kind: "skipped" };
    const attempts = email.attempts + 1;
    try {
      await input.mailer.send({ to: email.toAddress, subject: email.subject, text: email.text });
    } catch (error) {
      const message = describeError(error);
      const next = afterFailedAttempt(attempts, now);
      await tx.outboundEmail.update({
        where: { id: email.id },
        data: { attempts, lastError: message, status: next.kind === "give_up" ? "FAILED" : "QUEUED" },
      });
      if (next.kind === "give_up") return { kind: "failed", error: message };
      const retry: SendEmailPayload = { emailId: email.id, attempt: attempts };
      await enqueueJob(tx, SEND_EMAIL_TASK, { ...retry }, { runAt: next.at, jobKey: sendEmailJobKey(retry) });
      return { kind: "retry", at: next.at, error: message };
    }
    await tx.outboundEmail.update({ where: { id: email.id }, data: { status: "SENT", attempts, sentAt: now, lastError: null } });
    return { kind: "sent" };
  },
  audit: () => null,
});

/** What the worker's `send_email` task calls (src/server/jobs/tasks.ts). */
export async function deliverEmail(payload: SendEmailPayload, mailer: Mailer, now: Date): Promise<DeliveryOutcome> {
  const { emailId, attempt } = payload;
  return db.$transaction(
    async (tx) => (await deliverEmailCommand.inTx(tx, SYSTEM_CONTEXT, { emailId, attempt, mailer }, now)).result,
    // The SMTP conversation happens inside the transaction (its own timeouts are shorter).
    { timeout: 60_000 },
  );
}

function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, 1000);
}
