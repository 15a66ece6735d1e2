import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConfirmAction } from "@/components/forms/confirm-action";
import { formatDateTime } from "@/lib/format";
import { Alert } from "@/components/ui/alert";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { BallotForm } from "@/components/voting/ballot-form";
import { DesigneeForm } from "@/components/voting/designee-form";
import { LiveRefresh } from "@/components/voting/live-refresh";
import { RollCall } from "@/components/voting/roll-call";
import { ballotOptions } from "@/domain/voting/schemas";
import { can } from "@/lib/permissions";
import { requirePermission } from "@/server/session";
import { getMotion } from "@/server/voting/queries";
import { castBallotAction, closeMotionAction, nameDesigneeAction } from "@/app/(app)/motions/actions";
import { votingPermissions } from "@/domain/voting/permissions";
import { governancePermissions } from "@/domain/governance/permissions";

export const metadata: Metadata = { title: "Motion" };

export default async function MotionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission(governancePermissions.read);
  const motion = await getMotion((await params).id);
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
            {open ? `Voting closes ${formatDateTime(motion.deadline)}.` : `Closed ${formatDateTime(motion.closedAt ?? motion.deadline)}.`} Opened by{" "}
            {motion.openedBy.name}.
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
          {open && mySeat ? (
            <Card title="Vote">
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
            <RollCall voters={motion.rollCall} />
          </Card>
        </div>
        {open && chairs ? (
          <Card title="Chair">
            <p className="mb-3 text-sm text-slate-700">Close the motion when everyone present has voted. The result goes into the minutes.</p>
            <ConfirmAction
              action={closeMotionAction}
              fields={{ motionId: motion.id }}
              label="Close the motion"
              title="Close this motion now?"
              body="Nobody can vote or change a vote afterwards, and the result is recorded."
              confirmLabel="Close and count"
              variant="primary"
            />
          </Card>
        ) : null}
      </div>
    </>
  );
}
