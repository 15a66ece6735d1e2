"use client";

import { errorsFor } from "@/components/forms/form-message";
import { Field, Input, Textarea } from "@/components/ui/field";
import { ActionForm, type FormAction } from "@/components/workgroups/action-form";
import { MAX_OUTCOME, recordProcessReviewSchema } from "@/domain/access/process-schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(recordProcessReviewSchema);

function resetForm() {
  (document.getElementById("outcome") as HTMLTextAreaElement | null)?.form?.reset();
}

/** Section 1.2: the Process Owner records a yearly review of the process. */
export function ProcessReviewForm({ today, version, action }: { today: string; version: string; action: FormAction<{ id: string }> }) {
  return (
    <ActionForm action={action} submitLabel="Record the review" pendingLabel="Recording…" onSuccess={resetForm}>
      {(state, values) => (
        <>
          <Field
            id="reviewedOn"
            label="Day of the review"
            hint={`The review of version ${version}, on a day that has come.`}
            errors={errorsFor(state, field.reviewedOn)}
          >
            {(aria) => (
              <Input
                {...aria}
                type="date"
                name={field.reviewedOn}
                max={today}
                min="2000-01-01"
                required
                defaultValue={values?.[field.reviewedOn] ?? today}
                className="w-44"
              />
            )}
          </Field>
          <Field
            id="outcome"
            label="Outcome"
            hint="Whether the process is effective, and what will be updated if anything."
            errors={errorsFor(state, field.outcome)}
          >
            {(aria) => <Textarea {...aria} name={field.outcome} maxLength={MAX_OUTCOME} required rows={4} defaultValue={values?.[field.outcome] ?? ""} />}
          </Field>
        </>
      )}
    </ActionForm>
  );
}
