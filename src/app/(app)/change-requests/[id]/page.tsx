import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import type { CrActions } from "@/components/change-requests/actions";
import { BackBriefCard } from "@/components/change-requests/back-brief-card";
import { BuildTestSection } from "@/components/change-requests/build-test-section";
import { AttachmentsCard, CommentsCard, Timeline } from "@/components/change-requests/conversation";
import { CrHeader } from "@/components/change-requests/cr-header";
import { FactsCard } from "@/components/change-requests/facts-card";
import { GateVotesCard } from "@/components/change-requests/gate-votes-card";
import { ImpactSection } from "@/components/change-requests/impact-section";
import { InitiationSection } from "@/components/change-requests/initiation-section";
import { JadSection } from "@/components/change-requests/jad-section";
import { NextStepCard } from "@/components/change-requests/next-step-card";
import { sectionsReached } from "@/components/change-requests/reached";
import { ReleaseSection } from "@/components/change-requests/release-section";
import { RoutingSection } from "@/components/change-requests/routing-section";
import { UatSection } from "@/components/change-requests/uat-section";
import { Alert } from "@/components/ui/alert";
import { californiaDayOf } from "@/domain/calendar/day";
import { getCurrentUser, requirePermission } from "@/server/session";
import { can } from "@/lib/permissions";
import { crName } from "@/domain/change-requests/labels";
import { getChangeRequestActivity } from "@/server/change-requests/activity";
import { getChangeRequestDetail } from "@/server/change-requests/detail";
import { teamCandidates } from "@/server/change-requests/teams";
import * as main from "@/app/(app)/change-requests/[id]/actions";
import * as work from "@/app/(app)/change-requests/[id]/work-actions";
import { changeRequestPermissions } from "@/domain/change-requests/permissions";

/** Loaded once a request, for the title and the page; null when this person may not see it (a draft not theirs). */
const detailOf = cache(getChangeRequestDetail);

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  // The title names the record only for someone who may see it; anyone else, and a record that does not exist, get the generic word.
  const user = await getCurrentUser();
  const { id } = await params;
  if (!user || !can(user, changeRequestPermissions.read) || !/^[0-9a-f-]{36}$/.test(id)) return { title: "Change request" };
  const cr = await detailOf(id, user);
  return { title: cr ? crName(cr) : "Change request" };
}

const ACTIONS: CrActions = {
  saveInitiation: main.saveInitiationAction,
  step: main.stepAction,
  flagImpact: main.flagImpactAction,
  withdraw: main.withdrawAction,
  reconsiderNow: main.reconsiderNowAction,
  reopenGateVote: main.reopenGateVoteAction,
  setReconsiderDate: main.setReconsiderDateAction,
  backBrief: main.backBriefAction,
  comment: main.commentAction,
  attachFile: main.attachFileAction,
  nameTeam: work.nameTeamAction,
  savePackage: work.savePackageAction,
  saveJad: work.saveJadAction,
  saveDeveloperTesting: work.saveDeveloperTestingAction,
  addScenario: work.addScenarioAction,
  startPass: work.startPassAction,
  completePass: work.completePassAction,
  reportDefect: work.reportDefectAction,
  resolveDefect: work.resolveDefectAction,
  signOffDefect: work.signOffDefectAction,
  saveUatSummary: work.saveUatSummaryAction,
  saveRelease: work.saveReleaseAction,
  addKnownDefect: work.addKnownDefectAction,
  removeKnownDefect: work.removeKnownDefectAction,
};

export default async function ChangeRequestPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePermission(changeRequestPermissions.read);
  const [{ id }, query] = await Promise.all([params, searchParams]);
  if (!/^[0-9a-f-]{36}$/.test(id)) notFound();
  const cr = await detailOf(id, user);
  if (!cr) notFound();
  const now = new Date();
  const [activity, impactCandidates, jadCandidates, uatCandidates] = await Promise.all([
    getChangeRequestActivity(cr.id),
    cr.may.nameImpactTeam ? teamCandidates(cr.consortium.id, "IMPACT_ANALYSIS", now) : undefined,
    cr.may.nameJadTeam ? teamCandidates(cr.consortium.id, "JAD", now) : undefined,
    cr.may.nameUatTeam ? teamCandidates(cr.consortium.id, "UAT", now) : undefined,
  ]);
  const reached = sectionsReached(cr);

  return (
    <>
      <CrHeader cr={cr} now={now} />
      {query.created ? (
        <div className="mb-4">
          <Alert tone="success">Draft saved as {cr.label}. Complete it and submit it when it is ready.</Alert>
        </div>
      ) : null}
      {query.submitted ? (
        <div className="mb-4">
          <Alert tone="success">{cr.label} is submitted.</Alert>
        </div>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <NextStepCard cr={cr} actions={ACTIONS} />
          <InitiationSection cr={cr} actions={ACTIONS} />
          {reached.impact ? <ImpactSection cr={cr} actions={ACTIONS} candidates={impactCandidates} /> : null}
          {reached.routing ? <RoutingSection cr={cr} /> : null}
          {reached.jad ? <JadSection cr={cr} actions={ACTIONS} candidates={jadCandidates} /> : null}
          {reached.buildAndTest ? <BuildTestSection cr={cr} actions={ACTIONS} /> : null}
          {reached.uat ? <UatSection cr={cr} actions={ACTIONS} candidates={uatCandidates} /> : null}
          {reached.release ? <ReleaseSection cr={cr} actions={ACTIONS} /> : null}
          <CommentsCard crId={cr.id} comments={activity.comments} actions={ACTIONS} />
        </div>
        <div className="space-y-6">
          <FactsCard cr={cr} agendaItems={activity.agendaItems} actions={ACTIONS} />
          {cr.kind !== "ENHANCEMENT" && cr.state !== "DRAFT" ? (
            <BackBriefCard cr={cr} agendaItems={activity.agendaItems} actions={ACTIONS} today={californiaDayOf(now)} />
          ) : null}
          <GateVotesCard cr={cr} actions={ACTIONS} now={now} />
          <AttachmentsCard crId={cr.id} attachments={activity.attachments} actions={ACTIONS} />
        </div>
      </div>
      <div className="mt-6">
        <Timeline events={activity.timeline} truncated={activity.timelineTruncated} />
      </div>
    </>
  );
}
