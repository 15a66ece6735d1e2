import "server-only";
import type { EmailStatus } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";

/** The e-mails the app has sent, is sending, gave up on, or holds for want of SMTP; for administrators. */
export const OUTBOX_PAGE_SIZE = 50;

export async function listOutbox(filter: { status?: EmailStatus; after?: string }) {
  const rows = await db.outboundEmail.findMany({
    where: filter.status ? { status: filter.status } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: OUTBOX_PAGE_SIZE + 1,
    ...(filter.after ? { cursor: { id: filter.after }, skip: 1 } : {}),
    select: { id: true, toAddress: true, subject: true, text: true, status: true, attempts: true, lastError: true, createdAt: true, sentAt: true },
  });
  const emails = rows.slice(0, OUTBOX_PAGE_SIZE);
  return { emails, nextAfter: rows.length > OUTBOX_PAGE_SIZE ? emails.at(-1)!.id : null };
}

export type OutboxEmail = Awaited<ReturnType<typeof listOutbox>>["emails"][number];

/** How many e-mails are in each status, for the filter. */
export async function outboxCounts(): Promise<Record<EmailStatus, number>> {
  const groups = await db.outboundEmail.groupBy({ by: ["status"], _count: { _all: true } });
  const counts: Record<EmailStatus, number> = { HELD: 0, QUEUED: 0, FAILED: 0, SENT: 0 };
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}

/** Whether e-mail goes out at all (SMTP_URL set), for the outbox to say so. */
export function mailIsConfigured(): boolean {
  return Boolean(env().SMTP_URL);
}
