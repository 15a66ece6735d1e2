import "server-only";
import { californiaDay } from "@/domain/calendar/california-day";
import { isMaterialLate } from "@/domain/meetings/materials";
import { TRANSITIONS } from "@/domain/meetings/meeting-status";
import type { EditMeetingInput, ScheduleMeetingInput } from "@/domain/meetings/schemas";
import { recordAudit } from "@/lib/audit";
import type { CommandContext } from "@/lib/context";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, UserError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { attachWaitingItems } from "./agenda";
import { lastChangedBy, lockMeeting } from "./lock";
import { meetingPermissions } from "@/domain/meetings/permissions";

/** A meeting may be set for any time from today on (California); the past is not rescheduled. */
function assertNotPast(startsAt: Date, now: Date) {
  if (californiaDay(startsAt) < californiaDay(now)) {
    throw new UserError("Choose a date from today on.", { startsAt: ["Choose a date from today on."] });
  }
}

/**
 * Schedules a regular, emergency or virtual meeting (Governance plan 2.9: "On call” or
 * emergency ESC meetings ... “virtual meetings” via video- or tele-conferencing"). Items
 * waiting for the committee's next meeting join its agenda.
 */
export async function scheduleMeeting(ctx: CommandContext, input: ScheduleMeetingInput, now = new Date()) {
  assertCan(ctx.actor, meetingPermissions.manage, { committeeId: input.committeeId });
  assertNotPast(input.startsAt, now);
  return db.$transaction(async (tx) => {
    const committee = await tx.committee.findUnique({ where: { id: input.committeeId }, select: { id: true, name: true } });
    if (!committee) throw new NotFoundError("That committee");
    const meeting = await tx.meeting.create({
      data: { committeeId: committee.id, kind: input.kind, title: input.title, startsAt: input.startsAt, location: input.location, createdById: ctx.actor.id },
      select: { id: true, kind: true, title: true, startsAt: true, location: true },
    });
    const attached = await attachWaitingItems(tx, committee.id, meeting.id);
    await recordAudit(tx, ctx, {
      action: "meetings.schedule",
      entityType: "Meeting",
      entityId: meeting.id,
      summary: `Scheduled ${meeting.title} of the ${committee.name}`,
      after: { ...meeting, waitingItemsAttached: attached },
    });
    return { id: meeting.id, attached };
  });
}

/** Changes a scheduled meeting's details; a new time re-decides which materials are late. */
export async function editMeeting(ctx: CommandContext, input: EditMeetingInput, now = new Date()) {
  assertNotPast(input.startsAt, now);
  return db.$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, ctx, input.meetingId, "edit");
    if (meeting.version !== input.version) {
      const who = await lastChangedBy(tx, "Meeting", meeting.id);
      throw new ConflictError(`${who} changed this meeting while you were editing. Your changes were not saved; they are still in the form: check the details above and save again.`);
    }
    const before = await tx.meeting.findUniqueOrThrow({ where: { id: meeting.id }, select: { kind: true, title: true, startsAt: true, location: true } });
    const after = { kind: input.kind, title: input.title, startsAt: input.startsAt, location: input.location };
    await tx.meeting.update({ where: { id: meeting.id }, data: { ...after, version: { increment: 1 } } });
    if (before.startsAt.getTime() !== input.startsAt.getTime()) {
      const materials = await tx.meetingMaterial.findMany({ where: { meetingId: meeting.id }, select: { id: true, postedAt: true, late: true } });
      for (const material of materials) {
        const late = isMaterialLate(material.postedAt, input.startsAt);
        if (late !== material.late) await tx.meetingMaterial.update({ where: { id: material.id }, data: { late } });
      }
    }
    await recordAudit(tx, ctx, { action: "meetings.edit", entityType: "Meeting", entityId: meeting.id, summary: `Edited ${input.title}`, before, after });
    return { title: input.title };
  });
}

type Transition = keyof typeof TRANSITIONS;
const TRANSITION_WORDS: Record<Transition, string> = { start: "Started", adjourn: "Adjourned", cancel: "Cancelled" };

/**
 * Starts, adjourns or cancels a meeting. Cancelling sends the items that something else put
 * on the agenda (e.g. a workgroup's recommendation) back to wait for the next meeting.
 */
export async function moveMeeting(ctx: CommandContext, meetingId: string, transition: Transition) {
  return db.$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, ctx, meetingId, transition);
    const status = TRANSITIONS[transition];
    await tx.meeting.update({ where: { id: meeting.id }, data: { status, version: { increment: 1 } } });
    let returned = 0;
    if (transition === "cancel") {
      ({ count: returned } = await tx.agendaItem.updateMany({ where: { meetingId: meeting.id, sourceType: { not: null } }, data: { meetingId: null } }));
    }
    await recordAudit(tx, ctx, {
      action: `meetings.${transition}`,
      entityType: "Meeting",
      entityId: meeting.id,
      summary: `${TRANSITION_WORDS[transition]} ${meeting.title}`,
      before: { status: meeting.status },
      after: { status, agendaItemsReturnedToWaiting: returned || undefined },
    });
    return { status, title: meeting.title };
  });
}
