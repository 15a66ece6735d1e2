import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import { Badge } from "@/components/ui/card";
import { ALERT_KIND_LABELS, type AlertKind } from "@/domain/change-requests/cpl-work-schemas";
import { crNumber } from "@/domain/change-requests/labels";

export interface AlertSummaryProps {
  kind: AlertKind;
  description: string;
  raisedAt: Date;
  consortium: { code: string };
  raisedBy: { name: string };
  changeRequest: { id: string; number: number; title: string } | null;
}

/** One alert: its kind, consortium and change request, what is wrong, who raised it when. */
export function AlertSummary({ alert, clamp = false }: { alert: AlertSummaryProps; clamp?: boolean }) {
  return (
    <div className="text-sm">
      <p>
        <Badge tone="amber">{ALERT_KIND_LABELS[alert.kind]}</Badge> <span className="font-medium">{alert.consortium.code}</span>
        {alert.changeRequest ? (
          <>
            {" · "}
            <Link href={`/change-requests/${alert.changeRequest.id}`} className="underline">
              {crNumber(alert.changeRequest.number)} {alert.changeRequest.title}
            </Link>
          </>
        ) : null}
      </p>
      <p className={`mt-1 text-slate-800 ${clamp ? "line-clamp-2" : "whitespace-pre-line"}`}>{alert.description}</p>
      <p className="text-slate-600">
        Raised by {alert.raisedBy.name}, {formatDateTime(alert.raisedAt)}
      </p>
    </div>
  );
}
