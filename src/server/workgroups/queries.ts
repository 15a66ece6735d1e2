import "server-only";
import { isOverdue } from "@/domain/workgroups/activities";
import { missingCategories, representation, type SeatedMember } from "@/domain/workgroups/membership";
import type { TallyResult } from "@/domain/voting/tally";
import { db } from "@/lib/db/client";
import { can, type Principal } from "@/lib/permissions";
import { ACTIVITY_SOURCE } from "@/server/workgroups/before-esc";
import { consortiumCategories } from "@/server/workgroups/members";
import { ACTIVITY_FIELDS } from "@/server/workgroups/subjects";
import { workgroupPermissions } from "@/domain/workgroups/permissions";

/** Every workgroup (or those one committee created): active first, then by name. */
export async function listWorkgroups(filter: { parentCommitteeId?: string } = {}, now = new Date()) {
  const workgroups = await db.workgroup.findMany({
    where: { parentCommitteeId: filter.parentCommitteeId },
    orderBy: [{ status: "asc" }, { committee: { name: "asc" } }],
    select: {
      id: true,
      status: true,
      committee: { select: { name: true, kind: true, consortium: { select: { code: true } } } },
      parentCommittee: { select: { id: true, name: true } },
      _count: { select: { members: true } },
      activities: {
        where: { status: { in: ["PROPOSED", "ACTIVE", "RECOMMENDED", "ELEVATED"] } },
        orderBy: { deadline: "asc" },
        select: { title: true, status: true, deadline: true, recommendation: true },
      },
    },
  });
  // The activity to show: the first still open, else the first before the ESC.
  const open = (status: string) => (status === "PROPOSED" || status === "ACTIVE" ? 0 : 1);
  return workgroups.map(({ activities, ...workgroup }) => ({
    ...workgroup,
    current: activities.map((activity) => ({ ...activity, overdue: isOverdue(activity, now) })).sort((a, b) => open(a.status) - open(b.status))[0] ?? null,
  }));
}

export type WorkgroupRow = Awaited<ReturnType<typeof listWorkgroups>>[number];

/** The committees (ESCs and TABs) for which this user may create workgroups. */
export async function committeesDirectedBy(user: Principal) {
  const committees = await db.committee.findMany({
    where: { kind: { in: ["ESC", "TAB"] } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, kind: true },
  });
  return committees.filter((committee) => can(user, workgroupPermissions.create, { committeeId: committee.id }));
}

/** A committee by id, to tell a workgroup's own committee from an ESC or TAB. */
export function committeeSummary(id: string) {
  return db.committee.findUnique({ where: { id }, select: { id: true, name: true, kind: true, workgroup: { select: { id: true } } } });
}

/** One workgroup: its charter, members by LCSA and category, activities with their motions and agenda items. */
export async function getWorkgroup(id: string, now = new Date()) {
  const workgroup = await db.workgroup.findUnique({
    where: { id },
    select: {
      id: true,
      status: true,
      scope: true,
      assumptions: true,
      communication: true,
      schedule: true,
      createdAt: true,
      dissolvedAt: true,
      parentCommitteeId: true,
      committee: { select: { id: true, name: true, kind: true, consortiumId: true, consortium: { select: { code: true } } } },
      parentCommittee: { select: { id: true, name: true, kind: true } },
      members: {
        orderBy: [{ lcsa: { caseloadCategory: "asc" } }, { lcsa: { name: "asc" } }],
        select: {
          userId: true,
          addedAt: true,
          user: { select: { name: true, title: true } },
          lcsa: { select: { id: true, name: true, caseloadCategory: true } },
        },
      },
      activities: {
        orderBy: [{ createdAt: "asc" }],
        select: {
          ...ACTIVITY_FIELDS,
          recommendedAt: true,
          elevatedAt: true,
          approvalMotion: { select: { id: true, status: true, deadline: true, result: true } },
        },
      },
    },
  });
  if (!workgroup) return null;

  const agendaItems = await db.agendaItem.findMany({
    where: { sourceType: ACTIVITY_SOURCE, sourceId: { in: workgroup.activities.map((activity) => activity.id) } },
    orderBy: { createdAt: "desc" },
    select: { sourceId: true, committee: { select: { name: true } }, meeting: { select: { id: true, title: true, startsAt: true } } },
  });
  const seated: SeatedMember[] = workgroup.members.map((member) => ({
    userId: member.userId,
    name: member.user.name,
    lcsaId: member.lcsa.id,
    lcsaName: member.lcsa.name,
    category: member.lcsa.caseloadCategory,
  }));
  const categories = await consortiumCategories(db, workgroup.committee.consortiumId);
  return {
    ...workgroup,
    name: workgroup.committee.name,
    categories: representation(categories, seated).map((entry) => ({ category: entry.category, members: entry.members.length })),
    missingCategories: missingCategories(categories, seated),
    activities: workgroup.activities.map(({ approvalMotion, ...activity }) => ({
      ...activity,
      overdue: isOverdue(activity, now),
      approvalMotion: approvalMotion ? { ...approvalMotion, result: approvalMotion.result as TallyResult | null } : null,
      agendaItem: agendaItems.find((item) => item.sourceId === activity.id) ?? null,
    })),
  };
}

export type WorkgroupDetail = NonNullable<Awaited<ReturnType<typeof getWorkgroup>>>;
export type WorkgroupActivityDetail = WorkgroupDetail["activities"][number];
