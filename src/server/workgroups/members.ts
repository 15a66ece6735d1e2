import "server-only";
import { workgroupAudit } from "@/domain/workgroups/audit-actions";
import { membershipRefusal } from "@/domain/workgroups/membership";
import { workgroupPermissions } from "@/domain/workgroups/permissions";
import type { AddMemberInput, RemoveMemberInput } from "@/domain/workgroups/schemas";
import { defineCommand } from "@/lib/command";
import type { Tx } from "@/lib/db/client";
import { NotFoundError, UserError } from "@/lib/errors";
import { notify } from "@/server/notifications/notify";
import { loadCandidate } from "@/server/workgroups/candidates";
import { assertNotDissolved, workgroupResource, workgroupSubject } from "@/server/workgroups/subjects";

/**
 * Adds a member who represents their LCSA. The rules (at most seven; in CASES one per LCSA;
 * spanning the caseload categories: src/domain/workgroups/membership.ts) are checked with
 * the workgroup's row locked, so two people adding the 7th and 8th member at once cannot
 * both succeed: the second sees the first's member and is refused with the reason.
 */
export const addMember = defineCommand({
  name: workgroupAudit.add_member,
  subject: workgroupSubject,
  target: (input: AddMemberInput) => input.workgroupId,
  permission: workgroupPermissions.manage,
  resource: (workgroup) => workgroupResource(workgroup),
  async run({ tx, input, record: workgroup, now }) {
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
    await notify(tx, [candidate.userId], {
      kind: "workgroup.member_added",
      subject: `You are a member of ${workgroup.name}`,
      body: `You represent ${candidate.lcsaName} LCSA on the workgroup ${workgroup.name}.`,
      link: `/workgroups/${workgroup.id}`,
    });
    return { name: candidate.name, lcsaName: candidate.lcsaName, userId: candidate.userId, lcsaId: candidate.lcsaId, category: candidate.category };
  },
  audit: ({ record: workgroup, result: candidate }) => ({
    summary: `${candidate.name} (${candidate.lcsaName}, category ${candidate.category}) joined ${workgroup.name}`,
    after: { userId: candidate.userId, lcsaId: candidate.lcsaId, category: candidate.category, members: workgroup.members.length + 1 },
  }),
});

/** Removes a member (people leave); the next additions must then fill any category left empty. */
export const removeMember = defineCommand({
  name: workgroupAudit.remove_member,
  subject: workgroupSubject,
  target: (input: RemoveMemberInput) => input.workgroupId,
  permission: workgroupPermissions.manage,
  resource: (workgroup) => workgroupResource(workgroup),
  async run({ tx, input, record: workgroup }) {
    assertNotDissolved(workgroup);
    const member = workgroup.members.find((candidate) => candidate.userId === input.userId);
    if (!member) throw new NotFoundError("That member");
    await tx.workgroupMember.delete({ where: { workgroupId_userId: { workgroupId: workgroup.id, userId: member.userId } } });
    await tx.workgroup.update({ where: { id: workgroup.id }, data: { version: { increment: 1 } } });
    return member;
  },
  audit: ({ record: workgroup, result: member }) => ({
    summary: `${member.name} (${member.lcsaName}) left ${workgroup.name}`,
    before: { userId: member.userId, lcsaId: member.lcsaId, category: member.category },
  }),
});

/** The caseload categories of the consortium's LCSAs. */
export async function consortiumCategories(tx: Pick<Tx, "lcsa">, consortiumId: string | null): Promise<number[]> {
  if (!consortiumId) return [];
  const rows = await tx.lcsa.findMany({
    where: { consortiumId },
    distinct: ["caseloadCategory"],
    select: { caseloadCategory: true },
    orderBy: { caseloadCategory: "asc" },
  });
  return rows.map((row) => row.caseloadCategory);
}
