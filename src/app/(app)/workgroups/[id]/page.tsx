import type { Metadata } from "next";
import { cache } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConfirmAction } from "@/components/forms/confirm-action";
import { formatDate, plural } from "@/lib/format";
import { COMMITTEE_KIND_LABELS } from "@/components/governance/labels";
import { Alert } from "@/components/ui/alert";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { ActivityList } from "@/components/workgroups/activity-list";
import { AddMemberForm } from "@/components/workgroups/add-member-form";
import { Charter } from "@/components/workgroups/charter";
import { MemberTable } from "@/components/workgroups/member-table";
import { ProposeActivityForm } from "@/components/workgroups/propose-activity-form";
import { californiaDay } from "@/domain/calendar/california-day";
import { firstDeadlineInput } from "@/domain/workgroups/activities";
import { list, MAX_MEMBERS } from "@/domain/workgroups/membership";
import { can } from "@/lib/permissions";
import { getCurrentUser, requirePermission } from "@/server/session";
import { memberCandidates } from "@/server/workgroups/candidates";
import { APPROVAL_VOTE_DAYS } from "@/server/workgroups/proposals";
import { getWorkgroup } from "@/server/workgroups/queries";
import {
  addMemberAction,
  completeActivityAction,
  dissolveWorkgroupAction,
  proposeActivityAction,
  recordRecommendationAction,
  removeMemberAction,
} from "@/app/(app)/workgroups/actions";
import { workgroupPermissions } from "@/domain/workgroups/permissions";
import { dissolveWorkgroupSchema } from "@/domain/workgroups/schemas";
import { fieldsOf } from "@/lib/form-fields";
import { governancePermissions } from "@/domain/governance/permissions";

/** Loaded once a request, for the title and the page. */
const workgroupOf = cache((id: string) => getWorkgroup(id));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  // The title names the record only for someone who may see it; anyone else, and a record that does not exist, get the generic word.
  const user = await getCurrentUser();
  if (!user || !can(user, governancePermissions.read)) return { title: "Workgroup" };
  const workgroup = await workgroupOf((await params).id);
  return { title: workgroup?.name ?? "Workgroup" };
}

export default async function WorkgroupPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission(governancePermissions.read);
  const workgroup = await workgroupOf((await params).id);
  if (!workgroup) notFound();
  const active = workgroup.status === "ACTIVE";
  const resource = {
    committeeId: workgroup.parentCommitteeId,
    consortiumId: workgroup.committee.consortiumId,
    memberIds: workgroup.members.map((member) => member.userId),
  };
  const manages = active && can(user, workgroupPermissions.manage, resource);
  const contributes = active && can(user, workgroupPermissions.contribute, resource);
  const memberIds = new Set(resource.memberIds);
  const candidates =
    manages && workgroup.committee.consortiumId
      ? (await memberCandidates(workgroup.committee.consortiumId)).filter((candidate) => !memberIds.has(candidate.value.split(":")[0]!))
      : [];
  const now = new Date();
  const represented = workgroup.categories.filter((entry) => entry.members > 0).map((entry) => entry.category);

  return (
    <>
      <PageHeader
        back={{ href: "/workgroups", label: "Workgroups" }}
        title={workgroup.name}
        description={
          <>
            {active ? <Badge tone="green">Active</Badge> : <Badge>Dissolved {formatDate(workgroup.dissolvedAt)}</Badge>}{" "}
            {COMMITTEE_KIND_LABELS[workgroup.committee.kind]} created by the{" "}
            <Link href={`/committees/${workgroup.parentCommittee.id}`} className="underline">
              {workgroup.parentCommittee.name}
            </Link>{" "}
            on {formatDate(workgroup.createdAt)}.
          </>
        }
      />
      <div className="space-y-6">
        {!active ? (
          <Alert tone="info">This workgroup was dissolved when its assignment was complete. It is kept as a record and can no longer change.</Alert>
        ) : null}
        <Card title="Charter">
          <Charter scope={workgroup.scope} assumptions={workgroup.assumptions} communication={workgroup.communication} schedule={workgroup.schedule} />
        </Card>
        <Card title={`Members (${workgroup.members.length} of ${MAX_MEMBERS})`}>
          <p className="mb-3 text-sm text-slate-700">
            {represented.length ? `Caseload categories represented: ${list(represented, "and")}.` : "No caseload category is represented yet."}{" "}
            {workgroup.missingCategories.length
              ? `Still to be represented: ${plural(workgroup.missingCategories.length, "category", "categories")} ${list(workgroup.missingCategories, "and")}.`
              : "Every category is represented."}
          </p>
          <MemberTable workgroupId={workgroup.id} members={workgroup.members} removeAction={manages ? removeMemberAction : undefined} />
          {manages ? (
            <div className="mt-6 border-t border-slate-100 pt-4">
              <h3 className="mb-3 font-semibold">Add a member</h3>
              <AddMemberForm workgroupId={workgroup.id} candidates={candidates} action={addMemberAction} />
            </div>
          ) : null}
        </Card>
        <Card title="Activities">
          <ActivityList
            activities={workgroup.activities}
            recommendAction={contributes ? recordRecommendationAction : undefined}
            completeAction={manages ? completeActivityAction : undefined}
          />
        </Card>
        {contributes ? (
          <Card title="Propose a new activity">
            <p className="mb-3 text-sm text-slate-700">
              A workgroup takes on a new activity only with the ESC&apos;s prior approval (Governance plan 2.3). Proposing one opens a vote of the ESC for{" "}
              {APPROVAL_VOTE_DAYS} days.
            </p>
            <ProposeActivityForm
              workgroupId={workgroup.id}
              earliestDeadline={firstDeadlineInput(californiaDay(new Date(now.getTime() + APPROVAL_VOTE_DAYS * 86_400_000)))}
              action={proposeActivityAction}
            />
          </Card>
        ) : null}
        {manages ? (
          <Card title="Dissolve">
            <p className="mb-3 text-sm text-slate-700">When the assignment is complete, the workgroup is dissolved (Governance plan 2.4). Its record stays.</p>
            <ConfirmAction
              action={dissolveWorkgroupAction}
              fields={{ [fieldsOf(dissolveWorkgroupSchema).workgroupId]: workgroup.id }}
              label="Dissolve the workgroup"
              title={`Dissolve ${workgroup.name}?`}
              body="Its members, activities and charter can no longer change afterwards. Activities before the ESC are closed as done."
              confirmLabel="Dissolve"
            />
          </Card>
        ) : null}
      </div>
    </>
  );
}
