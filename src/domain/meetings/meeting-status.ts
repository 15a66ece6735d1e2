/**
 * A meeting's life: scheduled → in progress (the chair starts it) → adjourned; a scheduled
 * meeting may be cancelled. What may be done to it depends on where it is; every command
 * asks `refusal` first and shows its answer to the person as it is.
 */
export const MEETING_STATUSES = ["SCHEDULED", "IN_PROGRESS", "ADJOURNED", "CANCELLED"] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const MEETING_KINDS = ["REGULAR", "EMERGENCY", "VIRTUAL"] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export type MeetingStep = "edit" | "cancel" | "start" | "adjourn" | "agenda" | "materials" | "attendance" | "actionItems" | "draftMinutes" | "publishMinutes";

const ALLOWED: Record<MeetingStep, readonly MeetingStatus[]> = {
  edit: ["SCHEDULED"],
  cancel: ["SCHEDULED"],
  start: ["SCHEDULED"],
  adjourn: ["IN_PROGRESS"],
  agenda: ["SCHEDULED", "IN_PROGRESS"],
  materials: ["SCHEDULED", "IN_PROGRESS"],
  // Known absences and designees can be recorded ahead; corrections after adjournment.
  attendance: ["SCHEDULED", "IN_PROGRESS", "ADJOURNED"],
  actionItems: ["IN_PROGRESS", "ADJOURNED"],
  draftMinutes: ["IN_PROGRESS", "ADJOURNED"],
  publishMinutes: ["ADJOURNED"],
};

const NOT_NOW: Record<MeetingStep, string> = {
  edit: "Only a meeting that has not started can be rescheduled or renamed.",
  cancel: "Only a meeting that has not started can be cancelled.",
  start: "This meeting has already started, ended or been cancelled.",
  adjourn: "Only a meeting in progress can be adjourned.",
  agenda: "The agenda can change only until the meeting is adjourned.",
  materials: "Materials can be posted only until the meeting is adjourned.",
  attendance: "Attendance cannot be recorded for a cancelled meeting.",
  actionItems: "Action items are recorded once the meeting has started.",
  draftMinutes: "Minutes are drafted once the meeting has started.",
  publishMinutes: "Minutes are published after the meeting is adjourned.",
};

/** Why the step cannot be taken now, or null when it can. */
export function refusal(status: MeetingStatus, step: MeetingStep): string | null {
  if (ALLOWED[step].includes(status)) return null;
  return status === "CANCELLED" ? "This meeting was cancelled." : NOT_NOW[step];
}

export function canTake(status: MeetingStatus, step: MeetingStep): boolean {
  return refusal(status, step) === null;
}

/** The status a transition leads to. */
export const TRANSITIONS = { start: "IN_PROGRESS", adjourn: "ADJOURNED", cancel: "CANCELLED" } as const satisfies Partial<Record<MeetingStep, MeetingStatus>>;
