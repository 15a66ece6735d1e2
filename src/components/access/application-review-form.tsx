"use client";

import { useActionState, useId } from "react";
import { useFlashingAction } from "@/components/forms/flash";
import type { FormAction } from "@/components/forms/form-action";
import { errorsFor, FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { LEGAL_DELAYS } from "@/domain/access/clocks";
import { answerLegalReviewSchema, LEGAL_DELAY_KEYS, type ReviewKind } from "@/domain/access/schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(answerLegalReviewSchema);

const ANSWERS: Record<ReviewKind, { question: string; yes: string; no: string; submit: string }> = {
  LEGAL: {
    question: "Is the Requestor authorized by law to access child support information for the purpose it describes?",
    yes: "Favorable: access is legally authorized",
    no: "Unfavorable: access is not legally authorized",
    submit: "Send the legal review",
  },
  CONNECTIVITY: {
    question: "Can the Requestor connect to the DTS Point of Presence?",
    yes: "Favorable: the connection works",
    no: "Unfavorable: the Requestor cannot connect",
    submit: "Send the connectivity test's result",
  },
};

/**
 * Process 6.5: DCSS Legal's answer on the statutory authority (item 1, with section 4's delays
 * that applied), or the Infrastructure Manager's connectivity test (item 2). An unfavorable
 * answer says why (the product's rule).
 */
export function ReviewAnswerForm({ applicationId, kind, action }: { applicationId: string; kind: ReviewKind; action: FormAction }) {
  const flashing = useFlashingAction(action);
  const [state, formAction, pending] = useActionState(flashing.action, null);
  const values = state && !state.ok ? state.values : undefined;
  const id = useId();
  const words = ANSWERS[kind];
  const answerErrors = errorsFor(state, field.favorable);
  const delays = (values?.delays ?? "").split(",");
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name={field.applicationId} value={applicationId} />
      <fieldset className="space-y-1" aria-describedby={answerErrors ? `${id}-answer-error` : undefined}>
        <legend className="text-sm font-medium text-slate-800">{words.question}</legend>
        {(["yes", "no"] as const).map((value, index) => (
          <label key={value} className="flex min-h-10 items-center gap-3 text-sm text-slate-900">
            <input
              id={index === 0 ? `${id}-favorable` : undefined}
              type="radio"
              name={field.favorable}
              value={value}
              defaultChecked={values?.favorable === value}
              className="h-5 w-5"
            />
            {value === "yes" ? words.yes : words.no}
          </label>
        ))}
        {answerErrors ? (
          <p id={`${id}-answer-error`} className="text-sm font-medium text-red-700">
            {answerErrors.join(" ")}
          </p>
        ) : null}
      </fieldset>
      {kind === "LEGAL" ? (
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-slate-800">What delayed the review, if anything (Third Party Access Process, section 4)</legend>
          {LEGAL_DELAY_KEYS.map((key) => (
            <label key={key} className="flex min-h-10 items-center gap-3 text-sm text-slate-900">
              <input type="checkbox" name={field.delays} value={key} defaultChecked={delays.includes(key)} className="h-5 w-5" />
              {LEGAL_DELAYS[key].replace(/^./, (first) => first.toUpperCase())}
            </label>
          ))}
          {errorsFor(state, field.delays) ? <p className="text-sm font-medium text-red-700">{errorsFor(state, field.delays)!.join(" ")}</p> : null}
        </fieldset>
      ) : null}
      <Field
        id={`${id}-note`}
        label="Note"
        hint="Required when the answer is unfavorable: the Process Owner decides on it."
        errors={errorsFor(state, field.note)}
      >
        {(aria) => <Textarea {...aria} name={field.note} rows={3} defaultValue={values?.note} />}
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Sending…" : words.submit}
      </Button>
    </form>
  );
}
