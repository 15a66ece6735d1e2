import "server-only";
import { crNumber } from "@/domain/change-requests/labels";
import { db } from "@/lib/db/client";

/** What an agenda item is about, as a link: the change request or the workgroup's proposal it came from. */
export interface AgendaSubject {
  href: string;
  label: string;
}

interface SourcedItem {
  id: string;
  sourceType: string | null;
  sourceId: string | null;
}

// The source types the modules that place items on an agenda write (src/server/change-requests/gate-votes.ts
// agendaSource, src/server/workgroups/before-esc.ts ACTIVITY_SOURCE). Read as data here: those
// modules import the meetings module, not the other way round.
const CR_PREFIX = "ChangeRequest.";
const ACTIVITY = "WorkgroupActivity";

/**
 * For each agenda item, its subject and the motions that decide it, wherever they were opened:
 * at this meeting on the item, or on the subject itself (a gate's vote opened when the change
 * request was submitted, before it had a meeting). A handful of queries for the whole agenda.
 */
export async function agendaSubjects(items: readonly SourcedItem[]) {
  const crIds = sourceIds(items, (type) => type.startsWith(CR_PREFIX));
  const activityIds = sourceIds(items, (type) => type === ACTIVITY);
  const [crs, gateMotions, activities, activityMotions] = await Promise.all([
    crIds.length ? db.changeRequest.findMany({ where: { id: { in: crIds } }, select: { id: true, number: true } }) : [],
    crIds.length
      ? db.crGateMotion.findMany({
          where: { changeRequestId: { in: crIds } },
          orderBy: { motion: { openedAt: "asc" } },
          select: { changeRequestId: true, gate: true, motionId: true },
        })
      : [],
    activityIds.length ? db.workgroupActivity.findMany({ where: { id: { in: activityIds } }, select: { id: true, workgroupId: true } }) : [],
    activityIds.length
      ? db.motion.findMany({
          where: { subjectType: "WORKGROUP_ACTIVITY", subjectId: { in: activityIds } },
          orderBy: { openedAt: "asc" },
          select: { id: true, subjectId: true },
        })
      : [],
  ]);
  const numbers = new Map(crs.map((cr) => [cr.id, cr.number]));
  const workgroups = new Map(activities.map((activity) => [activity.id, activity.workgroupId]));

  return new Map(
    items.map((item) => {
      const { sourceType: type, sourceId: id } = item;
      let subject: AgendaSubject | null = null;
      let motionIds: string[] = [];
      if (type?.startsWith(CR_PREFIX) && id && numbers.has(id)) {
        const purpose = type.slice(CR_PREFIX.length);
        subject = { href: `/change-requests/${id}`, label: `Change request ${crNumber(numbers.get(id)!)}` };
        motionIds = gateMotions.filter((row) => row.changeRequestId === id && row.gate === purpose).map((row) => row.motionId);
      } else if (type === ACTIVITY && id && workgroups.has(id)) {
        subject = { href: `/workgroups/${workgroups.get(id)!}`, label: "The workgroup's proposal" };
        motionIds = activityMotions.filter((motion) => motion.subjectId === id).map((motion) => motion.id);
      }
      return [item.id, { subject, motionIds }];
    }),
  );
}

function sourceIds(items: readonly SourcedItem[], matches: (type: string) => boolean): string[] {
  return [...new Set(items.flatMap((item) => (item.sourceType && item.sourceId && matches(item.sourceType) ? [item.sourceId] : [])))];
}
