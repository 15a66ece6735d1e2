import "server-only";
import { californiaDay } from "@/domain/calendar/california-day";
import { dayLabel, deadlineProblem } from "@/domain/workgroups/activities";
import type { ProposeActivityInput } from "@/domain/workgroups/schemas";
import { recordAudit } from "@/lib/audit";
import type { CommandContext } from "@/lib/context";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { notify } from "@/server/notifications/notify";
import { openMotionInTx } from "@/server/voting/commands";
import { escOf, seatHolders } from "./before-esc";
import { assertNotDissolved, lockWorkgroup, workgroupResource } from "./lock";
import { workgroupPermissions } from "@/domain/workgroups/permissions";

/** How long the ESC has to vote on a proposed activity (a vote between meetings). */
export const APPROVAL_VOTE_DAYS = 7;

/**
 * Governance plan 2.3: existing workgroups remain "with a moratorium on undertaking any new
 * activities without ESC prior approval". Proposing one opens an ESC motion; the activity
 * stays PROPOSED until the motion closes (src/server/workgroups/approval-outcome.ts makes
 * it ACTIVE when it passes, REJECTED otherwise).
 */
export async function proposeActivity(ctx: CommandContext, input: ProposeActivityInput, now = new Date()) {
  const voteCloses = new Date(now.getTime() + APPROVAL_VOTE_DAYS * 86_400_000);
  return db.$transaction(async (tx) => {
    const workgroup = await lockWorkgroup(tx, input.workgroupId);
    assertCan(ctx.actor, workgroupPermissions.contribute, workgroupResource(workgroup));
    assertNotDissolved(workgroup);
    // The activity's time starts once the ESC approves it: its deadline comes after the vote.
    const problem = deadlineProblem(input.deadline, californiaDay(voteCloses));
    if (problem) {
      const message = `${problem} The ESC's vote on a new activity closes that day.`;
      throw new UserError(message, { deadline: [message] });
    }

    const esc = await escOf(tx, workgroup.consortiumId);
    const motion = await openMotionInTx(
      tx,
      ctx,
      {
        committeeId: esc.id,
        question: `Approve a new activity for the workgroup ${workgroup.name}: “${input.title}”, due ${dayLabel(input.deadline)}?`,
        deadline: voteCloses,
      },
      now,
    );
    const activity = await tx.workgroupActivity.create({
      data: { workgroupId: workgroup.id, title: input.title, description: input.description, deadline: input.deadline, status: "PROPOSED", approvalMotionId: motion.id },
      select: { id: true },
    });
    await recordAudit(tx, ctx, {
      action: "workgroups.propose_activity",
      entityType: "WorkgroupActivity",
      entityId: activity.id,
      summary: `${workgroup.name} proposed “${input.title}”; the ${esc.name} votes on it`,
      after: { ...input, status: "PROPOSED", approvalMotionId: motion.id },
    });
    await notify(tx, await seatHolders(tx, [esc.id], now), {
      kind: "workgroup.activity_proposed",
      subject: `Vote: a new activity for ${workgroup.name}`,
      body: `${workgroup.name} asks the ${esc.name} to approve a new activity, “${input.title}”: ${input.description}\n\nThe vote closes ${dayLabel(californiaDay(voteCloses))}.`,
      link: `/motions/${motion.id}`,
    });
    return { activityId: activity.id, motionId: motion.id, escName: esc.name };
  });
}
