"use client";

import { useActionState, useState } from "react";
import { ConfirmAction } from "@/components/forms/confirm-action";
import { useFlashingAction } from "@/components/forms/flash";
import type { FormAction } from "@/components/forms/form-action";
import { errorsFor, FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { MIN_JUSTIFICATION_LENGTH } from "@/domain/access/allocation";
import { approveSchema, rejectSchema } from "@/domain/access/schemas";
import { countOf } from "@/lib/format";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(approveSchema);
const rejectField = fieldsOf(rejectSchema);

interface DecisionFormProps {
  applicationId: string;
  organization: string;
  /** The number of users the application asks for (Appendix B), the most that may be approved. */
  requested: number;
  recommended: number;
  /** What the current User Account Allocation Guide reserves (1.6), and for whom it says so. */
  reserved: number;
  guideName: string;
  approve: FormAction;
  reject: FormAction;
}

/**
 * Process 6.6: the Process Owner approves, determining the number of user accounts (1.5), or
 * rejects with the reason. Beyond what the guide reserves, section 4 asks that the
 * "justification for additional users must be approved": a written justification and the
 * explicit override (approvalRefusal, which the command asks again).
 */
export function DecisionForm({ applicationId, organization, requested, recommended, reserved, guideName, approve, reject }: DecisionFormProps) {
  const flashing = useFlashingAction(approve);
  const [state, formAction, pending] = useActionState(flashing.action, null);
  const values = state && !state.ok ? state.values : undefined;
  const [accounts, setAccounts] = useState(values?.approvedAccounts ?? String(requested));
  const typed = Number(accounts.replace(/,/g, "").trim());
  const over = Number.isInteger(typed) && typed > reserved;

  return (
    <div className="space-y-6">
      <form action={formAction} className="space-y-4" noValidate>
        <FormMessage state={state} />
        <input type="hidden" name={field.applicationId} value={applicationId} />
        <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="text-slate-600">Requested on the application</dt>
          <dd className="font-medium text-slate-900">{countOf(requested, "user account")}</dd>
          <dt className="text-slate-600">Recommended by the LCSA Director</dt>
          <dd className="font-medium text-slate-900">{countOf(recommended, "user account")}</dd>
          <dt className="text-slate-600">Reserved by the allocation guide</dt>
          <dd className="font-medium text-slate-900">
            {countOf(reserved, "user account")} for {guideName}
          </dd>
        </dl>
        <Field
          id="decision-accounts"
          label="Number of user accounts to approve"
          hint={`At most ${requested.toLocaleString("en-US")}, the number requested. The guide is only a guideline (Third Party Access Process 1.6).`}
          errors={errorsFor(state, field.approvedAccounts)}
        >
          {(aria) => (
            <Input
              {...aria}
              name={field.approvedAccounts}
              inputMode="numeric"
              value={accounts}
              onChange={(event) => setAccounts(event.target.value)}
              className="sm:w-40"
            />
          )}
        </Field>
        {over ? (
          <div className="space-y-4 rounded-md border border-amber-300 bg-amber-50 p-4">
            <p className="text-sm font-medium text-amber-900">
              The guide reserves {countOf(reserved, "user account")} for {guideName}: approving {typed.toLocaleString("en-US")} needs a written justification
              and your explicit override (Third Party Access Process, section 4).
            </p>
            <Field
              id="decision-justification"
              label="Justification for the additional accounts"
              hint={`At least ${MIN_JUSTIFICATION_LENGTH} characters; it is recorded with the decision.`}
              errors={errorsFor(state, field.justification)}
            >
              {(aria) => <Textarea {...aria} name={field.justification} rows={3} defaultValue={values?.justification} />}
            </Field>
            <div className="space-y-1">
              <label htmlFor="decision-override" className="flex min-h-10 items-center gap-3 text-sm font-medium text-slate-900">
                <input
                  id="decision-override"
                  type="checkbox"
                  name={field.override}
                  defaultChecked={values?.override === "on"}
                  aria-invalid={errorsFor(state, field.override) ? true : undefined}
                  aria-describedby={errorsFor(state, field.override) ? "decision-override-error" : undefined}
                  className="h-5 w-5"
                />
                I approve more accounts than the guide reserves for {organization}.
              </label>
              {errorsFor(state, field.override) ? (
                <p id="decision-override-error" className="text-sm font-medium text-red-700">
                  {errorsFor(state, field.override)!.join(" ")}
                </p>
              ) : null}
            </div>
          </div>
        ) : null}
        <Button type="submit" disabled={pending}>
          {pending ? "Approving…" : "Approve: sign the Notice of Conditional Acceptance"}
        </Button>
      </form>

      <div className="border-t border-slate-200 pt-4">
        <p className="mb-2 text-sm text-slate-700">
          Or reject it: the Requestor and the LCSA Director are told the reason (Third Party Access Process 6.6 item 1).
        </p>
        <ConfirmAction
          action={reject}
          fields={{ [rejectField.applicationId]: applicationId }}
          label="Reject the application"
          title={`Reject the application of ${organization}?`}
          body="This cannot be undone. The Notice of Rejection states your reason; the Requestor and the LCSA Director receive it."
          confirmLabel="Reject the application"
          reason={{ name: rejectField.reason, label: "Reason for the rejection", hint: "The Requestor and the LCSA Director read it." }}
        />
      </div>
    </div>
  );
}
