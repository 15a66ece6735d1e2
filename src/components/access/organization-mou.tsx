import Link from "next/link";
import type { ReactNode } from "react";
import { Badge, EmptyState } from "@/components/ui/card";
import { ACCESS_STATE_LABELS, applicationNumber } from "@/domain/access/lifecycle";
import { countOf, formatDateTime, formatDay } from "@/lib/format";
import type { OrganizationOverview } from "@/server/access/organization-queries";

/**
 * The organization's MOU as the Process Owner countersigned it (6.9): the accounts approved and
 * set up, the term, the office ID (7.1), and the applications that led to it.
 */
export function OrganizationMou({
  mou,
  live,
  applications,
}: {
  mou: OrganizationOverview["mou"];
  live: number;
  applications: OrganizationOverview["applications"];
}) {
  return (
    <div className="space-y-4">
      {mou ? (
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2 lg:grid-cols-4">
          <Item label="User accounts">
            <span className="text-lg font-semibold">{live}</span> of {countOf(mou.approvedAccounts, "approved account")} set up
          </Item>
          <Item label="Term">{mou.termStartsOn && mou.termEndsOn ? `${formatDay(mou.termStartsOn)} to ${formatDay(mou.termEndsOn)}` : "Not recorded"}</Item>
          <Item label="Countersigned">{mou.countersignedAt ? formatDateTime(mou.countersignedAt) : "Not yet"}</Item>
          <Item label="Office ID">{mou.officeId ?? <span className="text-amber-900">Not created yet (Third Party Access Process 7.1)</span>}</Item>
        </dl>
      ) : (
        <EmptyState title="No MOU is in force.">
          Accounts are set up once the Process Owner has countersigned the organization&apos;s MOU (Third Party Access Process 6.9).
        </EmptyState>
      )}
      {applications.length ? (
        <div>
          <h3 className="text-sm font-semibold text-slate-800">Applications</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {applications.map((application) => (
              <li key={application.id} className="flex flex-wrap items-center gap-2">
                <Link href={`/access/applications/${application.id}`}>{applicationNumber(application.number)}</Link>
                {application.kind === "RENEWAL" ? <Badge tone="blue">Renewal</Badge> : null}
                <span className="text-slate-700">{ACCESS_STATE_LABELS[application.state]}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="font-medium text-slate-600">{label}</dt>
      <dd className="mt-0.5 text-slate-900">{children}</dd>
    </div>
  );
}
