import type { MeetingKind, MeetingStatus } from "@/domain/meetings/meeting-status";

export const MEETING_KIND_LABELS: Record<MeetingKind, string> = { REGULAR: "Regular", EMERGENCY: "Emergency", VIRTUAL: "Virtual" };

export const MEETING_STATUS: Record<MeetingStatus, { label: string; tone: "neutral" | "green" | "amber" | "red" | "blue" }> = {
  SCHEDULED: { label: "Scheduled", tone: "blue" },
  IN_PROGRESS: { label: "In progress", tone: "green" },
  ADJOURNED: { label: "Adjourned", tone: "neutral" },
  CANCELLED: { label: "Cancelled", tone: "red" },
};

export const ACTION_ITEM_STATUS: Record<"OPEN" | "DONE" | "CANCELLED", string> = { OPEN: "Open", DONE: "Done", CANCELLED: "Cancelled" };
