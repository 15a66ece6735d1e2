import type { Metadata } from "next";
import { ConsortiumPicker } from "@/components/change-requests/consortium-picker";
import { DashboardTabs } from "@/components/change-requests/dashboard-tabs";
import { RankingList } from "@/components/change-requests/ranking-list";
import { ConfirmAction } from "@/components/forms/confirm-action";
import { Card, PageHeader } from "@/components/ui/card";
import { PRIORITY_CRITERIA } from "@/domain/change-requests/ranking";
import { can } from "@/lib/permissions";
import { requirePermission } from "@/server/session";
import { consortiaWithEsc, getBacklog } from "@/server/change-requests/ranking";
import { homeConsortiumId } from "@/server/change-requests/home-consortium";
import { moveInRankingAction, rankByCriteriaAction } from "@/app/(app)/change-requests/ranking/actions";
import { changeRequestPermissions } from "@/domain/change-requests/permissions";
import { suggestOrderSchema } from "@/domain/change-requests/cpl-work-schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(suggestOrderSchema);

export const metadata: Metadata = { title: "Backlog ranking" };

export default async function RankingPage({ searchParams }: { searchParams: Promise<{ consortium?: string }> }) {
  const user = await requirePermission(changeRequestPermissions.viewDashboard);
  const [withEsc, { consortium: wanted }, home] = await Promise.all([consortiaWithEsc(), searchParams, homeConsortiumId(user)]);
  const chairs = (consortium: (typeof withEsc)[number]) =>
    can(user, changeRequestPermissions.rank, { committeeId: consortium.escId, consortiumId: consortium.id });
  // The chair lands on their own ESC's backlog; anyone else on their own consortium's (the CASES CPL on CASES).
  const shown =
    withEsc.find((consortium) => consortium.code === wanted) ?? withEsc.find(chairs) ?? withEsc.find((consortium) => consortium.id === home) ?? withEsc[0]!;
  const editable = chairs(shown);
  const backlog = await getBacklog(shown.id);

  return (
    <>
      <PageHeader
        title={`${shown.code} backlog ranking`}
        description="Governance plan 3: the ESC considers change requests by three competing priorities: ASC certification and CCSAS implementation, program performance improvement, and significant worker productivity increase. The backlog is the enhancements the ESC has approved for analysis or work that are not finished; the ESC chair keeps the order the committee agrees on."
        actions={<ConsortiumPicker path="/change-requests/ranking" consortia={withEsc} current={shown.code} allLabel={null} />}
      />
      <DashboardTabs current="/change-requests/ranking" />
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <RankingList
            consortiumId={shown.id}
            ranked={backlog.ranked}
            unranked={backlog.unranked}
            order={backlog.order}
            editable={editable}
            action={moveInRankingAction}
          />
        </Card>
        <Card title="The three criteria">
          <ol className="list-decimal space-y-1 pl-5 text-sm">
            {PRIORITY_CRITERIA.map((criterion) => (
              <li key={criterion.key}>{criterion.label}</li>
            ))}
          </ol>
          <p className="mt-3 text-sm text-slate-600">
            Each change request shows which criteria its initiation form claims. The order itself is the ESC&apos;s judgement.
          </p>
          {editable && backlog.ranked.length + backlog.unranked.length > 0 ? (
            <div className="mt-4">
              <ConfirmAction
                action={rankByCriteriaAction}
                fields={{ [field.consortiumId]: shown.id, [field.expectedOrder]: backlog.order }}
                label="Start from the criteria"
                title="Replace the order with one from the criteria?"
                body="Every change request in the backlog is ranked: certification and CCSAS first, then performance, then productivity, then the rest, keeping today's order within each. You can then adjust it."
                confirmLabel="Rank by the criteria"
                variant="primary"
              />
            </div>
          ) : null}
          {!editable ? <p className="mt-4 text-sm text-slate-600">Only the chair of the {shown.code} ESC changes this order.</p> : null}
        </Card>
      </div>
    </>
  );
}
