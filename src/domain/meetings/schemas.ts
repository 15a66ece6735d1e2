import { z } from "zod";
import { dateTimeField, dayField } from "@/domain/calendar/date-fields";
import { ATTENDANCE_STATUSES, type AttendanceStatus } from "@/domain/meetings/attendance";
import { MEETING_KINDS } from "@/domain/meetings/meeting-status";
import { uploadField } from "@/domain/storage/uploads";

/** One schema per form: the browser and the server action parse with the same one. */
const id = z.string().uuid();
const version = z.coerce.number().int().min(1);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters.`)
    .optional()
    .transform((value) => value || null);
const confirmed = z.literal("yes", { message: "Confirm this step first." });

/** `<input type="datetime-local">`, read as California time (src/domain/calendar/date-fields.ts). */
const californiaDateTime = dateTimeField("Enter the date and time the meeting starts.");

const meetingDetails = {
  kind: z.enum(MEETING_KINDS, { message: "Choose regular, emergency or virtual." }),
  title: z.string().trim().min(3, "Give the meeting a title, e.g. “October regular meeting”.").max(200),
  startsAt: californiaDateTime,
  location: optionalText(300),
};

export const scheduleMeetingSchema = z.object({ committeeId: id, ...meetingDetails });
export const editMeetingSchema = z.object({ meetingId: id, version, ...meetingDetails });
export const meetingStepSchema = z.object({ meetingId: id, confirm: confirmed });

const agendaDetails = {
  title: z.string().trim().min(3, "Write the item's title.").max(300),
  description: optionalText(4000),
  presenter: optionalText(200),
};
export const addAgendaItemSchema = z.object({ meetingId: id, ...agendaDetails });
export const editAgendaItemSchema = z.object({ agendaItemId: id, ...agendaDetails });
export const removeAgendaItemSchema = z.object({ agendaItemId: id, confirm: confirmed });
export const moveAgendaItemSchema = z.object({ agendaItemId: id, direction: z.enum(["up", "down"]) });
/** Governance plan 2.1: a policy question goes to the Policy Branch, with a word on why. */
export const routeToPolicyBranchSchema = z.object({
  agendaItemId: id,
  note: z.string().trim().min(3, "Say in a few words why this is a policy question.").max(1000, "Use at most 1,000 characters."),
});

export const postMaterialSchema = z.object({
  meetingId: id,
  agendaItemId: z
    .union([z.literal(""), id])
    .optional()
    .transform((value) => value || null),
  title: z.string().trim().min(3, "Say what the material is, e.g. “CR 2026-014 impact analysis”.").max(300),
  file: uploadField("Choose the file to post."),
});

/** Parallel lists, one entry per seat holder in the form's order (selects always submit). */
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((value: unknown): unknown[] => (Array.isArray(value) ? (value as unknown[]) : value === undefined ? [] : [value]), z.array(item));
/** The attendance form's fields, one of each per seat holder (what the form names its inputs by). */
export const attendanceFormSchema = z.object({
  meetingId: id,
  memberId: list(id),
  /** "" until the chair chooses: nobody is present before the attendance says so. */
  status: list(z.union([z.literal(""), z.enum(ATTENDANCE_STATUSES)])),
  designeeEmail: list(z.string().trim().toLowerCase()),
});
export const ATTENDANCE_CHOICE_MISSING = "Choose present, absent or represented by a designee.";
export const recordAttendanceSchema = attendanceFormSchema
  .refine((value) => value.memberId.length === value.status.length && value.status.length === value.designeeEmail.length, {
    message: "The attendance form was incomplete; reload the page and try again.",
    path: ["form"],
    abort: true,
  })
  .superRefine((value, ctx) => {
    // Keyed by the member, as the form's rows (and checkAttendance's errors) are.
    value.status.forEach((status, index) => {
      if (!status) ctx.addIssue({ code: "custom", path: [`status-${value.memberId[index]}`], message: ATTENDANCE_CHOICE_MISSING });
    });
  })
  .transform((value) => ({
    meetingId: value.meetingId,
    entries: value.memberId.map((userId, index) => ({
      userId,
      status: value.status[index] as AttendanceStatus,
      designeeEmail: value.designeeEmail[index] || null,
    })),
  }));

/** `<input type="date">`: a real calendar day. */
const dueDay = dayField("Choose the due date.");
export const ACTION_ITEM_STATUSES = ["OPEN", "DONE", "CANCELLED"] as const;
export const addActionItemSchema = z.object({
  meetingId: id,
  title: z.string().trim().min(3, "Say what is to be done.").max(500),
  ownerId: z.string().uuid({ message: "Choose who owns it." }),
  dueOn: dueDay,
});
export const updateActionItemSchema = z.object({
  actionItemId: id,
  version,
  status: z.enum(ACTION_ITEM_STATUSES),
  title: z.string().trim().min(3, "Say what is to be done.").max(500).optional(),
  ownerId: id.optional(),
  dueOn: dueDay.optional(),
});

export const draftMinutesSchema = z.object({ meetingId: id, confirm: confirmed.optional() });
export const editMinutesSchema = z.object({
  minutesId: id,
  version,
  body: z.string().trim().min(20, "The minutes are too short to publish.").max(100_000, "The minutes are too long (at most 100,000 characters)."),
});
export const publishMinutesSchema = z.object({ minutesId: id, version, confirm: confirmed });

export type ScheduleMeetingInput = z.infer<typeof scheduleMeetingSchema>;
export type EditMeetingInput = z.infer<typeof editMeetingSchema>;
export type AddAgendaItemInput = z.infer<typeof addAgendaItemSchema>;
export type EditAgendaItemInput = z.infer<typeof editAgendaItemSchema>;
export type PostMaterialInput = z.infer<typeof postMaterialSchema>;
export type RecordAttendanceInput = z.infer<typeof recordAttendanceSchema>;
export type AddActionItemInput = z.infer<typeof addActionItemSchema>;
export type UpdateActionItemInput = z.infer<typeof updateActionItemSchema>;
export type EditMinutesInput = z.infer<typeof editMinutesSchema>;
