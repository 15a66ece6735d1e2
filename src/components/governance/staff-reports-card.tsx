import Link from "next/link";
import { Badge, EmptyState } from "@/components/ui/card";
import { STAFF_REPORTS, type StaffReportKind } from "@/domain/change-requests/staff-reports";
import { formatDateTime } from "@/lib/format";

export interface StaffReportSummary {
  id: string;
  kind: StaffReportKind;
  title: string;
  filedAt: Date;
  filedBy: { name: string };
}

/**
 * On an ESC's page: the latest reports its consortium's staff filed for it. Governance plan
 * 5.1.2: the CTM identifies "as early as possible in the CR process potential issues and
 * risks"; 5.1.3: the M&O Contract Manager reviews "contract deliverables" and reports "on the
 * status of critical SRs in development". The reports themselves are filed and read in full
 * on the staff reports page.
 */
export function StaffReportsCard({ reports }: { reports: readonly StaffReportSummary[] }) {
  return (
    <section aria-labelledby="staff-reports-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="mb-3 flex items-center justify-between gap-4">
        <h2 id="staff-reports-heading">Reports from the consortium&rsquo;s staff</h2>
        <Link href="/dashboard/staff-reports" className="text-sm">
          All staff reports
        </Link>
      </div>
      <p className="mb-3 text-sm text-slate-600">
        The Consortium Technical Manager reports risks early in a change request (Governance plan 5.1.2); the M&amp;O Contract Manager reports on contract
        deliverables and critical service requests (5.1.3).
      </p>
      {reports.length ? (
        <ul className="divide-y divide-slate-100">
          {reports.map((report) => (
            <li key={report.id} className="py-2">
              <h3 className="text-sm font-medium">
                <Link href={`/dashboard/staff-reports#report-${report.id}`}>{report.title}</Link>
              </h3>
              <p className="text-sm text-slate-600">
                <Badge>{STAFF_REPORTS[report.kind].label}</Badge> Filed by {report.filedBy.name}, {formatDateTime(report.filedAt)}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title="No staff reports have been filed for this consortium yet." />
      )}
    </section>
  );
}
