import "server-only";
import { californiaDay } from "@/domain/calendar/california-day";
import { dayLabel, isOverdue, nextStatus } from "@/domain/workgroups/activities";
import { workgroupAudit } from "@/domain/workgroups/audit-actions";
import { defineCommand, type AnyContext } from "@/lib/command";
import { SYSTEM_CONTEXT } from "@/lib/context";
import { db } from "@/lib/db/client";
import { bringBeforeEsc } from "@/server/workgroups/before-esc";
import { activitySubject } from "@/server/workgroups/subjects";

/**
 * For the scheduler. Governance plan 2.4: "If consensus cannot be reached within the time
 * period specified by the ESC or TAB, the issue with be elevated back to the ESC for
 * action." Every ACTIVE activity whose deadline has passed without a recommendation becomes
 * ELEVATED, goes on the ESC's next agenda, and the ESC is told. Returns how many were
 * elevated by this run.
 *
 * Safe to run again and from several app instances at once: each activity is elevated in a
 * transaction of its own that locks its workgroup and its row (as every command on an
 * activity does) and re-checks it, so an activity is elevated, listed and announced exactly
 * once: a second run waits for the first, then finds it elevated and leaves it.
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
      if (await elevateActivity(SYSTEM_CONTEXT, { activityId: id }, now)) elevated += 1;
    } catch (error) {
      // One activity that cannot be elevated (e.g. no ESC) must not hold up the others.
      console.error(`[workgroups] could not elevate activity ${id}`, error);
    }
  }
  return elevated;
}

/** Elevates one overdue activity; false when it no longer needs it (a recommendation came, another run did it). */
export const elevateActivity = defineCommand<
  { activityId: string },
  Awaited<ReturnType<typeof activitySubject.lock>>,
  undefined,
  { agendaItemId: string; escName: string } | null,
  AnyContext
>({
  name: workgroupAudit.elevate,
  subject: activitySubject,
  target: (input) => input.activityId,
  // The deadline acts, not a person.
  permission: () => null,
  resource: () => undefined,
  system: true,
  async run({ tx, record: { workgroup, activity }, now }) {
    if (workgroup.status !== "ACTIVE" || !isOverdue(activity, now)) return null;
    await tx.workgroupActivity.update({
      where: { id: activity.id },
      data: { status: nextStatus(activity.status, "elevate")!, elevatedAt: now, version: { increment: 1 } },
    });
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
    return { agendaItemId, escName: esc.name };
  },
  audit: ({ record: { workgroup, activity }, result }) =>
    result && {
      summary: `${workgroup.name}: “${activity.title}” passed its deadline (${dayLabel(activity.deadline)}) without a recommendation and was elevated to the ${result.escName}`,
      before: { status: activity.status },
      after: { status: "ELEVATED", agendaItemId: result.agendaItemId },
    },
});
