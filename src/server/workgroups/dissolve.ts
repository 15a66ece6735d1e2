import "server-only";
import { ACTIVITY_STATUSES, dissolutionRefusal, nextStatus } from "@/domain/workgroups/activities";
import { workgroupAudit } from "@/domain/workgroups/audit-actions";
import { workgroupPermissions } from "@/domain/workgroups/permissions";
import { defineCommand } from "@/lib/command";
import { UserError } from "@/lib/errors";
import { assertNotDissolved, workgroupResource, workgroupSubject } from "@/server/workgroups/subjects";

/**
 * Governance plan 2.4: "When the assignment is completed, the workgroup is dissolved."
 * Refused while an activity is proposed or under way. Activities already before the ESC
 * (recommended or elevated) are closed as done: the workgroup's part is over. Afterwards
 * the workgroup is a record: no member, activity or charter changes.
 */
export const dissolveWorkgroup = defineCommand({
  name: workgroupAudit.dissolve,
  subject: workgroupSubject,
  target: (input: { workgroupId: string }) => input.workgroupId,
  permission: workgroupPermissions.manage,
  resource: (workgroup) => workgroupResource(workgroup),
  async run({ tx, record: workgroup, now }) {
    assertNotDissolved(workgroup);
    const activities = await tx.workgroupActivity.findMany({
      where: { workgroupId: workgroup.id },
      select: { id: true, title: true, status: true, deadline: true },
    });
    const refusal = dissolutionRefusal(activities);
    if (refusal) throw new UserError(refusal);

    const closed = await tx.workgroupActivity.updateMany({
      where: { workgroupId: workgroup.id, status: { in: ACTIVITY_STATUSES.filter((status) => nextStatus(status, "complete")) } },
      data: { status: "DONE", version: { increment: 1 } },
    });
    await tx.workgroup.update({ where: { id: workgroup.id }, data: { status: "DISSOLVED", dissolvedAt: now, version: { increment: 1 } } });
    return { name: workgroup.name, activitiesClosed: closed.count };
  },
  audit: ({ record: workgroup, result }) => ({
    summary: `${workgroup.name} was dissolved`,
    before: { status: "ACTIVE" },
    after: { status: "DISSOLVED", activitiesClosed: result.activitiesClosed, members: workgroup.members.length },
  }),
});
