import type { ActivityStatus } from "@/domain/workgroups/activities";

/** How each activity status reads to an official, and its badge colour. */
export const ACTIVITY_STATUS: Record<ActivityStatus, { label: string; tone: "neutral" | "green" | "amber" | "red" | "blue" }> = {
  PROPOSED: { label: "Waiting for the ESC's approval", tone: "amber" },
  ACTIVE: { label: "Under way", tone: "green" },
  RECOMMENDED: { label: "Recommendation sent to the ESC", tone: "blue" },
  ELEVATED: { label: "Elevated to the ESC", tone: "red" },
  REJECTED: { label: "Not approved by the ESC", tone: "neutral" },
  DONE: { label: "Done", tone: "neutral" },
};
