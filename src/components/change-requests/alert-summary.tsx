import { formatDateTime } from "@/lib/format";
import { Badge } from "@/components/ui/card";
import { ALERT_KIND_LABELS, type AlertKind } from "@/domain/change-requests/cpl-work-schemas";
import { CrLink } from "@/components/change-requests/cr-link";

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
            <CrLink cr={alert.changeRequest} className="underline" />
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
