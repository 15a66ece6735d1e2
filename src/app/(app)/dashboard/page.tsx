import type { Metadata } from "next";
import {
  AgingChart,
  AlertsCard,
  DecisionsCard,
  OverdueCard,
  ReportsCard,
  StateChart,
  Tiles,
  WaitingChart,
} from "@/components/change-requests/dashboard-sections";
import { DashboardTabs } from "@/components/change-requests/dashboard-tabs";
import { ConsortiumPicker } from "@/components/change-requests/consortium-picker";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/server/session";
import { currentDashboard } from "@/server/change-requests/dashboard";
import { changeRequestPermissions } from "@/domain/change-requests/permissions";

export const metadata: Metadata = { title: "Change request dashboard" };

/** Governance plan 5.1.1: the CPL is "the 'hub' of the communication flow"; this is the hub's view. */
export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ consortium?: string }> }) {
  await requirePermission(changeRequestPermissions.viewDashboard);
  const { consortium: wanted } = await searchParams;
  const { consortia, consortium, figures } = await currentDashboard(wanted ?? null);
  const code = consortium?.code ?? null;

  return (
    <>
      <PageHeader
        title="Change request dashboard"
        description="Where every change request is, what waits on whom, and what is late: for the Consortium Project Leaders, the ESCs and the TABs."
        actions={<ConsortiumPicker path="/dashboard" consortia={consortia} current={code} />}
      />
      <DashboardTabs current="/dashboard" />
      <div className="space-y-6">
        <Tiles figures={figures} consortium={code} />
        <div className="grid gap-6 lg:grid-cols-2">
          <Card>
            <StateChart figures={figures} consortium={code} />
          </Card>
          <Card>
            <WaitingChart figures={figures} consortium={code} />
          </Card>
        </div>
        <Card>
          <AgingChart figures={figures} consortium={code} />
        </Card>
        <div className="grid gap-6 lg:grid-cols-2">
          <OverdueCard figures={figures} consortium={code} />
          <div className="space-y-6">
            <AlertsCard figures={figures} />
            <ReportsCard figures={figures} />
          </div>
        </div>
        <DecisionsCard figures={figures} />
      </div>
    </>
  );
}
