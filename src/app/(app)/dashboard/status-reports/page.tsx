import type { Metadata } from "next";
import { ConsortiumPicker } from "@/components/change-requests/consortium-picker";
import { DashboardTabs } from "@/components/change-requests/dashboard-tabs";
import { SpecForm } from "@/components/change-requests/spec-form";
import { formatDateTime, formatDay } from "@/lib/format";
import { FiledReports } from "@/components/change-requests/filed-reports";
import { Card, PageHeader } from "@/components/ui/card";
import { californiaDayOf } from "@/domain/calendar/day";
import { requirePermission } from "@/server/session";
import { consortiaWhere } from "@/server/change-requests/list-query";
import { draftStatusReport, listStatusReports } from "@/server/change-requests/status-reports";
import { fileStatusReportAction } from "@/app/(app)/dashboard/actions";
import { changeRequestPermissions } from "@/domain/change-requests/permissions";
import { statusReportSchema } from "@/domain/change-requests/cpl-work-schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(statusReportSchema);

export const metadata: Metadata = { title: "Status reports" };

export default async function StatusReportsPage({ searchParams }: { searchParams: Promise<{ consortium?: string }> }) {
  const user = await requirePermission(changeRequestPermissions.viewDashboard);
  const [mine, reports, { consortium: wanted }] = await Promise.all([
    consortiaWhere(user, changeRequestPermissions.fileStatusReport),
    listStatusReports(null),
    searchParams,
  ]);
  const filing = mine.find((consortium) => consortium.code === wanted) ?? mine[0] ?? null;
  const draft = filing ? await draftStatusReport(filing.id) : "";

  return (
    <>
      <PageHeader
        title="Status reports"
        description="Governance plan 5.1.1: the Consortium Project Leader provides the ESC members with status reports on outstanding change requests. Filing a report sends it to every ESC member of the consortium."
      />
      <DashboardTabs current="/dashboard/status-reports" />
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <FiledReports
          empty="No status reports have been filed yet."
          reports={reports.map((report) => ({
            id: report.id,
            heading: `${report.consortium.code}: period ending ${formatDay(report.periodEnding)}`,
            meta: `Filed by ${report.filedBy.name}, ${formatDateTime(report.filedAt)}`,
            body: report.body,
          }))}
        />
        {filing ? (
          <Card title={`File a ${filing.code} status report`}>
            {mine.length > 1 ? (
              <div className="mb-4">
                <ConsortiumPicker path="/dashboard/status-reports" consortia={mine} current={filing.code} allLabel={null} />
              </div>
            ) : null}
            <p className="mb-3 text-sm text-slate-600">The report starts from today&apos;s figures; add the issues, risks and next steps before filing.</p>
            <SpecForm
              key={filing.id}
              id="status-report"
              action={fileStatusReportAction}
              hidden={{ [field.consortiumId]: filing.id }}
              fields={[
                { kind: "date", name: field.periodEnding, label: "Period ending", defaultValue: californiaDayOf(new Date()), width: "max-w-48" },
                { kind: "textarea", name: field.body, label: "Report", defaultValue: draft, rows: 16 },
              ]}
              submitLabel="File and send to the ESC"
              pendingLabel="Filing…"
            />
          </Card>
        ) : null}
      </div>
    </>
  );
}
