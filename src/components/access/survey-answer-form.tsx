"use client";

import { errorsFor } from "@/components/forms/form-message";
import { Field, Input, Textarea } from "@/components/ui/field";
import { ActionForm, type FormAction } from "@/components/workgroups/action-form";
import { answerSurveySchema, MAX_SURVEY_COMMENT } from "@/domain/access/process-schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(answerSurveySchema);

interface SurveyAnswerFormProps {
  surveyId: string;
  organization: { id: string; name: string; approvedAccounts: number };
  answer: { adequate: boolean; additionalAccounts: number; comment: string } | null;
  action: FormAction<unknown>;
}

/** Section 9: the Requestor says whether its organization's accounts are adequate, and how many more it needs. */
export function SurveyAnswerForm({ surveyId, organization, answer, action }: SurveyAnswerFormProps) {
  const prefix = `survey-${organization.id}`;
  return (
    <ActionForm
      action={action}
      fields={{ [field.surveyId]: surveyId, [field.organizationId]: organization.id }}
      submitLabel={answer ? "Change the answer" : "Send the answer"}
      pendingLabel="Sending…"
    >
      {(state, values) => {
        const adequate = values?.[field.adequate] ?? (answer ? (answer.adequate ? "yes" : "no") : "");
        return (
          <>
            <fieldset>
              <legend className="text-sm font-medium text-slate-800">
                Are {organization.approvedAccounts.toLocaleString("en-US")} user accounts enough for {organization.name}?
              </legend>
              {errorsFor(state, field.adequate) ? <p className="mt-1 text-sm font-medium text-red-700">{errorsFor(state, field.adequate)!.join(" ")}</p> : null}
              <div className="mt-2 flex flex-wrap gap-3">
                {[
                  { value: "yes", label: "Yes, the number is adequate" },
                  { value: "no", label: "No, we need more" },
                ].map((choice, index) => (
                  <label
                    key={choice.value}
                    className="flex min-h-10 cursor-pointer items-center gap-2 rounded-md border border-slate-300 bg-white px-4 text-sm has-checked:border-brand-700 has-checked:bg-brand-50"
                  >
                    <input
                      id={index === 0 ? `${prefix}-adequate` : undefined}
                      type="radio"
                      name={field.adequate}
                      value={choice.value}
                      defaultChecked={adequate === choice.value}
                    />
                    {choice.label}
                  </label>
                ))}
              </div>
            </fieldset>
            <Field
              id={`${prefix}-more`}
              label="How many more user accounts"
              hint="0 if the number is adequate."
              errors={errorsFor(state, field.additionalAccounts)}
            >
              {(aria) => (
                <Input
                  {...aria}
                  name={field.additionalAccounts}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  step={1}
                  defaultValue={values?.[field.additionalAccounts] ?? String(answer?.additionalAccounts ?? 0)}
                  className="w-28"
                />
              )}
            </Field>
            <Field id={`${prefix}-comment`} label="Comment (optional)" hint="Why, for example the work the users do." errors={errorsFor(state, field.comment)}>
              {(aria) => (
                <Textarea
                  {...aria}
                  name={field.comment}
                  maxLength={MAX_SURVEY_COMMENT}
                  rows={3}
                  defaultValue={values?.[field.comment] ?? answer?.comment ?? ""}
                />
              )}
            </Field>
          </>
        );
      }}
    </ActionForm>
  );
}
