"use client";

import { useActionState } from "react";
import { errorsFor, FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import type { FormAction, FormReducer } from "@/components/forms/form-action";
import { postMaterialSchema } from "@/domain/meetings/schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(postMaterialSchema);

interface MaterialFormProps {
  action: FormAction;
  meetingId: string;
  agendaItems: { id: string; title: string }[];
  /** The file picker's `accept` and its plain description (src/domain/storage/uploads.ts). */
  accept: string;
  acceptDescription: string;
  /** "Materials are due by …": shown so the poster knows whether it will be late. */
  due: string;
}

export function MaterialForm({ action, meetingId, agendaItems, accept, acceptDescription, due }: MaterialFormProps) {
  const [state, formAction, pending] = useActionState(action as FormReducer, null);
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <p className="text-sm text-slate-700">{due}</p>
      <input type="hidden" name={field.meetingId} value={meetingId} />
      <Field id="material-title" label="Title" errors={errorsFor(state, field.title)}>
        {(aria) => <Input {...aria} name={field.title} required defaultValue={values?.title} />}
      </Field>
      <Field id="material-item" label="For agenda item" errors={errorsFor(state, field.agendaItemId)}>
        {(aria) => (
          <Select {...aria} name={field.agendaItemId} defaultValue={values?.[field.agendaItemId] ?? ""}>
            <option value="">The meeting in general</option>
            {agendaItems.map((item) => (
              <option key={item.id} value={item.id}>
                {item.title}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="material-file" label="File" hint={acceptDescription} errors={errorsFor(state, field.file)}>
        {(aria) => <Input {...aria} name={field.file} type="file" required accept={accept} />}
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Uploading…" : "Post the material"}
      </Button>
    </form>
  );
}
