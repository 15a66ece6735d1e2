import "server-only";
import { californiaDay } from "@/domain/calendar/california-day";
import { dayLabel, isOverdue, nextStatus } from "@/domain/workgroups/activities";
import { recordAudit } from "@/lib/audit";
import { SYSTEM_CONTEXT } from "@/lib/context";
import { db } from "@/lib/db";
import { bringBeforeEsc } from "./before-esc";
import { ACTIVITY_FIELDS } from "./lock";

/**
 * For the scheduler. Governance plan 2.4: "If consensus cannot be reached within the time
 * period specified by the ESC or TAB, the issue with be elevated back to the ESC for
 * action." Every ACTIVE activity whose deadline has passed without a recommendation becomes
 * ELEVATED, goes on the ESC's next agenda, and the ESC is told. Returns how many were
 * elevated by this run.
 *
 * Safe to run again and from several app instances at once: each activity is elevated in a
 * transaction of its own that first locks its row (skipping a row another run holds) and
 * re-checks it, so an activity is elevated, listed and announced exactly once.
 */
export async function elevateOverdueActivities(now: Date): Promise<number> {
  const due = await db.workgroupActivity.findMany({
    where: { status: "ACTIVE", recommendation: null, deadline: { lt: californiaDay(now) }, workgroup: { status: "ACTIVE" } },
    orderBy: { deadline: "asc" },
    select: { id: true },
  });
  let elevated = 0;
  for (const { id } of due) {
    try {
      if (await elevate(id, now)) elevated += 1;
    } catch (error) {
      // One activity that cannot be elevated (e.g. no ESC) must not hold up the others.
      console.error(`[workgroups] could not elevate activity ${id}`, error);
    }
  }
  return elevated;
}

async function elevate(activityId: string, now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "WorkgroupActivity" WHERE id = ${activityId} FOR UPDATE SKIP LOCKED`;
    if (!locked) return false;
    const activity = await tx.workgroupActivity.findUniqueOrThrow({
      where: { id: activityId },
      select: {
        ...ACTIVITY_FIELDS,
        workgroup: { select: { id: true, status: true, parentCommitteeId: true, committee: { select: { name: true, consortiumId: true } } } },
      },
    });
    if (activity.workgroup.status !== "ACTIVE" || !isOverdue(activity, now)) return false;

    await tx.workgroupActivity.update({ where: { id: activity.id }, data: { status: nextStatus(activity.status, "elevate")!, elevatedAt: now, version: { increment: 1 } } });
    const workgroup = { ...activity.workgroup, name: activity.workgroup.committee.name, consortiumId: activity.workgroup.committee.consortiumId };
    const due = dayLabel(activity.deadline);
    const { agendaItemId, esc } = await bringBeforeEsc(
      tx,
      workgroup,
      activity.id,
      {
        title: `Elevated from ${workgroup.name}: ${activity.title}`,
        description: `The workgroup reached no consensus recommendation by its deadline, ${due}, so the issue comes back to the ESC for action (Governance plan 2.4).\n\n${activity.description}`,
      },
      (escName) => ({
        kind: "workgroup.elevated",
        subject: `Elevated to the ESC: ${activity.title}`,
        body: `${workgroup.name} reached no consensus recommendation on “${activity.title}” by ${due}. The issue is elevated to the ${escName} for action and goes on the agenda of its next meeting.`,
        dedupeKey: `workgroup-elevated:${activity.id}`,
      }),
      now,
    );
    await recordAudit(tx, SYSTEM_CONTEXT, {
      action: "workgroups.elevate",
      entityType: "WorkgroupActivity",
      entityId: activity.id,
      summary: `${workgroup.name}: “${activity.title}” passed its deadline (${due}) without a recommendation and was elevated to the ${esc.name}`,
      before: { status: activity.status },
      after: { status: "ELEVATED", agendaItemId },
    });
    return true;
  });
}
