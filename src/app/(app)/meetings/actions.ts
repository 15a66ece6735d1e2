"use server";

import {
  addActionItemSchema,
  addAgendaItemSchema,
  draftMinutesSchema,
  editAgendaItemSchema,
  editMeetingSchema,
  editMinutesSchema,
  meetingStepSchema,
  moveAgendaItemSchema,
  routeToPolicyBranchSchema,
  postMaterialSchema,
  publishMinutesSchema,
  recordAttendanceSchema,
  removeAgendaItemSchema,
  scheduleMeetingSchema,
  updateActionItemSchema,
} from "@/domain/meetings/schemas";
import { closeMotionSchema, openMotionSchema } from "@/domain/voting/schemas";
import { countOf, plural } from "@/lib/format";
import { defineAction } from "@/server/action";
import { closeMotionAndDecide } from "@/server/decisions/close-motion";
import { addActionItem, updateActionItem } from "@/server/meetings/action-items";
import { addAgendaItem, editAgendaItem, moveAgendaItem, routeAgendaItemToPolicyBranch, removeAgendaItem } from "@/server/meetings/agenda-items";
import { recordAttendance } from "@/server/meetings/attendance";
import { postMaterial } from "@/server/meetings/materials";
import { adjournMeeting, cancelMeeting, editMeeting, scheduleMeeting, startMeeting } from "@/server/meetings/meetings";
import { draftMinutes, editMinutes, publishMinutes } from "@/server/meetings/minutes";
import { openMotion } from "@/server/voting/open-motion";

export const scheduleMeetingAction = defineAction(scheduleMeetingSchema, scheduleMeeting);

export const editMeetingAction = defineAction(editMeetingSchema, editMeeting, { successMessage: "The meeting's details are saved." });

export const startMeetingAction = defineAction(meetingStepSchema, startMeeting, { successMessage: "The meeting has started." });
export const adjournMeetingAction = defineAction(meetingStepSchema, adjournMeeting, { successMessage: "The meeting is adjourned." });
export const cancelMeetingAction = defineAction(meetingStepSchema, cancelMeeting, { successMessage: "The meeting is cancelled." });

export const addAgendaItemAction = defineAction(addAgendaItemSchema, addAgendaItem, { successMessage: (item) => `“${item.title}” is on the agenda.` });

export const editAgendaItemAction = defineAction(editAgendaItemSchema, editAgendaItem, { successMessage: "Agenda item saved." });

export const removeAgendaItemAction = defineAction(removeAgendaItemSchema, removeAgendaItem);

export const moveAgendaItemAction = defineAction(moveAgendaItemSchema, moveAgendaItem);

export const routeToPolicyBranchAction = defineAction(routeToPolicyBranchSchema, routeAgendaItemToPolicyBranch, {
  successMessage: (item) => `“${item.title}” is routed to the Policy Branch; it stays on the agenda as a record.`,
});

export const postMaterialAction = defineAction(postMaterialSchema, postMaterial, {
  successMessage: (material) =>
    material.late ? `“${material.title}” is posted, flagged as late: materials were due three days before the meeting.` : `“${material.title}” is posted.`,
});

export const recordAttendanceAction = defineAction(recordAttendanceSchema, recordAttendance, {
  successMessage: "Attendance saved. Designees vote for the members they represent on motions opened from now on.",
});

export const openMeetingMotionAction = defineAction(openMotionSchema, openMotion, { successMessage: "The motion is open: members can vote now." });

export const closeMeetingMotionAction = defineAction(closeMotionSchema, closeMotionAndDecide);

export const addActionItemAction = defineAction(addActionItemSchema, addActionItem, { successMessage: (item) => `Action item added for ${item.owner}.` });

export const updateActionItemAction = defineAction(updateActionItemSchema, updateActionItem, { successMessage: "Action item saved." });

export const draftMinutesAction = defineAction(draftMinutesSchema, draftMinutes, {
  successMessage: "The minutes are drafted from the meeting record. Review and edit them below.",
});

export const editMinutesAction = defineAction(editMinutesSchema, editMinutes, { successMessage: "The minutes are saved." });

export const publishMinutesAction = defineAction(publishMinutesSchema, publishMinutes, {
  successMessage: (result) =>
    `The minutes are published at /minutes; ${countOf(result.notified, "Director or TAB member", "Directors and TAB members")} ${plural(result.notified, "was", "were")} notified.`,
});
