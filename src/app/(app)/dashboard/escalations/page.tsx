import type { Metadata } from "next";
import Link from "next/link";
import { changeRequestField, consortiumChoice } from "@/components/change-requests/cpl-fields";
import { DashboardTabs } from "@/components/change-requests/dashboard-tabs";
import { EscalationLevelBadge } from "@/components/change-requests/escalation-ladder";
import { SpecForm, type FieldSpec } from "@/components/change-requests/spec-form";
import { formatDateTime } from "@/lib/format";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { DataTable } from "@/components/ui/table";
import { crName } from "@/domain/change-requests/labels";
import { requirePermission } from "@/server/session";
import { listEscalations } from "@/server/change-requests/escalations";
import { consortiaWhere } from "@/server/change-requests/list-query";
import { raiseEscalationAction } from "@/app/(app)/dashboard/actions";
import { changeRequestPermissions } from "@/domain/change-requests/permissions";
import { raiseEscalationSchema } from "@/domain/change-requests/cpl-work-schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(raiseEscalationSchema);

export const metadata: Metadata = { title: "Escalations" };

export default async function EscalationsPage() {
  const user = await requirePermission(changeRequestPermissions.viewDashboard);
  const [mine, escalations] = await Promise.all([consortiaWhere(user, changeRequestPermissions.raiseEscalation), listEscalations(null)]);
  const choice = consortiumChoice(mine);
  const fields: FieldSpec[] = [
    ...choice.fields,
    { kind: "text", name: field.title, label: "Issue" },
    changeRequestField(),
    { kind: "textarea", name: field.description, label: "What cannot be resolved, and what has been tried", rows: 5 },
  ];

  return (
    <>
      <PageHeader
        title="Escalations"
        description="Governance plan 5.1.1: issues the Consortium Project Leader cannot resolve go to the TSD Deputy or Assistant Deputy Director, who resolves them or escalates them to the DCSS Directorate and CCSAS Project Leader. Each step is recorded until the issue is resolved."
      />
      <DashboardTabs current="/dashboard/escalations" />
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <Card title="Issues" className="lg:col-span-2">
          {escalations.length ? (
            <DataTable caption="Escalated issues, open first" columns={["Issue", "Consortium", "With", "Raised", "Status"]}>
              {escalations.map((escalation) => (
                <tr key={escalation.id} className="align-top">
                  <td className="py-2 pr-4">
                    <Link href={`/dashboard/escalations/${escalation.id}`} className="block font-medium">
                      {escalation.title}
                    </Link>
                    {escalation.changeRequest ? <span className="block text-xs text-slate-600">{crName(escalation.changeRequest)}</span> : null}
                  </td>
                  <td className="py-2 pr-4">{escalation.consortium.code}</td>
                  <td className="py-2 pr-4">
                    <EscalationLevelBadge level={escalation.level} />
                  </td>
                  <td className="py-2 pr-4 whitespace-nowrap">
                    {formatDateTime(escalation.raisedAt)}
                    <span className="block text-xs text-slate-600">by {escalation.raisedBy.name}</span>
                  </td>
                  <td className="py-2 pr-0">{escalation.resolvedAt ? <Badge tone="green">Resolved</Badge> : <Badge tone="amber">Open</Badge>}</td>
                </tr>
              ))}
            </DataTable>
          ) : (
            <EmptyState title="No issues have been escalated." />
          )}
        </Card>
        {mine.length ? (
          <Card title="Record an issue">
            <p className="mb-3 text-sm text-slate-600">
              It starts with you, the Consortium Project Leader; escalate it from its page when you cannot resolve it.
            </p>
            <SpecForm
              id="raise-escalation"
              action={raiseEscalationAction}
              hidden={choice.hidden}
              fields={fields}
              submitLabel="Record the issue"
              pendingLabel="Recording…"
            />
          </Card>
        ) : null}
      </div>
    </>
  );
}
