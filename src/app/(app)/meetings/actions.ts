"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import {
  addActionItemSchema,
  addAgendaItemSchema,
  draftMinutesSchema,
  editAgendaItemSchema,
  editMeetingSchema,
  editMinutesSchema,
  meetingStepSchema,
  moveAgendaItemSchema,
  postMaterialSchema,
  publishMinutesSchema,
  recordAttendanceSchema,
  removeAgendaItemSchema,
  scheduleMeetingSchema,
  updateActionItemSchema,
} from "@/domain/meetings/schemas";
import { closeMotionSchema, openMotionSchema } from "@/domain/voting/schemas";
import { defineAction, failure, fieldErrorsOf, formValues, type ActionResult } from "@/lib/action";
import { requestId, requireUser } from "@/lib/session";
import { addActionItem, updateActionItem } from "@/server/meetings/action-items";
import { addAgendaItem, editAgendaItem, moveAgendaItem, removeAgendaItem } from "@/server/meetings/agenda-items";
import { recordAttendance } from "@/server/meetings/attendance";
import { postMaterial } from "@/server/meetings/materials";
import { editMeeting, moveMeeting, scheduleMeeting } from "@/server/meetings/meetings";
import { draftMinutes, editMinutes, publishMinutes } from "@/server/meetings/minutes";
import { closeMotion, openMotion } from "@/server/voting/commands";

const meetingPath = (id: string) => `/meetings/${id}`;
const withMeeting = z.object({ meetingId: z.string().uuid() });

export const scheduleMeetingAction = defineAction(scheduleMeetingSchema, async (input, ctx) => {
  const meeting = await scheduleMeeting(ctx, input);
  revalidatePath(`/committees/${input.committeeId}`);
  return { id: meeting.id };
});

export const editMeetingAction = defineAction(
  editMeetingSchema,
  async (input, ctx) => {
    const result = await editMeeting(ctx, input);
    revalidatePath(meetingPath(input.meetingId));
    return result;
  },
  { successMessage: "The meeting's details are saved." },
);

function transitionAction(transition: "start" | "adjourn" | "cancel", message: string) {
  return defineAction(
    meetingStepSchema,
    async (input, ctx) => {
      const result = await moveMeeting(ctx, input.meetingId, transition);
      revalidatePath(meetingPath(input.meetingId));
      return result;
    },
    { successMessage: message },
  );
}
export const startMeetingAction = transitionAction("start", "The meeting has started.");
export const adjournMeetingAction = transitionAction("adjourn", "The meeting is adjourned.");
export const cancelMeetingAction = transitionAction("cancel", "The meeting is cancelled.");

export const addAgendaItemAction = defineAction(
  addAgendaItemSchema,
  async (input, ctx) => {
    const item = await addAgendaItem(ctx, input);
    revalidatePath(meetingPath(input.meetingId));
    return item;
  },
  { successMessage: (item) => `“${item.title}” is on the agenda.` },
);

export const editAgendaItemAction = defineAction(
  editAgendaItemSchema.extend(withMeeting.shape),
  async (input, ctx) => {
    const item = await editAgendaItem(ctx, input);
    revalidatePath(meetingPath(input.meetingId));
    return item;
  },
  { successMessage: "Agenda item saved." },
);

export const removeAgendaItemAction = defineAction(removeAgendaItemSchema.extend(withMeeting.shape), async (input, ctx) => {
  const result = await removeAgendaItem(ctx, input.agendaItemId);
  revalidatePath(meetingPath(input.meetingId));
  return result;
});

export const moveAgendaItemAction = defineAction(moveAgendaItemSchema.extend(withMeeting.shape), async (input, ctx) => {
  const result = await moveAgendaItem(ctx, input.agendaItemId, input.direction);
  revalidatePath(meetingPath(input.meetingId));
  return result;
});

/**
 * The material upload: the same path as defineAction, except that the file travels as a
 * File in the form, which defineAction's text-only parsing leaves out.
 */
export async function postMaterialAction(_previous: ActionResult<{ title: string; late: boolean }> | null, formData: FormData): Promise<ActionResult<{ title: string; late: boolean }>> {
  const values = formValues(formData);
  const echo = { title: String(values.title ?? ""), agendaItemId: String(values.agendaItemId ?? "") };
  const parsed = postMaterialSchema.safeParse(values);
  const file = formData.get("file");
  if (!parsed.success || !(file instanceof File) || file.size === 0) {
    const fieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
    if (!(file instanceof File) || file.size === 0) fieldErrors.file = ["Choose the file to post."];
    return { ok: false, error: "Some fields need attention.", fieldErrors, values: echo };
  }
  const actor = await requireUser();
  try {
    const material = await postMaterial({ actor, requestId: await requestId() }, parsed.data, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    revalidatePath(meetingPath(parsed.data.meetingId));
    return {
      ok: true,
      data: material,
      message: material.late ? `“${material.title}” is posted, flagged as late: materials were due three working days before the meeting.` : `“${material.title}” is posted.`,
    };
  } catch (error) {
    return { ...failure(error), values: echo };
  }
}

export const recordAttendanceAction = defineAction(
  recordAttendanceSchema,
  async (input, ctx) => {
    const result = await recordAttendance(ctx, input);
    revalidatePath(meetingPath(input.meetingId));
    return result;
  },
  { successMessage: "Attendance saved. Designees vote for the members they represent on motions opened from now on." },
);

export const openMeetingMotionAction = defineAction(
  openMotionSchema,
  async (input, ctx) => {
    const motion = await openMotion(ctx, input);
    if (input.meetingId) revalidatePath(meetingPath(input.meetingId));
    return { motionId: motion.id };
  },
  { successMessage: "The motion is open: members can vote now." },
);

export const closeMeetingMotionAction = defineAction(closeMotionSchema.extend(withMeeting.shape), async (input, ctx) => {
  const result = await closeMotion(ctx, input.motionId);
  revalidatePath(meetingPath(input.meetingId));
  return result.explanation;
});

export const addActionItemAction = defineAction(
  addActionItemSchema,
  async (input, ctx) => {
    const item = await addActionItem(ctx, input);
    revalidatePath(meetingPath(input.meetingId));
    return item;
  },
  { successMessage: (item) => `Action item added for ${item.owner}.` },
);

export const updateActionItemAction = defineAction(
  updateActionItemSchema.extend(withMeeting.shape),
  async (input, ctx) => {
    const item = await updateActionItem(ctx, input);
    revalidatePath(meetingPath(input.meetingId));
    return item;
  },
  { successMessage: "Action item saved." },
);

export const draftMinutesAction = defineAction(
  draftMinutesSchema,
  async (input, ctx) => {
    const minutes = await draftMinutes(ctx, input);
    revalidatePath(meetingPath(input.meetingId));
    return minutes;
  },
  { successMessage: "The minutes are drafted from the meeting record. Review and edit them below." },
);

export const editMinutesAction = defineAction(
  editMinutesSchema.extend(withMeeting.shape),
  async (input, ctx) => {
    const minutes = await editMinutes(ctx, input);
    revalidatePath(meetingPath(input.meetingId));
    return minutes;
  },
  { successMessage: "The minutes are saved." },
);

export const publishMinutesAction = defineAction(
  publishMinutesSchema.extend(withMeeting.shape),
  async (input, ctx) => {
    const result = await publishMinutes(ctx, input);
    revalidatePath(meetingPath(input.meetingId));
    revalidatePath("/minutes");
    return result;
  },
  { successMessage: (result) => `The minutes are published at /minutes; ${result.notified} Directors and TAB members were notified.` },
);
