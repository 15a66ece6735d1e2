import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { CreateWorkgroupForm } from "@/components/workgroups/create-workgroup-form";
import { WorkgroupTable } from "@/components/workgroups/workgroup-table";
import { californiaDay } from "@/domain/calendar/california-day";
import { firstDeadlineInput } from "@/domain/workgroups/activities";
import { requirePermission } from "@/server/session";
import { committeeSummary, committeesDirectedBy, listWorkgroups } from "@/server/workgroups/queries";
import { createWorkgroupAction } from "@/app/(app)/workgroups/actions";
import { governancePermissions } from "@/domain/governance/permissions";

export const metadata: Metadata = { title: "Workgroups" };

export default async function WorkgroupsPage({ searchParams }: { searchParams: Promise<{ committee?: string | string[] }> }) {
  const user = await requirePermission(governancePermissions.read);
  const { committee: committeeId } = await searchParams;
  const committee = typeof committeeId === "string" && /^[0-9a-f-]{36}$/i.test(committeeId) ? await committeeSummary(committeeId) : null;
  // A workgroup's own committee page links here: its workgroup page is the one to show.
  if (committee?.workgroup) redirect(`/workgroups/${committee.workgroup.id}`);
  const [workgroups, parents] = await Promise.all([listWorkgroups({ parentCommitteeId: committee?.id }), committeesDirectedBy(user)]);

  return (
    <>
      <PageHeader
        title="Workgroups"
        description="Small teams of subject matter experts that an ESC or TAB forms for an assignment: at most seven members spanning the caseload size categories (in CASES, one per LCSA). Each brings a consensus recommendation to the ESC by its deadline, or the issue goes back to the ESC."
      />
      <div className="space-y-6">
        <Card
          title={committee ? `Created by the ${committee.name}` : "All workgroups"}
          action={
            committee ? (
              <Link href="/workgroups" className="text-sm">
                Show all workgroups
              </Link>
            ) : null
          }
        >
          <WorkgroupTable workgroups={workgroups} />
        </Card>
        {parents.length ? (
          <Card title="Create a workgroup">
            <CreateWorkgroupForm parents={parents} earliestDeadline={firstDeadlineInput(californiaDay(new Date()))} action={createWorkgroupAction} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
