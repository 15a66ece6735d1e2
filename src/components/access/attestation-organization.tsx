import { ATTESTATION_BADGES } from "@/components/access/account-labels";
import { AttestationConfirmForm } from "@/components/access/attestation-confirm-form";
import type { FormAction } from "@/components/forms/form-action";
import { Badge, EmptyState } from "@/components/ui/card";
import { DataTable } from "@/components/ui/table";
import { countOf, formatDateTime, formatDay } from "@/lib/format";
import type { OrganizationOverview } from "@/server/access/organization-queries";

/**
 * The product's yearly re-attestation, for one organization: in each campaign it has users in,
 * each active user to confirm (training, confidentiality statement, continued need) by the deadline.
 */
export function AttestationOrganization({ campaigns, attest }: { campaigns: OrganizationOverview["attestations"]; attest: FormAction | null }) {
  if (campaigns.length === 0) {
    return (
      <EmptyState title="No re-attestation has listed this organization's users.">
        The Process Manager opens a campaign each year for every active account.
      </EmptyState>
    );
  }
  return (
    <div className="space-y-6">
      {campaigns.map((campaign) => (
        <section key={campaign.id} aria-labelledby={`campaign-${campaign.id}`} className="space-y-2">
          <h3 id={`campaign-${campaign.id}`} className="font-semibold">
            {campaign.year} re-attestation, due {formatDay(campaign.deadlineOn)}
          </h3>
          <p className="text-sm text-slate-700">
            {campaign.progress.confirmed} of {countOf(campaign.progress.total, "user")} confirmed
            {campaign.progress.overdue ? `; ${campaign.progress.overdue} not confirmed by the deadline, flagged for suspension` : ""}.
          </p>
          <DataTable
            caption={`Users to confirm in the ${campaign.year} re-attestation`}
            columns={["User", "Training and statement", "Status", ...(attest ? ["Confirm"] : [])]}
          >
            {campaign.rows.map((row) => (
              <tr key={row.accountId} className="align-top">
                <td className="py-3 pr-4 font-medium">{row.userName}</td>
                <td className="py-3 pr-4 text-slate-700">
                  Trained {formatDay(row.trainedOn)}; signed {formatDay(row.confidentialitySignedOn)}
                </td>
                <td className="py-3 pr-4">
                  <Badge tone={ATTESTATION_BADGES[row.status].tone}>{ATTESTATION_BADGES[row.status].label}</Badge>
                  {row.confirmedAt ? (
                    <p className="mt-1 text-sm text-slate-600">
                      {formatDateTime(row.confirmedAt)}
                      {row.confirmedBy ? ` by ${row.confirmedBy}` : ""}
                    </p>
                  ) : null}
                  {row.suspended ? <p className="mt-1 text-sm text-slate-600">Account suspended</p> : null}
                </td>
                {attest ? (
                  <td className="py-3">
                    {row.status !== "confirmed" && !row.suspended ? (
                      <AttestationConfirmForm campaignId={campaign.id} accountId={row.accountId} userName={row.userName} action={attest} />
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </DataTable>
        </section>
      ))}
    </div>
  );
}
