import "server-only";
import { californiaDayOf } from "@/domain/calendar/day";
import { meetingAudit } from "@/domain/meetings/audit-actions";
import { isMaterialLate } from "@/domain/meetings/materials";
import { TRANSITIONS } from "@/domain/meetings/meeting-status";
import { meetingPermissions } from "@/domain/meetings/permissions";
import type { EditMeetingInput, ScheduleMeetingInput } from "@/domain/meetings/schemas";
import { defineCommand } from "@/lib/command";
import { ConflictError, UserError } from "@/lib/errors";
import { lastChangedBy } from "@/server/audit/last-changed-by";
import { attachWaitingItems } from "@/server/meetings/agenda";
import { committeeSubject } from "@/server/governance/committee-subject";
import { assertStep, meetingSubject } from "@/server/meetings/subjects";

/** A meeting may be set for any time from today on (California); the past is not rescheduled. */
function assertNotPast(startsAt: Date, now: Date) {
  if (californiaDayOf(startsAt) < californiaDayOf(now)) {
    throw new UserError("Choose a date from today on.", { startsAt: ["Choose a date from today on."] });
  }
}

/**
 * Schedules a regular, emergency or virtual meeting (Governance plan 2.9: "On call” or
 * emergency ESC meetings ... “virtual meetings” via video- or tele-conferencing"). Items
 * waiting for the committee's next meeting join its agenda.
 */
export const scheduleMeeting = defineCommand({
  name: meetingAudit.schedule,
  subject: committeeSubject,
  target: (input: ScheduleMeetingInput) => input.committeeId,
  permission: meetingPermissions.manage,
  resource: (committee) => ({ committeeId: committee.id }),
  async run({ tx, ctx, input, record: committee, now }) {
    assertNotPast(input.startsAt, now);
    const meeting = await tx.meeting.create({
      data: { committeeId: committee.id, kind: input.kind, title: input.title, startsAt: input.startsAt, location: input.location, createdById: ctx.actor.id },
      select: { id: true },
    });
    const attached = await attachWaitingItems(tx, committee.id, meeting.id);
    return { id: meeting.id, attached };
  },
  audit: ({ record: committee, input, result }) => ({
    entity: { type: "Meeting", id: result.id },
    summary: `Scheduled ${input.title} of the ${committee.name}`,
    after: { id: result.id, kind: input.kind, title: input.title, startsAt: input.startsAt, location: input.location, waitingItemsAttached: result.attached },
  }),
  paths: ({ result }) => [`/meetings/${result.id}`],
});

/** Changes a scheduled meeting's details; a new time re-decides which materials are late. */
export const editMeeting = defineCommand({
  name: meetingAudit.edit,
  subject: meetingSubject,
  target: (input: EditMeetingInput) => input.meetingId,
  permission: meetingPermissions.manage,
  resource: (meeting) => ({ committeeId: meeting.committeeId }),
  async run({ tx, input, record: meeting, now }) {
    assertStep(meeting, "edit");
    assertNotPast(input.startsAt, now);
    if (meeting.version !== input.version) {
      const who = await lastChangedBy(tx, "Meeting", meeting.id);
      throw new ConflictError(
        `${who} changed this meeting while you were editing. Your changes were not saved; they are still in the form: check the details above and save again.`,
      );
    }
    const before = await tx.meeting.findUniqueOrThrow({ where: { id: meeting.id }, select: { kind: true, title: true, startsAt: true, location: true } });
    const after = { kind: input.kind, title: input.title, startsAt: input.startsAt, location: input.location };
    await tx.meeting.update({ where: { id: meeting.id }, data: { ...after, version: { increment: 1 } } });
    if (before.startsAt.getTime() !== input.startsAt.getTime() || before.kind !== input.kind) {
      const materials = await tx.meetingMaterial.findMany({ where: { meetingId: meeting.id }, select: { id: true, postedAt: true, late: true } });
      for (const material of materials) {
        const late = isMaterialLate(material.postedAt, input);
        if (late !== material.late) await tx.meetingMaterial.update({ where: { id: material.id }, data: { late } });
      }
    }
    return { title: input.title, before, after };
  },
  audit: ({ input, result }) => ({ summary: `Edited ${input.title}`, before: result.before, after: result.after }),
});

type Transition = keyof typeof TRANSITIONS;
const TRANSITION_WORDS: Record<Transition, string> = { start: "Started", adjourn: "Adjourned", cancel: "Cancelled" };

/**
 * Starts, adjourns or cancels a meeting. Cancelling sends the items that something else put
 * on the agenda (e.g. a workgroup's recommendation) back to wait for the next meeting.
 */
function transitionCommand(transition: Transition) {
  return defineCommand({
    name: meetingAudit[transition],
    subject: meetingSubject,
    target: (input: { meetingId: string }) => input.meetingId,
    permission: meetingPermissions.manage,
    resource: (meeting) => ({ committeeId: meeting.committeeId }),
    async run({ tx, record: meeting }) {
      assertStep(meeting, transition);
      const status = TRANSITIONS[transition];
      await tx.meeting.update({ where: { id: meeting.id }, data: { status, version: { increment: 1 } } });
      let returned = 0;
      if (transition === "cancel") {
        ({ count: returned } = await tx.agendaItem.updateMany({ where: { meetingId: meeting.id, sourceType: { not: null } }, data: { meetingId: null } }));
      }
      return { status, title: meeting.title, returned };
    },
    audit: ({ record: meeting, result }) => ({
      summary: `${TRANSITION_WORDS[transition]} ${meeting.title}`,
      before: { status: meeting.status },
      after: { status: result.status, agendaItemsReturnedToWaiting: result.returned || undefined },
    }),
  });
}

export const startMeeting = transitionCommand("start");
export const adjournMeeting = transitionCommand("adjourn");
export const cancelMeeting = transitionCommand("cancel");
