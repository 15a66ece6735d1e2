import "server-only";
import { membershipRefusal } from "@/domain/workgroups/membership";
import type { AddMemberInput, RemoveMemberInput } from "@/domain/workgroups/schemas";
import { recordAudit } from "@/lib/audit";
import type { CommandContext } from "@/lib/context";
import { db, type Tx } from "@/lib/db";
import { NotFoundError, UserError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { notify } from "@/server/notifications/notify";
import { loadCandidate } from "./candidates";
import { assertNotDissolved, lockWorkgroup, workgroupResource } from "./lock";
import { workgroupPermissions } from "@/domain/workgroups/permissions";

/**
 * Adds a member who represents their LCSA. The rules (at most seven, one per LCSA,
 * spanning the caseload categories: src/domain/workgroups/membership.ts) are checked with
 * the workgroup's row locked, so two people adding the 7th and 8th member at once cannot
 * both succeed: the second sees the first's member and is refused with the reason.
 */
export async function addMember(ctx: CommandContext, input: AddMemberInput, now = new Date()) {
  return db.$transaction(async (tx) => {
    const workgroup = await lockWorkgroup(tx, input.workgroupId);
    assertCan(ctx.actor, workgroupPermissions.manage, workgroupResource(workgroup));
    const candidate = await loadCandidate(tx, input.member.userId, input.member.lcsaId, now);
    const refusal = membershipRefusal(
      {
        dissolved: workgroup.status === "DISSOLVED",
        consortiumCode: workgroup.committee.consortium?.code ?? "",
        consortiumCategories: await consortiumCategories(tx, workgroup.consortiumId),
        members: workgroup.members,
      },
      candidate,
    );
    if (refusal) throw new UserError(refusal, { member: [refusal] });

    await tx.workgroupMember.create({ data: { workgroupId: workgroup.id, userId: candidate.userId, lcsaId: candidate.lcsaId } });
    await tx.workgroup.update({ where: { id: workgroup.id }, data: { version: { increment: 1 } } });
    await recordAudit(tx, ctx, {
      action: "workgroups.add_member",
      entityType: "Workgroup",
      entityId: workgroup.id,
      summary: `${candidate.name} (${candidate.lcsaName}, category ${candidate.category}) joined ${workgroup.name}`,
      after: { userId: candidate.userId, lcsaId: candidate.lcsaId, category: candidate.category, members: workgroup.members.length + 1 },
    });
    await notify(tx, [candidate.userId], {
      kind: "workgroup.member_added",
      subject: `You are a member of ${workgroup.name}`,
      body: `You represent ${candidate.lcsaName} LCSA on the workgroup ${workgroup.name}.`,
      link: `/workgroups/${workgroup.id}`,
    });
    return { name: candidate.name, lcsaName: candidate.lcsaName };
  });
}

/** Removes a member (people leave); the next additions must then fill any category left empty. */
export async function removeMember(ctx: CommandContext, input: RemoveMemberInput) {
  return db.$transaction(async (tx) => {
    const workgroup = await lockWorkgroup(tx, input.workgroupId);
    assertCan(ctx.actor, workgroupPermissions.manage, workgroupResource(workgroup));
    assertNotDissolved(workgroup);
    const member = workgroup.members.find((candidate) => candidate.userId === input.userId);
    if (!member) throw new NotFoundError("That member");
    await tx.workgroupMember.delete({ where: { workgroupId_userId: { workgroupId: workgroup.id, userId: member.userId } } });
    await tx.workgroup.update({ where: { id: workgroup.id }, data: { version: { increment: 1 } } });
    await recordAudit(tx, ctx, {
      action: "workgroups.remove_member",
      entityType: "Workgroup",
      entityId: workgroup.id,
      summary: `${member.name} (${member.lcsaName}) left ${workgroup.name}`,
      before: { userId: member.userId, lcsaId: member.lcsaId, category: member.category },
    });
    return { name: member.name };
  });
}

/** The caseload categories of the consortium's LCSAs. */
export async function consortiumCategories(tx: Tx, consortiumId: string | null): Promise<number[]> {
  if (!consortiumId) return [];
  const rows = await tx.lcsa.findMany({ where: { consortiumId }, distinct: ["caseloadCategory"], select: { caseloadCategory: true }, orderBy: { caseloadCategory: "asc" } });
  return rows.map((row) => row.caseloadCategory);
}
