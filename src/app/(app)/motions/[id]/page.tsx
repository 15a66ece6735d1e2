import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { formatDateTime } from "@/lib/format";
import { Alert } from "@/components/ui/alert";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { BallotForm } from "@/components/voting/ballot-form";
import { CloseMotionButton } from "@/components/voting/close-motion-button";
import { DesigneeForm } from "@/components/voting/designee-form";
import { LiveRefresh } from "@/components/voting/live-refresh";
import { MotionMeeting, MotionSubject } from "@/components/voting/motion-papers";
import { RollCall } from "@/components/voting/roll-call";
import { crNumber } from "@/domain/change-requests/labels";
import { GATE_LABELS } from "@/domain/change-requests/lifecycle";
import { ballotOptions } from "@/domain/voting/schemas";
import { can } from "@/lib/permissions";
import { getCurrentUser, requirePermission } from "@/server/session";
import { getMotion } from "@/server/voting/queries";
import { getMotionPapers } from "@/server/voting/motion-papers";
import { castBallotAction, closeMotionAction, nameDesigneeAction } from "@/app/(app)/motions/actions";
import { votingPermissions } from "@/domain/voting/permissions";
import { governancePermissions } from "@/domain/governance/permissions";

// Read once per request, by the title and by the page.
const motionOf = cache(getMotion);
const papersOf = cache(getMotionPapers);

/** The title names the record: "CR-0002 ESC concept vote", or the question put. */
export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const user = await getCurrentUser();
  if (!user || !can(user, governancePermissions.read)) return { title: "Motion" };
  const id = (await params).id;
  const [motion, papers] = await Promise.all([motionOf(id), papersOf(id)]);
  if (!motion) return { title: "Motion" };
  const cr = papers?.changeRequest;
  return { title: cr?.gate ? `${crNumber(cr.number)} ${GATE_LABELS[cr.gate]}` : motion.question };
}

export default async function MotionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission(governancePermissions.read);
  const id = (await params).id;
  const [motion, papers] = await Promise.all([motionOf(id), papersOf(id)]);
  if (!motion) notFound();
  const open = motion.status === "OPEN" && motion.deadline > new Date();
  // The seat this user votes from: their own (unless delegated) or the member's they stand in for.
  const mySeat = motion.rollCall.find((voter) => (voter.userId === user.id && !voter.designee) || voter.designee?.id === user.id);
  const delegated = motion.rollCall.find((voter) => voter.userId === user.id && voter.designee);
  const chairs = can(user, votingPermissions.closeMotion, { committeeId: motion.committee.id });

  return (
    <>
      {open ? <LiveRefresh /> : null}
      <PageHeader
        back={{ href: `/committees/${motion.committee.id}`, label: motion.committee.name }}
        title={motion.question}
        description={
          <>
            {open ? <Badge tone="green">Open</Badge> : <Badge>Closed</Badge>}{" "}
            {open ? `Voting closes ${formatDateTime(motion.deadline)}.` : `Closed ${formatDateTime(motion.closedAt ?? motion.deadline)}.`}{" "}
            {/* Product rule (src/domain/change-requests/gate-attribution.ts): a vote a rule opened is credited to the step. */}
            {motion.openedAutomatically ? `Opened automatically ${motion.openedAutomatically}.` : `Opened by ${motion.openedBy.name}.`}
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {motion.result ? (
            <Alert tone={motion.result.passed ? "success" : "info"} title="Result">
              {motion.result.explanation}
            </Alert>
          ) : null}
          {papers ? <MotionSubject papers={papers} /> : null}
          {open && mySeat ? (
            <Card id="vote" title="Vote">
              <BallotForm
                motionId={motion.id}
                options={ballotOptions(motion.options)}
                current={mySeat.ballot}
                onBehalfOf={mySeat.userId === user.id ? null : mySeat.user.name}
                action={castBallotAction}
              />
              {mySeat.userId === user.id && !mySeat.ballot ? (
                <details className="mt-6 border-t border-slate-100 pt-4">
                  <summary className="cursor-pointer text-sm font-medium text-brand-700">Can&apos;t take part? Name a designee</summary>
                  <div className="mt-3">
                    <DesigneeForm motionId={motion.id} withdraw={false} action={nameDesigneeAction} />
                  </div>
                </details>
              ) : null}
            </Card>
          ) : null}
          {open && !mySeat ? (
            <Alert tone="info">
              {delegated
                ? `You named ${delegated.designee!.name} as your designee for this motion; they vote in your place.`
                : "You can follow this motion, but you are not one of its voting members."}
            </Alert>
          ) : null}
          {open && delegated && !delegated.ballot ? <DesigneeForm motionId={motion.id} withdraw action={nameDesigneeAction} /> : null}
          <Card title="Roll call">
            <RollCall voters={motion.rollCall} closed={!open} />
          </Card>
        </div>
        <div className="space-y-6">
          {open && chairs ? (
            <Card id="close" title="Chair">
              <p className="mb-3 text-sm text-slate-700">Close the motion when everyone present has voted. The result goes into the minutes.</p>
              <CloseMotionButton motion={motion} action={closeMotionAction} />
            </Card>
          ) : null}
          {papers ? <MotionMeeting meeting={papers.meeting} /> : null}
        </div>
      </div>
    </>
  );
}
