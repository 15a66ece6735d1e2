import "server-only";
import { nextStatus } from "@/domain/workgroups/activities";
import { workgroupAudit } from "@/domain/workgroups/audit-actions";
import { recordAudit } from "@/lib/audit";
import { notify } from "@/server/notifications/notify";
import type { DecisionHandler } from "@/server/voting/close-motion";

/**
 * Routed by src/server/decisions/handlers.ts: when the ESC's motion on a proposed activity
 * closes, in the same transaction, the activity becomes ACTIVE if the motion passed and
 * REJECTED otherwise (failed, deferred, or no quorum: Governance plan 2.3 needs "ESC prior
 * approval"), and the workgroup's members are told. Only a PROPOSED activity moves, so a
 * motion that is somehow closed twice changes nothing the second time.
 */
export const applyActivityApproval: DecisionHandler = async (tx, ctx, motion) => {
  const activities = await tx.workgroupActivity.findMany({
    where: { approvalMotionId: motion.motionId, status: "PROPOSED" },
    select: { id: true, title: true, workgroupId: true, workgroup: { select: { committee: { select: { name: true } } } } },
  });
  const status = nextStatus("PROPOSED", motion.result.passed ? "approve" : "reject")!;
  const changed: string[] = [];
  for (const activity of activities) {
    const moved = await tx.workgroupActivity.updateMany({ where: { id: activity.id, status: "PROPOSED" }, data: { status, version: { increment: 1 } } });
    if (moved.count === 0) continue;
    changed.push(`/workgroups/${activity.workgroupId}`);
    const name = activity.workgroup.committee.name;
    const verdict = status === "ACTIVE" ? "approved" : "did not approve";
    await recordAudit(tx, ctx, {
      action: status === "ACTIVE" ? workgroupAudit.activity_approved : workgroupAudit.activity_rejected,
      entityType: "WorkgroupActivity",
      entityId: activity.id,
      summary: `The ESC ${verdict} “${activity.title}” for ${name}: ${motion.result.explanation}`,
      before: { status: "PROPOSED" },
      after: { status, motionId: motion.motionId },
    });
    const members = await tx.workgroupMember.findMany({ where: { workgroupId: activity.workgroupId }, select: { userId: true } });
    await notify(
      tx,
      members.map((member) => member.userId),
      {
        kind: "workgroup.activity_decided",
        subject: `The ESC ${verdict} “${activity.title}”`,
        body: `${name}: the ESC ${verdict} the new activity “${activity.title}”. ${motion.result.explanation}`,
        link: `/workgroups/${activity.workgroupId}`,
      },
    );
  }
  return changed;
};
