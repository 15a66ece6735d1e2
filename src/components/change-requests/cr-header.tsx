import { formatDateTime } from "@/lib/format";
import { Badge } from "@/components/ui/card";
import { KIND_LABELS, stateTone } from "@/domain/change-requests/labels";
import { STATE_LABELS } from "@/domain/change-requests/lifecycle";
import type { ChangeRequestDetail } from "@/server/change-requests/detail";
import { durationSince } from "@/components/change-requests/time";

/** The change request's number, title, state, kind, author and how long it has been in its state. */
export function CrHeader({ cr, now }: { cr: ChangeRequestDetail; now: Date }) {
  return (
    <header className="mb-6 space-y-2">
      <p className="text-sm font-semibold tracking-wide text-slate-600">
        {cr.label} · {cr.consortium.code}
      </p>
      <h1>{cr.title}</h1>
      <div className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
        <Badge tone={stateTone(cr.state)}>{STATE_LABELS[cr.state]}</Badge>
        <Badge tone={cr.kind === "ENHANCEMENT" ? "neutral" : "red"}>{KIND_LABELS[cr.kind]}</Badge>
        <span>
          By {cr.author.name}
          {cr.author.title ? `, ${cr.author.title}` : ""}
        </span>
        <span aria-hidden="true">·</span>
        <span title={formatDateTime(cr.stateChangedAt)}>In this state for {durationSince(cr.stateChangedAt, now)}</span>
      </div>
    </header>
  );
}
