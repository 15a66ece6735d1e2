"use client";

import { ActionForm, type FormAction } from "@/components/workgroups/action-form";
import { LongTextField } from "@/components/workgroups/fields";
import { recordRecommendationSchema } from "@/domain/workgroups/schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(recordRecommendationSchema);

/** Governance plan 2.4: "A consensus recommendation must come forward to the ESC for action." */
export function RecommendationForm({ activityId, action }: { activityId: string; action: FormAction<{ title: string; escName: string }> }) {
  return (
    <ActionForm action={action} fields={{ [field.activityId]: activityId }} submitLabel="Send the recommendation to the ESC" pendingLabel="Sending…">
      {(state, values) => (
        <LongTextField
          id={`recommendation-${activityId}`}
          name={field.recommendation}
          label="Consensus recommendation"
          hint="What the workgroup agreed the ESC should do. It goes on the agenda of the ESC's next meeting."
          state={state}
          values={values}
        />
      )}
    </ActionForm>
  );
}
