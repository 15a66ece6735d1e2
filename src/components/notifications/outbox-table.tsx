import { countOf, formatDateTime } from "@/lib/format";
import { Badge, EmptyState } from "@/components/ui/card";
import { DataTable } from "@/components/ui/table";
import type { EmailStatusName } from "@/domain/notifications/schemas";
import type { OutboxEmail } from "@/server/notifications/outbox";

export const STATUS_LABELS: Record<EmailStatusName, { label: string; tone: "neutral" | "green" | "amber" | "red" | "blue"; meaning: string }> = {
  HELD: { label: "Held", tone: "amber", meaning: "kept here because no mail server is configured" },
  QUEUED: { label: "Queued", tone: "blue", meaning: "waiting to be sent, or to be tried again" },
  FAILED: { label: "Failed", tone: "red", meaning: "the mail server refused it five times" },
  SENT: { label: "Sent", tone: "green", meaning: "accepted by the mail server" },
};

/** The outgoing e-mail, newest first, each with its full text. */
export function OutboxTable({ emails, filtered }: { emails: OutboxEmail[]; filtered: boolean }) {
  if (emails.length === 0) {
    return (
      <EmptyState title={filtered ? "No e-mail has this status." : "No e-mail has been written yet."}>
        Notices to people (reminders, vote results) appear here with their e-mail.
      </EmptyState>
    );
  }
  return (
    <DataTable caption="Outgoing e-mail, newest first" columns={["Written", "To", "Message", "Status"]}>
      {emails.map((email) => {
        const status = STATUS_LABELS[email.status];
        return (
          <tr key={email.id} className="align-top">
            <td className="whitespace-nowrap py-2 pr-4">{formatDateTime(email.createdAt)}</td>
            <td className="py-2 pr-4 break-all">{email.toAddress}</td>
            <td className="py-2 pr-4">
              <details>
                <summary className="cursor-pointer font-medium text-brand-700">{email.subject}</summary>
                <pre className="mt-2 max-w-xl whitespace-pre-wrap rounded bg-slate-50 p-3 font-sans text-sm text-slate-800">{email.text}</pre>
              </details>
            </td>
            <td className="py-2">
              <Badge tone={status.tone}>{status.label}</Badge>
              <div className="mt-1 text-xs text-slate-600">
                {email.sentAt ? `Sent ${formatDateTime(email.sentAt)}` : null}
                {email.attempts ? <div>{countOf(email.attempts, "attempt")}</div> : null}
                {email.lastError && email.status !== "SENT" ? <div className="text-red-800">Last error: {email.lastError}</div> : null}
              </div>
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
