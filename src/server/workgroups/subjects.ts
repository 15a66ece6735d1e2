import "server-only";
import type { SeatedMember } from "@/domain/workgroups/membership";
import { DISSOLVED } from "@/domain/workgroups/membership";
import { defineSubject } from "@/lib/command";
import type { Tx } from "@/lib/db/client";
import { NotFoundError, UserError } from "@/lib/errors";
import type { ResourceScope } from "@/lib/permissions";

/**
 * Every change to a workgroup locks the workgroup's row for the rest of the transaction,
 * so two people changing one workgroup at once (the 7th and 8th member, a recommendation
 * and a dissolution) take turns, each seeing what the other wrote.
 */
async function lockWorkgroupRow(tx: Tx, workgroupId: string) {
  const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Workgroup" WHERE id = ${workgroupId} FOR UPDATE`;
  if (!locked) throw new NotFoundError("That workgroup");
  const workgroup = await tx.workgroup.findUniqueOrThrow({
    where: { id: workgroupId },
    select: {
      id: true,
      status: true,
      parentCommitteeId: true,
      committee: { select: { id: true, name: true, consortiumId: true, consortium: { select: { code: true } } } },
    },
  });
  // A query of its own: Prisma loads sibling relations in parallel, and a transaction has one connection.
  const seated = await tx.workgroupMember.findMany({
    where: { workgroupId },
    orderBy: { addedAt: "asc" },
    select: { userId: true, lcsaId: true, user: { select: { name: true } }, lcsa: { select: { name: true, caseloadCategory: true } } },
  });
  const members: SeatedMember[] = seated.map((member) => ({
    userId: member.userId,
    name: member.user.name,
    lcsaId: member.lcsaId,
    lcsaName: member.lcsa.name,
    category: member.lcsa.caseloadCategory,
  }));
  return { ...workgroup, name: workgroup.committee.name, consortiumId: workgroup.committee.consortiumId, members };
}

export type LockedWorkgroup = Awaited<ReturnType<typeof lockWorkgroupRow>>;

/** Every workgroup page shows members and activities: the list and the workgroup's own page. */
const workgroupPaths = (workgroup: { id: string }) => ["/workgroups", `/workgroups/${workgroup.id}`];

/** A workgroup, locked FOR UPDATE, with its members. */
export const workgroupSubject = defineSubject({
  type: "Workgroup",
  lock: (tx, id) => lockWorkgroupRow(tx, id),
  idOf: (workgroup) => workgroup.id,
  paths: (workgroup) => workgroupPaths(workgroup),
});

/** What the activity rules (src/domain/workgroups/activities.ts) and the pages read of an activity. */
export const ACTIVITY_FIELDS = { id: true, title: true, description: true, status: true, deadline: true, recommendation: true } as const;

/** An activity: the workgroup it belongs to locked, then the activity's row locked (always in that order). */
export const activitySubject = defineSubject({
  type: "WorkgroupActivity",
  async lock(tx, id) {
    const owner = await tx.workgroupActivity.findUnique({ where: { id }, select: { workgroupId: true } });
    if (!owner) throw new NotFoundError("That activity");
    const workgroup = await lockWorkgroupRow(tx, owner.workgroupId);
    await tx.$queryRaw`SELECT id FROM "WorkgroupActivity" WHERE id = ${id} FOR UPDATE`;
    const activity = await tx.workgroupActivity.findUniqueOrThrow({ where: { id }, select: ACTIVITY_FIELDS });
    return { workgroup, activity };
  },
  idOf: ({ activity }) => activity.id,
  paths: ({ workgroup }) => workgroupPaths(workgroup),
});

/**
 * The ESC or TAB that creates a workgroup, locked FOR UPDATE: numbering its workgroups and
 * checking their names take turns on its row.
 */
export const parentCommitteeSubject = defineSubject({
  type: "Committee",
  async lock(tx, id) {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Committee" WHERE id = ${id} FOR UPDATE`;
    if (!locked) throw new NotFoundError("That committee");
    return tx.committee.findUniqueOrThrow({
      where: { id },
      select: { id: true, code: true, name: true, kind: true, consortiumId: true, _count: { select: { workgroupsCreated: true } } },
    });
  },
  idOf: (committee) => committee.id,
  paths: () => ["/workgroups"],
});

/** What permission rules see of a workgroup: the ESC or TAB that directs it, its consortium, and its members. */
export function workgroupResource(workgroup: {
  parentCommitteeId: string;
  consortiumId?: string | null;
  members: readonly { userId: string }[];
}): ResourceScope {
  return {
    committeeId: workgroup.parentCommitteeId,
    consortiumId: workgroup.consortiumId ?? null,
    memberIds: workgroup.members.map((member) => member.userId),
  };
}

/** Governance plan 2.4: "When the assignment is completed, the workgroup is dissolved"; nothing changes after. */
export function assertNotDissolved(workgroup: { status: string }): void {
  if (workgroup.status === "DISSOLVED") throw new UserError(DISSOLVED);
}
