import "server-only";
import { dayLabel, recommendationRefusal, transitionRefusal } from "@/domain/workgroups/activities";
import { workgroupAudit } from "@/domain/workgroups/audit-actions";
import { workgroupPermissions } from "@/domain/workgroups/permissions";
import type { RecordRecommendationInput } from "@/domain/workgroups/schemas";
import { defineCommand } from "@/lib/command";
import { UserError } from "@/lib/errors";
import { bringBeforeEsc } from "@/server/workgroups/before-esc";
import { activitySubject, assertNotDissolved, workgroupResource } from "@/server/workgroups/subjects";

/**
 * Governance plan 2.4: "A consensus recommendation must come forward to the ESC for
 * action." A member (or whoever directs the workgroup) records it; the activity goes on the
 * ESC's next agenda and the ESC is told, in one transaction. The activity's row is locked,
 * so a recommendation and the deadline's elevation cannot both happen.
 */
export const recordRecommendation = defineCommand({
  name: workgroupAudit.recommend,
  subject: activitySubject,
  target: (input: RecordRecommendationInput) => input.activityId,
  permission: workgroupPermissions.contribute,
  resource: ({ workgroup }) => workgroupResource(workgroup),
  async run({ tx, input, record: { workgroup, activity }, now }) {
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
    return { title: activity.title, escName: esc.name, agendaItemId };
  },
  audit: ({ record: { workgroup, activity }, input, result }) => ({
    summary: `${workgroup.name}: recommendation on “${activity.title}” sent to the ${result.escName}`,
    before: { status: activity.status },
    after: { status: "RECOMMENDED", recommendation: input.recommendation, agendaItemId: result.agendaItemId },
  }),
});

/**
 * The ESC has acted on a recommendation or on an elevated issue: whoever directs the
 * workgroup marks the activity done.
 */
export const completeActivity = defineCommand({
  name: workgroupAudit.complete_activity,
  subject: activitySubject,
  target: (input: { activityId: string }) => input.activityId,
  permission: workgroupPermissions.manage,
  resource: ({ workgroup }) => workgroupResource(workgroup),
  async run({ tx, record: { workgroup, activity } }) {
    assertNotDissolved(workgroup);
    const refusal = transitionRefusal(activity.status, "complete");
    if (refusal) throw new UserError(refusal);
    await tx.workgroupActivity.update({ where: { id: activity.id }, data: { status: "DONE", version: { increment: 1 } } });
    return { title: activity.title };
  },
  audit: ({ record: { workgroup, activity } }) => ({
    summary: `${workgroup.name}: “${activity.title}” (due ${dayLabel(activity.deadline)}) is done`,
    before: { status: activity.status },
    after: { status: "DONE" },
  }),
});
