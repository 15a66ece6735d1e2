import { ConfirmAction, type Confirmation } from "@/components/forms/confirm-action";
import type { FormAction } from "@/components/forms/form-action";
import type { MeetingStatus } from "@/domain/meetings/meeting-status";
import { meetingStepSchema } from "@/domain/meetings/schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(meetingStepSchema);

type Step = "start" | "cancel" | "adjourn";

const STEPS: Record<Step, Confirmation> = {
  start: {
    label: "Start the meeting",
    title: "Start the meeting now?",
    body: "You can then open motions on agenda items, and everyone's page follows the votes live.",
    confirmLabel: "Start",
    variant: "primary",
  },
  cancel: {
    label: "Cancel the meeting",
    title: "Cancel this meeting?",
    body: "It stays in the record as cancelled. Items that another process put on its agenda wait for the next meeting.",
    confirmLabel: "Cancel the meeting",
  },
  adjourn: {
    label: "Adjourn the meeting",
    title: "Adjourn the meeting?",
    body: "No more motions can be opened at it; motions still open keep their deadline. You can then publish the minutes.",
    confirmLabel: "Adjourn",
    variant: "primary",
  },
};

/** What the chair can do from each status; a finished or cancelled meeting has no steps. */
const STEPS_FROM: Partial<Record<MeetingStatus, Step[]>> = { SCHEDULED: ["start", "cancel"], IN_PROGRESS: ["adjourn"] };

/** The chair's buttons that move the meeting along: start, adjourn, or cancel. */
export function MeetingSteps({ meetingId, status, actions }: { meetingId: string; status: MeetingStatus; actions: Record<Step, FormAction> }) {
  return (STEPS_FROM[status] ?? []).map((step) => (
    <ConfirmAction key={step} action={actions[step]} fields={{ [field.meetingId]: meetingId }} {...STEPS[step]} />
  ));
}
