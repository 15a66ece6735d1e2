import "server-only";
import { randomUUID } from "node:crypto";
import { californiaDay } from "@/domain/calendar/california-day";
import { dayLabel, deadlineProblem } from "@/domain/workgroups/activities";
import { workgroupAudit } from "@/domain/workgroups/audit-actions";
import { workgroupPermissions } from "@/domain/workgroups/permissions";
import type { ProposeActivityInput } from "@/domain/workgroups/schemas";
import { defineCommand } from "@/lib/command";
import { UserError } from "@/lib/errors";
import { notify } from "@/server/notifications/notify";
import { openMotionInTx } from "@/server/voting/open-motion";
import { escOf, seatHolders } from "@/server/workgroups/before-esc";
import { assertNotDissolved, workgroupResource, workgroupSubject } from "@/server/workgroups/subjects";

/** How long the ESC has to vote on a proposed activity (a vote between meetings). */
export const APPROVAL_VOTE_DAYS = 7;

/**
 * Governance plan 2.3: existing workgroups remain "with a moratorium on undertaking any new
 * activities without ESC prior approval". Proposing one opens an ESC motion; the activity
 * stays PROPOSED until the motion closes (src/server/workgroups/approval-outcome.ts makes
 * it ACTIVE when it passes, REJECTED otherwise).
 */
export const proposeActivity = defineCommand({
  name: workgroupAudit.propose_activity,
  subject: workgroupSubject,
  target: (input: ProposeActivityInput) => input.workgroupId,
  permission: workgroupPermissions.contribute,
  resource: (workgroup) => workgroupResource(workgroup),
  async run({ tx, ctx, input, record: workgroup, now }) {
    const voteCloses = new Date(now.getTime() + APPROVAL_VOTE_DAYS * 86_400_000);
    assertNotDissolved(workgroup);
    // The activity's time starts once the ESC approves it: its deadline comes after the vote.
    const problem = deadlineProblem(input.deadline, californiaDay(voteCloses));
    if (problem) {
      const message = `${problem} The ESC's vote on a new activity closes that day.`;
      throw new UserError(message, { deadline: [message] });
    }

    const esc = await escOf(tx, workgroup.consortiumId);
    // The motion names the activity it decides, so the activity's id is chosen first.
    const activityId = randomUUID();
    const motion = await openMotionInTx(
      tx,
      ctx,
      {
        committeeId: esc.id,
        question: `Approve a new activity for the workgroup ${workgroup.name}: “${input.title}”, due ${dayLabel(input.deadline)}?`,
        deadline: voteCloses,
        subject: { type: "WORKGROUP_ACTIVITY", id: activityId },
      },
      now,
    );
    const activity = await tx.workgroupActivity.create({
      data: {
        id: activityId,
        workgroupId: workgroup.id,
        title: input.title,
        description: input.description,
        deadline: input.deadline,
        status: "PROPOSED",
        approvalMotionId: motion.id,
      },
      select: { id: true },
    });
    await notify(tx, await seatHolders(tx, [esc.id], now), {
      kind: "workgroup.activity_proposed",
      subject: `Vote: a new activity for ${workgroup.name}`,
      body: `${workgroup.name} asks the ${esc.name} to approve a new activity, “${input.title}”: ${input.description}\n\nThe vote closes ${dayLabel(californiaDay(voteCloses))}.`,
      link: `/motions/${motion.id}`,
    });
    return { activityId: activity.id, motionId: motion.id, escName: esc.name };
  },
  audit: ({ record: workgroup, input, result }) => ({
    entity: { type: "WorkgroupActivity", id: result.activityId },
    summary: `${workgroup.name} proposed “${input.title}”; the ${result.escName} votes on it`,
    after: { ...input, status: "PROPOSED", approvalMotionId: result.motionId },
  }),
  paths: ({ result }) => [`/motions/${result.motionId}`],
});
