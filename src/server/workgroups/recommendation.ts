import "server-only";
import { dayLabel, recommendationRefusal, transitionRefusal } from "@/domain/workgroups/activities";
import type { RecordRecommendationInput } from "@/domain/workgroups/schemas";
import { recordAudit } from "@/lib/audit";
import type { CommandContext } from "@/lib/context";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { bringBeforeEsc } from "./before-esc";
import { assertNotDissolved, lockActivity, workgroupResource } from "./lock";
import { workgroupPermissions } from "@/domain/workgroups/permissions";

/**
 * Governance plan 2.4: "A consensus recommendation must come forward to the ESC for
 * action." A member (or whoever directs the workgroup) records it; the activity goes on the
 * ESC's next agenda and the ESC is told, in one transaction. The activity's row is locked,
 * so a recommendation and the deadline's elevation cannot both happen.
 */
export async function recordRecommendation(ctx: CommandContext, input: RecordRecommendationInput, now = new Date()) {
  return db.$transaction(async (tx) => {
    const { workgroup, activity } = await lockActivity(tx, input.activityId);
    assertCan(ctx.actor, workgroupPermissions.contribute, workgroupResource(workgroup));
    assertNotDissolved(workgroup);
    const refusal = recommendationRefusal(activity, now);
    if (refusal) throw new UserError(refusal);

    await tx.workgroupActivity.update({
      where: { id: activity.id },
      data: { status: "RECOMMENDED", recommendation: input.recommendation, recommendedAt: now, version: { increment: 1 } },
    });
    const { agendaItemId, esc } = await bringBeforeEsc(
      tx,
      workgroup,
      activity.id,
      { title: `Workgroup recommendation: ${activity.title}`, description: input.recommendation },
      (escName) => ({
        kind: "workgroup.recommendation",
        subject: `${workgroup.name} recommends: ${activity.title}`,
        body: `The workgroup ${workgroup.name} reached a consensus recommendation on “${activity.title}”. It goes on the agenda of the ${escName}'s next meeting.\n\n${input.recommendation}`,
      }),
      now,
    );
    await recordAudit(tx, ctx, {
      action: "workgroups.recommend",
      entityType: "WorkgroupActivity",
      entityId: activity.id,
      summary: `${workgroup.name}: recommendation on “${activity.title}” sent to the ${esc.name}`,
      before: { status: activity.status },
      after: { status: "RECOMMENDED", recommendation: input.recommendation, agendaItemId },
    });
    return { title: activity.title, escName: esc.name };
  });
}

/**
 * The ESC has acted on a recommendation or on an elevated issue: whoever directs the
 * workgroup marks the activity done.
 */
export async function completeActivity(ctx: CommandContext, input: { activityId: string }) {
  return db.$transaction(async (tx) => {
    const { workgroup, activity } = await lockActivity(tx, input.activityId);
    assertCan(ctx.actor, workgroupPermissions.manage, workgroupResource(workgroup));
    assertNotDissolved(workgroup);
    const refusal = transitionRefusal(activity.status, "complete");
    if (refusal) throw new UserError(refusal);
    await tx.workgroupActivity.update({ where: { id: activity.id }, data: { status: "DONE", version: { increment: 1 } } });
    await recordAudit(tx, ctx, {
      action: "workgroups.complete_activity",
      entityType: "WorkgroupActivity",
      entityId: activity.id,
      summary: `${workgroup.name}: “${activity.title}” (due ${dayLabel(activity.deadline)}) is done`,
      before: { status: activity.status },
      after: { status: "DONE" },
    });
    return { title: activity.title };
  });
}
