import type { Metadata } from "next";
import { DashboardTabs } from "@/components/change-requests/dashboard-tabs";
import { SpecForm } from "@/components/change-requests/spec-form";
import { FiledReports } from "@/components/change-requests/filed-reports";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { changeRequestPermissions } from "@/domain/change-requests/permissions";
import { STAFF_REPORT_KINDS, STAFF_REPORTS, staffReportSchema } from "@/domain/change-requests/staff-reports";
import { can } from "@/lib/permissions";
import { formatDateTime } from "@/lib/format";
import { fieldsOf } from "@/lib/form-fields";
import { listConsortia } from "@/server/change-requests/list-query";
import { listStaffReports, PERMISSION_OF } from "@/server/change-requests/staff-reports";
import { requirePermission } from "@/server/session";
import { fileStaffReportAction } from "@/app/(app)/dashboard/actions";

const field = fieldsOf(staffReportSchema);

export const metadata: Metadata = { title: "Staff reports" };

/** Governance plan 5.1.2 and 5.1.3: what the CTM and the M&O Contract Manager report, for the ESC to see. */
export default async function StaffReportsPage() {
  const user = await requirePermission(changeRequestPermissions.viewDashboard);
  const [reports, consortia] = await Promise.all([listStaffReports(), listConsortia()]);
  // What this person may file, and for which consortium: each kind is one role's duty.
  const filing = consortia.flatMap((consortium) =>
    STAFF_REPORT_KINDS.filter((kind) => can(user, PERMISSION_OF[kind], { consortiumId: consortium.id })).map((kind) => ({ consortium, kind })),
  );
  const byConsortium = [...new Set(filing.map((entry) => entry.consortium.id))].map((id) => ({
    consortium: filing.find((entry) => entry.consortium.id === id)!.consortium,
    kinds: filing.filter((entry) => entry.consortium.id === id).map((entry) => entry.kind),
  }));

  return (
    <>
      <PageHeader
        title="Staff reports"
        description="The Consortium Technical Manager reports risks and impacts as early as possible in a change request (Governance plan 5.1.2); the M&O Contract Manager reports on contract deliverables and the status of critical service requests (5.1.3). Each report is sent to the consortium's ESC members."
      />
      <DashboardTabs current="/dashboard/staff-reports" />
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <FiledReports
          empty="No staff reports have been filed yet."
          reports={reports.map((report) => ({
            id: report.id,
            heading: `${report.consortium.code}: ${report.title}`,
            meta: (
              <>
                <Badge>{STAFF_REPORTS[report.kind].label}</Badge> Filed by {report.filedBy.name}, {formatDateTime(report.filedAt)}
              </>
            ),
            body: report.body,
          }))}
        />
        {byConsortium.map(({ consortium, kinds }) => (
          <Card key={consortium.id} title={`File a ${consortium.code} report`}>
            <SpecForm
              id={`staff-report-${consortium.code}`}
              action={fileStaffReportAction}
              hidden={{ [field.consortiumId]: consortium.id }}
              fields={[
                {
                  kind: "select",
                  name: field.kind,
                  label: "What it reports",
                  options: kinds.map((kind) => ({ value: kind, label: STAFF_REPORTS[kind].label })),
                },
                { kind: "text", name: field.title, label: "Title" },
                { kind: "textarea", name: field.body, label: "The report in full", rows: 10 },
              ]}
              submitLabel="File and send to the ESC"
              pendingLabel="Filing…"
            />
          </Card>
        ))}
      </div>
    </>
  );
}
