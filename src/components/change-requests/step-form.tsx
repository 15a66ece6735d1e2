"use client";

import { useActionState, useId, useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import type { FormAction } from "@/components/forms/form-action";
import { FieldControl } from "@/components/change-requests/field-control";
import { useFlashingAction } from "@/components/forms/flash";
import type { FieldSpec, FormSection, SubmitButton } from "@/components/change-requests/form-spec";

interface StepFormProps {
  action: FormAction;
  hidden?: Record<string, string | number>;
  sections?: FormSection[];
  fields?: FieldSpec[];
  buttons: SubmitButton[];
  /** Changes when the stored record changes (its version): the fields then show what is stored, or the user's kept input after a refusal. */
  resetKey?: string | number;
  /** The form's accessible name, when the page has several. */
  label?: string;
  compact?: boolean;
}

/**
 * Any of a change request's forms: laid out from data (form-spec.ts), posting to a server
 * action, showing its refusal or success where focus goes, and keeping what the user typed
 * when a save is refused (by a rule, or because someone else saved first).
 */
export function StepForm({ action, hidden = {}, sections, fields, buttons, resetKey, label, compact = false }: StepFormProps) {
  const flashing = useFlashingAction(action);
  const [state, formAction, pending] = useActionState(flashing.action, null);
  const [clicked, setClicked] = useState<string | undefined>();
  const formId = useId();
  const kept = state && !state.ok ? state.values : undefined;
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const groups = sections ?? [{ fields: fields ?? [] }];

  return (
    <form action={formAction} aria-label={label} className={compact ? "space-y-3" : "space-y-5"} noValidate>
      <FormMessage state={flashing.flashes && state?.ok ? null : state} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div key={`${resetKey ?? ""}`} className={compact ? "space-y-3" : "space-y-6"}>
        {groups.map((group, index) => (
          <div key={group.title ?? index} className="space-y-4">
            {group.title ? <h3 className="text-base font-semibold text-slate-900">{group.title}</h3> : null}
            {group.description ? <p className="text-sm text-slate-600">{group.description}</p> : null}
            {group.fields.map((field) => (
              <FieldControl key={field.name} id={`${formId}-${field.name}`} field={field} kept={kept} errors={errors?.[field.name]} />
            ))}
          </div>
        ))}
      </div>
      <div className="flex flex-wrap gap-3">
        {buttons.map((button) => (
          <Button
            key={button.intent ?? button.label}
            type="submit"
            name={button.intent ? "intent" : undefined}
            value={button.intent}
            variant={button.variant ?? "primary"}
            disabled={pending}
            onClick={() => setClicked(button.intent ?? button.label)}
          >
            {pending && clicked === (button.intent ?? button.label) ? button.pendingLabel : button.label}
          </Button>
        ))}
      </div>
    </form>
  );
}
