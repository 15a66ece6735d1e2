import type { Metadata } from "next";
import { FindingList } from "@/components/access/finding-list";
import { Card, PageHeader } from "@/components/ui/card";
import { accessPermissions } from "@/domain/access/permissions";
import { countOf } from "@/lib/format";
import { can } from "@/lib/permissions";
import { listOpenFindings } from "@/server/access/organization-queries";
import { requirePermission } from "@/server/session";
import { clearFindingAction } from "@/app/(app)/access/organizations/[id]/actions";

export const metadata: Metadata = { title: "Open audit findings" };

/**
 * Third Party Access Process 8: the DCSS ISO's findings not yet cleared, across the organizations
 * the person may see, the oldest first; the Process Owner clears each one here or on the
 * organization's page. An MOU is not renewed while one is open (10.1).
 */
export default async function FindingsPage() {
  const user = await requirePermission(accessPermissions.queue);
  const findings = await listOpenFindings(user);
  const clears = can(user, accessPermissions.clearFindings);
  return (
    <>
      <PageHeader
        title="Open audit findings"
        description={`${findings.length ? countOf(findings.length, "finding") : "No findings"} of the DCSS ISO's security audit waiting to be cleared. An organization's MOU is not renewed while one is open (Third Party Access Process 10.1).`}
        back={{ href: "/access", label: "Third-party access" }}
      />
      <Card id="findings">
        <FindingList
          findings={findings}
          clear={clears ? clearFindingAction : null}
          empty="No audit findings are open. The DCSS ISO records a finding on the organization's page."
        />
      </Card>
    </>
  );
}
