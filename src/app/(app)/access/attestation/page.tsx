import type { Metadata } from "next";
import { AttestationOpenForm } from "@/components/access/attestation-open-form";
import { AttestationProgress } from "@/components/access/attestation-progress";
import { Card, PageHeader } from "@/components/ui/card";
import { accessPermissions } from "@/domain/access/permissions";
import { can } from "@/lib/permissions";
import { getAttestationOverview } from "@/server/access/organization-queries";
import { requirePermission } from "@/server/session";
import { openAttestationAction } from "@/app/(app)/access/attestation/actions";

export const metadata: Metadata = { title: "Yearly re-attestation" };

/**
 * The product's yearly re-attestation of third-party CSE users (criteria 5 and 6 of Third Party
 * Access Process section 2: training and confidentiality "then annually"; criterion 2: access
 * for a purpose): every campaign's progress, organization by organization, and the Process
 * Manager's form to open the next one.
 */
export default async function AttestationPage() {
  const user = await requirePermission(accessPermissions.queue);
  const overview = await getAttestationOverview(user, new Date());
  const opens = can(user, accessPermissions.manage);
  const year = Number(overview.today.slice(0, 4));
  const nextYear = overview.campaigns.some((campaign) => campaign.year === year) ? year + 1 : year;
  return (
    <>
      <PageHeader
        title="Yearly re-attestation"
        description="Each year every organization confirms, for each active CSE user, current security awareness training, a current confidentiality statement and continued need. What is not confirmed by the deadline is flagged for suspension."
        back={{ href: "/access", label: "Third-party access" }}
      />
      <div className="space-y-6">
        {opens ? (
          <Card id="open-campaign" title="Open a campaign">
            <AttestationOpenForm
              action={openAttestationAction}
              year={nextYear}
              today={overview.today}
              accounts={overview.activeAccounts}
              organizations={overview.activeOrganizations}
            />
          </Card>
        ) : null}
        <Card id="campaigns">
          <AttestationProgress campaigns={overview.campaigns} />
        </Card>
      </div>
    </>
  );
}
