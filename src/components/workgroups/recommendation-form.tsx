"use client";

import { ActionForm, type FormAction } from "./action-form";
import { LongTextField } from "./fields";

/** Governance plan 2.4: "A consensus recommendation must come forward to the ESC for action." */
export function RecommendationForm({ activityId, action }: { activityId: string; action: FormAction<{ title: string; escName: string }> }) {
  return (
    <ActionForm action={action} fields={{ activityId }} submitLabel="Send the recommendation to the ESC" pendingLabel="Sending…">
      {(state, values) => (
        <LongTextField
          id={`recommendation-${activityId}`}
          name="recommendation"
          label="Consensus recommendation"
          hint="What the workgroup agreed the ESC should do. It goes on the agenda of the ESC's next meeting."
          state={state}
          values={values}
        />
      )}
    </ActionForm>
  );
}
