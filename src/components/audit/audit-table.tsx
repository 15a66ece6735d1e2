import { EmptyState } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format";
import { DataTable } from "@/components/ui/table";

interface AuditRow {
  id: bigint;
  at: Date;
  actorEmail: string | null;
  onBehalfOfId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  summary: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

export function AuditTable({ events, filtered }: { events: AuditRow[]; filtered: boolean }) {
  if (events.length === 0) {
    return <EmptyState title={filtered ? "No entries match these filters." : "The audit log is empty."} />;
  }
  return (
    <DataTable caption="Audit events, newest first" columns={["When", "Who", "What", "Details"]}>
      {events.map((event) => (
        <tr key={event.id.toString()} className="align-top">
          <td className="whitespace-nowrap py-2 pr-4">{formatDateTime(event.at)}</td>
          <td className="py-2 pr-4">
            {event.actorEmail ?? "System"}
            {event.onBehalfOfId ? <div className="text-xs text-slate-600">on behalf of {event.onBehalfOfId}</div> : null}
          </td>
          <td className="py-2 pr-4">
            <div>{event.summary ?? event.action}</div>
            <div className="font-mono text-xs text-slate-600">
              {event.action} · {event.entityType}
              {event.entityId ? ` ${event.entityId.slice(0, 8)}` : ""}
            </div>
          </td>
          <td className="py-2">
            {event.before || event.after ? (
              <details>
                <summary className="cursor-pointer text-brand-700">Before and after</summary>
                <div className="mt-2 grid gap-2 md:grid-cols-2">
                  <pre className="max-w-md overflow-x-auto rounded bg-slate-50 p-2 text-xs">{JSON.stringify(event.before ?? null, null, 2)}</pre>
                  <pre className="max-w-md overflow-x-auto rounded bg-slate-50 p-2 text-xs">{JSON.stringify(event.after ?? null, null, 2)}</pre>
                </div>
              </details>
            ) : (
              <span className="text-slate-500">—</span>
            )}
            {event.requestId ? <div className="mt-1 font-mono text-xs text-slate-500">request {event.requestId.slice(0, 8)}</div> : null}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
