import Link from "next/link";
import { californiaDayOf } from "@/domain/calendar/day";
import { formatDateTime, formatDay } from "@/lib/format";
import { Badge, Card } from "@/components/ui/card";
import type { ChangeRequestActivity } from "@/server/change-requests/activity";
import type { ChangeRequestDetail } from "@/server/change-requests/detail";
import type { CrActions } from "@/components/change-requests/actions";
import { StepForm } from "@/components/change-requests/step-form";
import { backBriefSchema } from "@/domain/change-requests/schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(backBriefSchema);

/**
 * Governance plan 3: emergency fixes and defects are done without prior ESC approval, "however,
 * even in these emergency situations the ESC will be back-briefed". It cannot close before.
 */
export function BackBriefCard({
  cr,
  agendaItems,
  actions,
  today,
}: {
  cr: ChangeRequestDetail;
  agendaItems: ChangeRequestActivity["agendaItems"];
  actions: CrActions;
  today: string;
}) {
  const item = agendaItems.find((entry) => entry.sourceType === "ChangeRequest.BACK_BRIEF");
  return (
    <Card id="back-brief" title="ESC back-brief">
      {cr.backBriefedAt ? (
        <p className="text-sm">
          <Badge tone="green">Back-briefed</Badge> The ESC was back-briefed at its meeting of {formatDay(cr.backBriefedAt)}.
        </p>
      ) : (
        <p className="text-sm text-slate-700">
          <Badge tone="amber">Not yet</Badge> It cannot close until the ESC has been back-briefed at a meeting.
        </p>
      )}
      {item ? (
        <p className="mt-2 text-sm text-slate-700">
          On the agenda of the {item.committee.name}
          {item.meeting ? (
            <>
              :{" "}
              <Link href={`/meetings/${item.meeting.id}`} className="underline">
                {item.meeting.title}
              </Link>
              , {formatDateTime(item.meeting.startsAt)}.
            </>
          ) : (
            ", for its next meeting (none is scheduled yet)."
          )}
        </p>
      ) : null}
      {cr.may.markBackBriefed ? (
        <div className="mt-3 border-t border-slate-100 pt-3">
          <StepForm
            action={actions.backBrief}
            label="Record the back-brief"
            hidden={{ [field.crId]: cr.id }}
            fields={[
              {
                kind: "date",
                name: field.briefedOn,
                label: "Date of the ESC meeting",
                value: item?.meeting && item.meeting.startsAt <= new Date() ? californiaDayOf(item.meeting.startsAt) : today,
                width: "medium",
              },
              { kind: "text", name: field.note, label: "Note (optional)" },
            ]}
            buttons={[{ label: "Record the back-brief", pendingLabel: "Saving…", variant: "secondary" }]}
            compact
          />
        </div>
      ) : null}
    </Card>
  );
}
