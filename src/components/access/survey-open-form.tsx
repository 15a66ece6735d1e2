"use client";

import { errorsFor } from "@/components/forms/form-message";
import { Field, Input } from "@/components/ui/field";
import { ActionForm, type FormAction } from "@/components/workgroups/action-form";
import { openSurveySchema } from "@/domain/access/process-schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(openSurveySchema);

/** Section 9: the Process Owner opens the survey of the organizations granted user accounts, until a closing day. */
export function SurveyOpenForm({
  earliestClose,
  suggestedTitle,
  action,
}: {
  earliestClose: string;
  suggestedTitle: string;
  action: FormAction<{ id: string }>;
}) {
  return (
    <ActionForm action={action} submitLabel="Open the survey" pendingLabel="Opening…">
      {(state, values) => (
        <div className="grid gap-4 md:grid-cols-2">
          <Field id="title" label="Title" errors={errorsFor(state, field.title)}>
            {(aria) => <Input {...aria} name={field.title} maxLength={200} required defaultValue={values?.[field.title] ?? suggestedTitle} />}
          </Field>
          <Field
            id="closesOn"
            label="Closes on"
            hint="Answers are taken through the end of this day, California time."
            errors={errorsFor(state, field.closesOn)}
          >
            {(aria) => (
              <Input
                {...aria}
                type="date"
                name={field.closesOn}
                min={earliestClose}
                max="2100-12-31"
                required
                defaultValue={values?.[field.closesOn] ?? ""}
                className="w-44"
              />
            )}
          </Field>
        </div>
      )}
    </ActionForm>
  );
}
