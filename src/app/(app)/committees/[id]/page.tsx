import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { CommitteeElections } from "@/components/elections/committee-elections";
import { SeatRegistry } from "@/components/governance/seat-registry";
import { Card, PageHeader } from "@/components/ui/card";
import { COMMITTEE_KIND_LABELS, MAJORITY_RULE_LABELS, QUORUM_RULE_LABELS } from "@/components/governance/labels";
import { CommitteeMeetings } from "@/components/meetings/committee-meetings";
import { MotionList } from "@/components/voting/motion-list";
import { OpenMotionForm } from "@/components/voting/open-motion-form";
import { WorkgroupsLink } from "@/components/workgroups/workgroups-link";
import { can } from "@/lib/permissions";
import { getCurrentUser, requirePermission } from "@/server/session";
import { getCommittee } from "@/server/governance/committees";
import { committeeElections } from "@/server/elections/queries";
import { getCommitteeMeetings } from "@/server/meetings/queries";
import { listCommitteeMotions } from "@/server/voting/queries";
import { openElectionAction } from "@/app/(app)/elections/actions";
import { scheduleMeetingAction } from "@/app/(app)/meetings/actions";
import { openMotionAction } from "@/app/(app)/motions/actions";
import { setVotingRulesAction } from "@/app/(app)/committees/actions";
import { VotingRulesForm } from "@/components/governance/voting-rules-form";
import { meetingPermissions } from "@/domain/meetings/permissions";
import { votingPermissions } from "@/domain/voting/permissions";
import { governancePermissions } from "@/domain/governance/permissions";
import { changeRequestPermissions } from "@/domain/change-requests/permissions";
import { StaffReportsCard } from "@/components/governance/staff-reports-card";
import { listStaffReports } from "@/server/change-requests/staff-reports";

/** Loaded once a request, for the title and the page. */
const committeeOf = cache(getCommittee);

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  // The title names the record only for someone who may see it; anyone else, and a record that does not exist, get the generic word.
  const user = await getCurrentUser();
  if (!user || !can(user, governancePermissions.read)) return { title: "Committee" };
  const committee = await committeeOf((await params).id);
  return { title: committee?.name ?? "Committee" };
}

export default async function CommitteePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission(governancePermissions.read);
  const id = (await params).id;
  const [committee, motions, meetings, elections] = await Promise.all([
    committeeOf(id),
    listCommitteeMotions(id),
    getCommitteeMeetings(id),
    committeeElections(id, user),
  ]);
  if (!committee) notFound();
  const chairs = can(user, votingPermissions.openMotion, { committeeId: committee.id });
  const voting = committee.seats.some((seat) => seat.kind !== "ADVISORY");
  // Governance plan 5.1.2, 5.1.3: what the CTM and the M&O Contract Manager report is the ESC's to see.
  const consortiumCode = committee.consortium?.code;
  const staffReports =
    committee.kind === "ESC" && consortiumCode && can(user, changeRequestPermissions.viewDashboard)
      ? (await listStaffReports()).filter((report) => report.consortium.code === consortiumCode).slice(0, 5)
      : null;

  return (
    <>
      <PageHeader
        back={{ href: "/committees", label: "Committees" }}
        title={committee.name}
        description={`${COMMITTEE_KIND_LABELS[committee.kind]}${committee.consortium ? ` of the ${committee.consortium.code} consortium` : ""}.`}
      />
      <WorkgroupsLink committee={committee} />
      <div className="space-y-6">
        {voting ? (
          <Card title="How it decides">
            <p className="text-sm text-slate-700">
              A quorum is {QUORUM_RULE_LABELS[committee.quorumRule]}; a motion passes with {MAJORITY_RULE_LABELS[committee.majorityRule]}.
            </p>
            <p className="mt-1 text-sm text-slate-600">
              The Governance plan sets no quorum or majority: these are this installation&rsquo;s rules, chosen by an administrator.
            </p>
            {can(user, governancePermissions.setVotingRules) ? (
              <VotingRulesForm
                committeeId={committee.id}
                quorumRule={committee.quorumRule}
                majorityRule={committee.majorityRule}
                action={setVotingRulesAction}
              />
            ) : null}
          </Card>
        ) : null}
        <CommitteeMeetings
          committeeId={committee.id}
          overview={meetings}
          scheduleAction={can(user, meetingPermissions.manage, { committeeId: committee.id }) ? scheduleMeetingAction : null}
        />
        {voting ? (
          <Card title="Motions">
            <MotionList motions={motions} />
          </Card>
        ) : null}
        {voting && chairs ? (
          <Card title="Open a motion">
            <OpenMotionForm committeeId={committee.id} action={openMotionAction} />
          </Card>
        ) : null}
        {staffReports ? <StaffReportsCard reports={staffReports} /> : null}
        {elections ? <CommitteeElections committeeId={committee.id} data={elections} now={new Date()} openAction={openElectionAction} /> : null}
        <Card title="Seats and terms">
          <SeatRegistry seats={committee.seats} />
        </Card>
      </div>
    </>
  );
}
