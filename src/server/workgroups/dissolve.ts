import "server-only";
import { ACTIVITY_STATUSES, dissolutionRefusal, nextStatus } from "@/domain/workgroups/activities";
import { recordAudit } from "@/lib/audit";
import type { CommandContext } from "@/lib/context";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { assertNotDissolved, lockWorkgroup, workgroupResource } from "./lock";
import { workgroupPermissions } from "@/domain/workgroups/permissions";

/**
 * Governance plan 2.4: "When the assignment is completed, the workgroup is dissolved."
 * Refused while an activity is proposed or under way. Activities already before the ESC
 * (recommended or elevated) are closed as done: the workgroup's part is over. Afterwards
 * the workgroup is a record: no member, activity or charter changes.
 */
export async function dissolveWorkgroup(ctx: CommandContext, input: { workgroupId: string }, now = new Date()) {
  return db.$transaction(async (tx) => {
    const workgroup = await lockWorkgroup(tx, input.workgroupId);
    assertCan(ctx.actor, workgroupPermissions.manage, workgroupResource(workgroup));
    assertNotDissolved(workgroup);
    const activities = await tx.workgroupActivity.findMany({ where: { workgroupId: workgroup.id }, select: { id: true, title: true, status: true, deadline: true } });
    const refusal = dissolutionRefusal(activities);
    if (refusal) throw new UserError(refusal);

    const closed = await tx.workgroupActivity.updateMany({
      where: { workgroupId: workgroup.id, status: { in: ACTIVITY_STATUSES.filter((status) => nextStatus(status, "complete")) } },
      data: { status: "DONE", version: { increment: 1 } },
    });
    await tx.workgroup.update({ where: { id: workgroup.id }, data: { status: "DISSOLVED", dissolvedAt: now, version: { increment: 1 } } });
    await recordAudit(tx, ctx, {
      action: "workgroups.dissolve",
      entityType: "Workgroup",
      entityId: workgroup.id,
      summary: `${workgroup.name} was dissolved`,
      before: { status: "ACTIVE" },
      after: { status: "DISSOLVED", activitiesClosed: closed.count, members: workgroup.members.length },
    });
    return { name: workgroup.name };
  });
}
