import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { CrLink } from "@/components/change-requests/cr-link";
import { DashboardTabs } from "@/components/change-requests/dashboard-tabs";
import { EscalationLadder, EscalationLevelBadge } from "@/components/change-requests/escalation-ladder";
import { SpecForm } from "@/components/change-requests/spec-form";
import { formatDateTime } from "@/lib/format";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { escalationMove, LEVEL_LABELS, nextLevel, type EscalationMove } from "@/domain/change-requests/escalation";
import { getCurrentUser, requirePermission } from "@/server/session";
import { can } from "@/lib/permissions";
import { escalationCapacitiesOf } from "@/domain/change-requests/escalation";
import { getEscalation } from "@/server/change-requests/escalations";
import { escalationStepAction } from "@/app/(app)/dashboard/actions";
import { changeRequestPermissions } from "@/domain/change-requests/permissions";
import { escalationStepSchema } from "@/domain/change-requests/cpl-work-schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(escalationStepSchema);

/** Loaded once a request, for the title and the page. */
const escalationOf = cache(getEscalation);

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  // The title names the record only for someone who may see it; anyone else, and a record that does not exist, get the generic word.
  const user = await getCurrentUser();
  if (!user || !can(user, changeRequestPermissions.viewDashboard)) return { title: "Escalated issue" };
  const escalation = await escalationOf((await params).id);
  return { title: escalation ? `Escalated: ${escalation.title}` : "Escalated issue" };
}

export default async function EscalationPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission(changeRequestPermissions.viewDashboard);
  const escalation = await escalationOf((await params).id);
  if (!escalation) notFound();
  const resolved = escalation.resolvedAt !== null;
  const capacities = escalationCapacitiesOf(user, { consortiumId: escalation.consortium.id, escCommitteeId: escalation.escCommitteeId });
  const up = nextLevel(escalation.level);
  const labels: Record<EscalationMove, string> = {
    note: "Add a note (it stays at this level)",
    escalate: up ? `Escalate to the ${LEVEL_LABELS[up]}` : "Escalate",
    resolve: escalation.level === "DCSS_DIRECTORATE" ? "Record the Directorate's decision and resolve" : "Resolve the issue",
  };
  const moves = (["note", "escalate", "resolve"] as const).filter((move) => escalationMove({ level: escalation.level, resolved }, move, capacities).ok);

  return (
    <>
      <PageHeader
        back={{ href: "/dashboard/escalations", label: "Escalations" }}
        title={escalation.title}
        description={
          <>
            {escalation.consortium.code} · raised by {escalation.raisedBy.name}, {formatDateTime(escalation.raisedAt)}
            {escalation.changeRequest ? (
              <>
                {" · "}
                <CrLink cr={escalation.changeRequest} className="underline" />
              </>
            ) : null}
          </>
        }
      />
      <DashboardTabs current="/dashboard/escalations" />
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <EscalationLadder level={escalation.level} resolved={resolved} />
          {resolved ? (
            <Alert tone="success" title={`Resolved ${formatDateTime(escalation.resolvedAt)}`}>
              {escalation.resolution}
            </Alert>
          ) : null}
          <Card title="What happened">
            <ol className="space-y-4">
              {escalation.steps.map((step) => (
                <li key={step.id} className="border-l-2 border-slate-200 pl-4">
                  <p className="text-sm text-slate-600">
                    {formatDateTime(step.at)} · {step.by.name} · <EscalationLevelBadge level={step.level} />
                  </p>
                  <p className="mt-1 text-sm whitespace-pre-line text-slate-800">{step.note}</p>
                </li>
              ))}
            </ol>
          </Card>
        </div>
        {moves.length ? (
          <Card id="next-step" title="Next step">
            <SpecForm
              id="step"
              action={escalationStepAction}
              hidden={{ [field.escalationId]: escalation.id, [field.version]: String(escalation.version) }}
              fields={[
                {
                  kind: "radio",
                  name: field.move,
                  label: "What are you doing?",
                  options: moves.map((move) => ({ value: move, label: labels[move] })),
                  defaultValue: moves[0],
                },
                { kind: "textarea", name: field.note, label: "Note", hint: "What was decided or tried, and why. Everyone told reads this.", rows: 5 },
              ]}
              submitLabel="Record the step"
              pendingLabel="Recording…"
            />
          </Card>
        ) : !resolved ? (
          <Alert tone="info">The issue is with the {LEVEL_LABELS[escalation.level]}; you can follow it here.</Alert>
        ) : null}
      </div>
    </>
  );
}
