import { ConfirmAction } from "@/components/forms/confirm-action";
import type { MeetingStatus } from "@/domain/meetings/meeting-status";
import type { ActionResult } from "@/lib/action";

type Action<T> = (state: ActionResult<T> | null, data: FormData) => Promise<ActionResult<T>>;

/** The chair's buttons that move the meeting along: start, adjourn, or cancel. */
export function MeetingSteps<T>({ meetingId, status, actions }: { meetingId: string; status: MeetingStatus; actions: { start: Action<T>; adjourn: Action<T>; cancel: Action<T> } }) {
  const fields = { meetingId };
  if (status === "SCHEDULED") {
    return (
      <>
        <ConfirmAction
          action={actions.start}
          fields={fields}
          label="Start the meeting"
          title="Start the meeting now?"
          body="You can then open motions on agenda items, and everyone's page follows the votes live."
          confirmLabel="Start"
          variant="primary"
        />
        <ConfirmAction
          action={actions.cancel}
          fields={fields}
          label="Cancel the meeting"
          title="Cancel this meeting?"
          body="It stays in the record as cancelled. Items that another process put on its agenda wait for the next meeting."
          confirmLabel="Cancel the meeting"
        />
      </>
    );
  }
  if (status === "IN_PROGRESS") {
    return (
      <ConfirmAction
        action={actions.adjourn}
        fields={fields}
        label="Adjourn the meeting"
        title="Adjourn the meeting?"
        body="No more motions can be opened at it; motions still open keep their deadline. You can then publish the minutes."
        confirmLabel="Adjourn"
        variant="primary"
      />
    );
  }
  return null;
}
