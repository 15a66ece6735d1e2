import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { OutboxTable, STATUS_LABELS } from "@/components/notifications/outbox-table";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { EMAIL_STATUSES, type EmailStatusName } from "@/domain/notifications/schemas";
import { requirePermission } from "@/server/session";
import { listOutbox, mailIsConfigured, outboxCounts } from "@/server/notifications/outbox";
import { notificationPermissions } from "@/domain/notifications/permissions";

export const metadata: Metadata = { title: "Outbox" };

const filterSchema = z.object({
  status: z.enum(EMAIL_STATUSES).optional().catch(undefined),
  after: z.string().uuid().optional().catch(undefined),
});

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePermission(notificationPermissions.readOutbox);
  const filter = filterSchema.parse(await searchParams);
  const [{ emails, nextAfter }, counts] = await Promise.all([listOutbox(filter), outboxCounts()]);
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const hrefFor = (status?: EmailStatusName, after?: string) => {
    const query = new URLSearchParams([...(status ? [["status", status]] : []), ...(after ? [["after", after]] : [])]);
    return query.size ? `/admin/outbox?${query}` : "/admin/outbox";
  };
  const tabs: { status?: EmailStatusName; label: string; count: number }[] = [
    { label: "All", count: total },
    ...EMAIL_STATUSES.map((status) => ({ status, label: STATUS_LABELS[status].label, count: counts[status] })),
  ];

  return (
    <>
      <PageHeader title="Outbox" description="Every e-mail the app has written to people: the notices in their inboxes, with what happened to each." />
      <div className="space-y-4">
        {mailIsConfigured() ? null : (
          <Alert tone="warning" title="E-mail is not being sent">
            No mail server is configured (SMTP_URL), so e-mail is held here instead of sent. People still see every notice in their inbox in the app.
          </Alert>
        )}
        <Card>
          <nav aria-label="Show e-mail by status" className="mb-4">
            <ul className="flex flex-wrap gap-2">
              {tabs.map((tab) => {
                const current = tab.status === filter.status;
                return (
                  <li key={tab.label}>
                    <Link
                      href={hrefFor(tab.status)}
                      aria-current={current ? "page" : undefined}
                      className={`inline-flex min-h-10 items-center rounded-md px-3 text-sm font-medium no-underline hover:no-underline ${current ? "bg-brand-700 text-white" : "bg-slate-100 text-slate-800 hover:bg-slate-200"}`}
                    >
                      {tab.label} ({tab.count})
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
          {filter.status ? (
            <p className="mb-3 text-sm text-slate-700">
              {STATUS_LABELS[filter.status].label}: {STATUS_LABELS[filter.status].meaning}.
            </p>
          ) : null}
          <OutboxTable emails={emails} filtered={Boolean(filter.status)} />
          <div className="mt-4 flex justify-between text-sm">
            {filter.after ? <Link href={hrefFor(filter.status)}>← Newest</Link> : <span />}
            {nextAfter ? <Link href={hrefFor(filter.status, nextAfter)}>Older e-mail →</Link> : null}
          </div>
        </Card>
      </div>
    </>
  );
}
