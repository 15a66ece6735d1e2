import Link from "next/link";
import { formatDateTime, formatDay } from "@/lib/format";
import { Card } from "@/components/ui/card";
import { KIND_LABELS } from "@/domain/change-requests/labels";
import { STATE_LABELS } from "@/domain/change-requests/lifecycle";
import type { ChangeRequestActivity } from "@/server/change-requests/activity";
import type { ChangeRequestDetail } from "@/server/change-requests/detail";
import type { CrActions } from "@/components/change-requests/actions";
import { ConfirmAction } from "@/components/forms/confirm-action";
import { withdrawSchema } from "@/domain/change-requests/schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(withdrawSchema);

/** The change request's facts at a glance, its agenda items, and withdrawing it. */
export function FactsCard({ cr, agendaItems, actions }: { cr: ChangeRequestDetail; agendaItems: ChangeRequestActivity["agendaItems"]; actions: CrActions }) {
  const facts: [string, string][] = [
    ["Number", cr.label],
    ["Consortium", `${cr.consortium.code}: ${cr.consortium.name}`],
    ["Kind", KIND_LABELS[cr.kind]],
    ["Author", cr.author.name],
    ["Drafted", formatDateTime(cr.createdAt)],
    ["Submitted", formatDateTime(cr.submittedAt)],
    ...(cr.priorityRank ? ([["ESC priority", `#${cr.priorityRank}`]] as [string, string][]) : []),
    ...(cr.state === "DEFERRED"
      ? ([
          ["Reconsider on", formatDay(cr.reconsiderOn)],
          ["Deferred at", cr.deferredFrom ? STATE_LABELS[cr.deferredFrom] : "—"],
        ] as [string, string][])
      : []),
    ...(cr.withdrawnReason ? ([["Why withdrawn", cr.withdrawnReason]] as [string, string][]) : []),
    ...(cr.closedAt ? ([["Closed", formatDateTime(cr.closedAt)]] as [string, string][]) : []),
  ];
  return (
    <Card title="About">
      <dl className="space-y-2 text-sm">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="font-medium text-slate-600">{label}</dt>
            <dd className="text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      {agendaItems.length ? (
        <div className="mt-4 border-t border-slate-100 pt-3">
          <p className="text-sm font-semibold text-slate-800">On agendas</p>
          <ul className="mt-1 space-y-1 text-sm">
            {agendaItems.map((item) => (
              <li key={item.id}>
                {item.committee.name}:{" "}
                {item.meeting ? (
                  <Link href={`/meetings/${item.meeting.id}`}>
                    {item.meeting.title}, {formatDateTime(item.meeting.startsAt)}
                  </Link>
                ) : (
                  "its next meeting"
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {cr.moves.includes("withdraw") ? (
        <div className="mt-4 border-t border-slate-100 pt-3">
          <ConfirmAction
            action={actions.withdraw}
            fields={{ [field.crId]: cr.id }}
            label="Withdraw this change request"
            title="Withdraw this change request?"
            body="No further work is done on it, and it cannot be reopened. An open vote on it no longer moves it."
            confirmLabel="Withdraw it"
            reason={{ name: field.reason, label: "Why is it withdrawn?" }}
            variant="danger"
          />
        </div>
      ) : null}
    </Card>
  );
}
