import "server-only";
import { californiaDay } from "@/domain/calendar/california-day";
import { deadlineProblem } from "@/domain/workgroups/activities";
import { workgroupAudit } from "@/domain/workgroups/audit-actions";
import { workgroupPermissions } from "@/domain/workgroups/permissions";
import type { CreateWorkgroupInput } from "@/domain/workgroups/schemas";
import { defineCommand } from "@/lib/command";
import { UserError } from "@/lib/errors";
import { parentCommitteeSubject } from "@/server/workgroups/subjects";

/**
 * Governance plan 2.4: "At the direction of the ESC or TAB, Ad Hoc Workgroups will be
 * established … Workgroup assignments will be made by the ESC or TAB, including defining
 * the scope of work, assumptions, communication expectations, and schedule for completion."
 * The workgroup is also a committee of its own (ad hoc unless standing is chosen), and its
 * first activity, the assignment, starts at once with its deadline.
 */
export const createWorkgroup = defineCommand({
  name: workgroupAudit.create,
  subject: parentCommitteeSubject,
  target: (input: CreateWorkgroupInput) => input.parentCommitteeId,
  permission: workgroupPermissions.create,
  resource: (parent) => ({ committeeId: parent.id }),
  async run({ tx, input, record: parent, now }) {
    const deadline = deadlineProblem(input.activityDeadline, californiaDay(now));
    if (deadline) throw new UserError(deadline, { activityDeadline: [deadline] });
    if ((parent.kind !== "ESC" && parent.kind !== "TAB") || !parent.consortiumId) {
      throw new UserError("Workgroups are created by a consortium's Executive Steering Committee or Technical Advisory Board (Governance plan 2.4).");
    }
    const sameName = await tx.workgroup.count({
      where: { parentCommitteeId: parent.id, status: "ACTIVE", committee: { name: { equals: input.name, mode: "insensitive" } } },
    });
    if (sameName) {
      const message = `${parent.name} already has a workgroup called “${input.name}”.`;
      throw new UserError(message, { name: [message] });
    }

    const committee = await tx.committee.create({
      data: { code: `${parent.code}-WG-${parent._count.workgroupsCreated + 1}`, name: input.name, kind: input.kind, consortiumId: parent.consortiumId },
      select: { id: true, code: true },
    });
    const workgroup = await tx.workgroup.create({
      data: {
        committeeId: committee.id,
        parentCommitteeId: parent.id,
        scope: input.scope,
        assumptions: input.assumptions,
        communication: input.communication,
        schedule: input.schedule,
        activities: { create: { title: input.activityTitle, description: input.activityDescription, deadline: input.activityDeadline, status: "ACTIVE" } },
      },
      select: { id: true, activities: { select: { id: true } } },
    });
    return { id: workgroup.id, name: input.name, committeeCode: committee.code, activityId: workgroup.activities[0]?.id };
  },
  audit: ({ record: parent, input, result }) => ({
    entity: { type: "Workgroup", id: result.id },
    summary: `${parent.name} created the workgroup “${input.name}”`,
    after: { ...input, committeeCode: result.committeeCode, activityId: result.activityId },
  }),
  paths: ({ result }) => [`/workgroups/${result.id}`],
});
