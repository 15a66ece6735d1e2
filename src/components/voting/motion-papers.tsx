import Link from "next/link";
import type { ReactNode } from "react";
import { ExecutiveOverview, OverviewNarrative } from "@/components/change-requests/jad-section";
import { MaterialList } from "@/components/meetings/materials";
import { Badge, Card } from "@/components/ui/card";
import { executiveOverview, formatEstimate, overviewNarrative } from "@/domain/change-requests/executive-overview";
import { crName, KIND_LABELS, LEVEL_OF_EFFORT_LABELS, stateTone } from "@/domain/change-requests/labels";
import { GATE_LABELS, STATE_LABELS } from "@/domain/change-requests/lifecycle";
import { formatDateTime, formatDay } from "@/lib/format";
import type { MotionPapers as Papers } from "@/server/voting/motion-papers";

/** The gates decided on the impact analysis package's estimates (plan 3.1.2, 3.1.3). */
const ON_THE_PACKAGE = new Set(["PACKAGE", "CCB", "AUTHORIZE"]);

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-medium text-slate-700">{term}</dt>
          <dd className="text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function ChangeRequestPapers({ cr }: { cr: NonNullable<Papers["changeRequest"]> }) {
  const pkg = cr.package;
  return (
    <div className="space-y-4">
      <p>
        <Link href={`/change-requests/${cr.id}`} className="font-medium">
          {crName(cr)}
        </Link>
        {cr.gate ? <span className="text-sm text-slate-600"> · {GATE_LABELS[cr.gate]}</span> : null}
      </p>
      <Facts
        rows={[
          ["Kind", KIND_LABELS[cr.kind]],
          ["Consortium", cr.consortium.code],
          [
            "State",
            <Badge key="state" tone={stateTone(cr.state)}>
              {STATE_LABELS[cr.state]}
            </Badge>,
          ],
          ["Level of effort", cr.levelOfEffort ? LEVEL_OF_EFFORT_LABELS[cr.levelOfEffort] : "Not given"],
          ["Author", cr.author],
        ]}
      />
      {cr.gate && ON_THE_PACKAGE.has(cr.gate) ? (
        <div>
          <h3 className="mb-2 text-base font-semibold text-slate-900">Impact analysis package</h3>
          {pkg ? (
            <Facts
              rows={[
                ["Effort", formatEstimate(pkg.effortHours, "hours")],
                ["Elapsed time", formatEstimate(pkg.elapsedWeeks, "weeks")],
                ["Cost", formatEstimate(pkg.cost, "dollars")],
                ["Recommended solution", pkg.recommendedSolution || "Not given"],
              ]}
            />
          ) : (
            <p className="text-sm text-slate-600">No impact analysis package has been written.</p>
          )}
        </div>
      ) : null}
      {cr.gate === "JAD" ? (
        <div className="space-y-3">
          <h3 className="text-base font-semibold text-slate-900">Executive Overview</h3>
          <p className="text-sm">
            The JAD team recommends: <span className="font-medium">{cr.jad?.recommendation ?? "no recommendation yet"}</span>.
          </p>
          <ExecutiveOverview rows={executiveOverview(pkg, cr.jad)} />
          <OverviewNarrative rows={overviewNarrative({ scope: cr.scope, approach: pkg?.recommendedSolution ?? "" }, cr.jad)} />
        </div>
      ) : null}
    </div>
  );
}

/**
 * What the motion decides and the papers it is decided on, beside the vote: the change
 * request with its key facts and estimates, a workgroup's activity, or an agenda item.
 */
export function MotionSubject({ papers }: { papers: Papers }) {
  const { changeRequest, activity, agendaItem } = papers;
  if (changeRequest)
    return (
      <Card title="What is decided">
        <ChangeRequestPapers cr={changeRequest} />
      </Card>
    );
  if (activity)
    return (
      <Card title="What is decided">
        <div className="space-y-3">
          <p>
            <Link href={`/workgroups/${activity.workgroup.id}`} className="font-medium">
              {activity.workgroup.name}
            </Link>
            <span className="text-sm text-slate-600"> · activity due {formatDay(activity.deadline)}</span>
          </p>
          <p className="font-medium">{activity.title}</p>
          <p className="text-sm whitespace-pre-line text-slate-700">{activity.description}</p>
          {activity.recommendation ? (
            <div>
              <h3 className="mb-1 text-base font-semibold text-slate-900">The workgroup&apos;s recommendation</h3>
              <p className="text-sm whitespace-pre-line text-slate-700">{activity.recommendation}</p>
            </div>
          ) : null}
        </div>
      </Card>
    );
  if (agendaItem)
    return (
      <Card title="What is decided">
        <div className="space-y-2">
          <p>
            {agendaItem.meetingId ? (
              <Link href={`/meetings/${agendaItem.meetingId}`} className="font-medium">
                {agendaItem.title}
              </Link>
            ) : (
              <span className="font-medium">{agendaItem.title}</span>
            )}
            <span className="text-sm text-slate-600"> · agenda item{agendaItem.presenter ? `, presented by ${agendaItem.presenter}` : ""}</span>
          </p>
          {agendaItem.description ? <p className="text-sm whitespace-pre-line text-slate-700">{agendaItem.description}</p> : null}
        </div>
      </Card>
    );
  return null;
}

/** The meeting the motion belongs to (or whose agenda carries its subject), with its materials. */
export function MotionMeeting({ meeting }: { meeting: Papers["meeting"] }) {
  if (!meeting) return null;
  return (
    <Card title="Meeting">
      <p>
        <Link href={`/meetings/${meeting.id}`} className="font-medium">
          {meeting.title}
        </Link>
        <span className="text-sm text-slate-600"> · {formatDateTime(meeting.startsAt)}</span>
      </p>
      {meeting.materials.length ? (
        <>
          <h3 className="mt-3 text-base font-semibold text-slate-900">Materials</h3>
          <MaterialList meetingId={meeting.id} materials={meeting.materials} />
        </>
      ) : (
        <p className="mt-2 text-sm text-slate-600">No materials are posted for this meeting.</p>
      )}
    </Card>
  );
}
