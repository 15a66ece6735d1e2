import type { Metadata } from "next";
import { DashboardTabs } from "@/components/change-requests/dashboard-tabs";
import { SpecForm, type FieldSpec } from "@/components/change-requests/spec-form";
import { AlertSummary } from "@/components/change-requests/alert-summary";
import { changeRequestField, consortiumChoice } from "@/components/change-requests/cpl-fields";
import { formatDateTime } from "@/lib/format";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ALERT_KIND_LABELS, ALERT_KINDS } from "@/domain/change-requests/cpl-work-schemas";
import { requirePermission } from "@/server/session";
import { listAlerts } from "@/server/change-requests/alerts";
import { consortiaWhere } from "@/server/change-requests/list-query";
import { raiseAlertAction, resolveAlertAction } from "@/app/(app)/dashboard/actions";
import { changeRequestPermissions } from "@/domain/change-requests/permissions";
import { raiseAlertSchema, resolveAlertSchema } from "@/domain/change-requests/cpl-work-schemas";
import { fieldsOf } from "@/lib/form-fields";

const raiseField = fieldsOf(raiseAlertSchema);
const resolveField = fieldsOf(resolveAlertSchema);

export const metadata: Metadata = { title: "Alerts" };

export default async function AlertsPage() {
  const user = await requirePermission(changeRequestPermissions.viewDashboard);
  const [mine, { open, resolved }] = await Promise.all([consortiaWhere(user, changeRequestPermissions.manageAlerts), listAlerts(null)]);
  const mayResolve = new Set(mine.map((consortium) => consortium.code));

  const choice = consortiumChoice(mine);
  const fields: FieldSpec[] = [
    ...choice.fields,
    {
      kind: "radio",
      name: raiseField.kind,
      label: "What is the problem with?",
      options: ALERT_KINDS.map((kind) => ({ value: kind, label: ALERT_KIND_LABELS[kind] })),
    },
    changeRequestField("Leave empty for a problem that concerns several."),
    { kind: "textarea", name: raiseField.description, label: "What is wrong, and what is being done", rows: 4 },
  ];

  return (
    <>
      <PageHeader
        title="Alerts"
        description="Governance plan 5.1.1: the Consortium Project Leader alerts the ESC and TAB when a problem with a change request's scope, schedule or cost has been identified. Every ESC and TAB member of the consortium is notified, and again when it is resolved."
      />
      <DashboardTabs current="/dashboard/alerts" />
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card title={`Open alerts (${open.length})`}>
            {open.length ? (
              <ul className="divide-y divide-slate-100">
                {open.map((alert) => (
                  <li key={alert.id} className="py-3">
                    <AlertSummary alert={alert} />
                    {mayResolve.has(alert.consortium.code) ? (
                      <details className="mt-2">
                        <summary className="cursor-pointer text-sm font-medium text-brand-700">Resolve this alert</summary>
                        <div className="mt-2">
                          <SpecForm
                            id={`resolve-${alert.id}`}
                            action={resolveAlertAction}
                            hidden={{ [resolveField.alertId]: alert.id }}
                            fields={[{ kind: "textarea", name: resolveField.resolution, label: "How it was resolved", rows: 3 }]}
                            submitLabel="Resolve and tell the ESC and TAB"
                            pendingLabel="Resolving…"
                            variant="secondary"
                          />
                        </div>
                      </details>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState title="No open alerts." />
            )}
          </Card>
          <Card title="Recently resolved">
            {resolved.length ? (
              <ul className="divide-y divide-slate-100">
                {resolved.map((alert) => (
                  <li key={alert.id} className="py-3">
                    <AlertSummary alert={alert} />
                    <p className="mt-1 text-sm text-slate-700">
                      <span className="font-medium">Resolved {formatDateTime(alert.resolvedAt)}:</span> {alert.resolution}
                    </p>
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState title="No alert has been resolved yet." />
            )}
          </Card>
        </div>
        {mine.length ? (
          <Card title="Raise an alert">
            <SpecForm id="raise-alert" action={raiseAlertAction} hidden={choice.hidden} fields={fields} submitLabel="Raise the alert" pendingLabel="Raising…" />
            {mine.length === 1 ? <p className="mt-3 text-sm text-slate-600">For the {mine[0]!.code} consortium.</p> : null}
          </Card>
        ) : null}
      </div>
    </>
  );
}
