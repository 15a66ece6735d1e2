"use client";

import { errorsFor } from "@/components/forms/form-message";
import { Field, Textarea } from "@/components/ui/field";
import { ActionForm, type FormAction } from "./action-form";

/** Governance plan 2.4: "A consensus recommendation must come forward to the ESC for action." */
export function RecommendationForm({ activityId, action }: { activityId: string; action: FormAction<{ title: string; escName: string }> }) {
  return (
    <ActionForm action={action} fields={{ activityId }} submitLabel="Send the recommendation to the ESC" pendingLabel="Sending…">
      {(state, values) => (
        <Field
          id={`recommendation-${activityId}`}
          label="Consensus recommendation"
          hint="What the workgroup agreed the ESC should do. It goes on the agenda of the ESC's next meeting."
          errors={errorsFor(state, "recommendation")}
        >
          {(aria) => <Textarea {...aria} name="recommendation" required defaultValue={values?.recommendation} />}
        </Field>
      )}
    </ActionForm>
  );
}
