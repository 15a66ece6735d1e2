"use client";

import { useActionState } from "react";
import { errorsFor, FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import type { FormAction, FormReducer } from "@/components/forms/form-action";
import { editAgendaItemSchema } from "@/domain/meetings/schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(editAgendaItemSchema);

interface AgendaItemFormProps {
  action: FormAction;
  fields: Record<string, string>;
  /** The item's details when editing; empty to add one. */
  current?: { title: string; description: string | null; presenter: string | null };
  /** Keeps field ids unique when several forms are on the page. */
  idPrefix: string;
  submitLabel: string;
}

export function AgendaItemForm({ action, fields, current, idPrefix, submitLabel }: AgendaItemFormProps) {
  const [state, formAction, pending] = useActionState(action as FormReducer, null);
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormMessage state={state} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Field id={`${idPrefix}-title`} label="Item title" errors={errorsFor(state, field.title)}>
        {(aria) => <Input {...aria} name={field.title} required defaultValue={values?.title ?? current?.title} />}
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`${idPrefix}-presenter`} label="Presenter (optional)" errors={errorsFor(state, field.presenter)}>
          {(aria) => <Input {...aria} name={field.presenter} defaultValue={values?.presenter ?? current?.presenter ?? ""} />}
        </Field>
        <Field id={`${idPrefix}-description`} label="Notes (optional)" errors={errorsFor(state, field.description)}>
          {(aria) => <Input {...aria} name={field.description} defaultValue={values?.description ?? current?.description ?? ""} />}
        </Field>
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Saving…" : submitLabel}
      </Button>
    </form>
  );
}
