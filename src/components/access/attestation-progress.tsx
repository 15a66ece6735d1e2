import Link from "next/link";
import { Badge, EmptyState } from "@/components/ui/card";
import { DataTable } from "@/components/ui/table";
import { countOf, formatDateTime, formatDay } from "@/lib/format";
import type { AttestationOverview } from "@/server/access/organization-queries";

/** Each campaign's progress, organization by organization (attestationProgress). */
export function AttestationProgress({ campaigns }: { campaigns: AttestationOverview["campaigns"] }) {
  if (campaigns.length === 0) return <EmptyState title="No re-attestation has been opened yet." />;
  return (
    <div className="space-y-8">
      {campaigns.map((campaign) => (
        <section key={campaign.id} aria-labelledby={`campaign-${campaign.id}`} className="space-y-3">
          <div>
            <h2 id={`campaign-${campaign.id}`}>
              {campaign.year} re-attestation, due {formatDay(campaign.deadlineOn)}
            </h2>
            <p className="text-sm text-slate-700">
              Opened {formatDateTime(campaign.openedAt)}. {campaign.progress.confirmed} of {countOf(campaign.progress.total, "account")} confirmed,{" "}
              {campaign.progress.pending} to confirm, {campaign.progress.overdue} not confirmed by the deadline (flagged for suspension).
            </p>
          </div>
          {campaign.organizations.length === 0 ? (
            <EmptyState title="No accounts you can see are in this campaign." />
          ) : (
            <DataTable
              caption={`Progress of the ${campaign.year} re-attestation by organization`}
              columns={["Organization", "Confirmed", "To confirm", "Flagged", "Status"]}
            >
              {campaign.organizations.map((organization) => (
                <tr key={organization.id}>
                  <td className="py-2 pr-4">
                    <Link href={`/access/organizations/${organization.id}#attestation`} className="font-medium">
                      {organization.name}
                    </Link>
                    <span className="block text-slate-600">{organization.county} County</span>
                  </td>
                  <td className="py-2 pr-4">
                    {organization.progress.confirmed} of {organization.progress.total}
                  </td>
                  <td className="py-2 pr-4">{organization.progress.pending}</td>
                  <td className="py-2 pr-4">{organization.progress.overdue}</td>
                  <td className="py-2">
                    {organization.progress.overdue ? (
                      <Badge tone="red">Flagged accounts</Badge>
                    ) : organization.progress.pending ? (
                      <Badge tone="amber">In progress</Badge>
                    ) : (
                      <Badge tone="green">Complete</Badge>
                    )}
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
        </section>
      ))}
    </div>
  );
}
