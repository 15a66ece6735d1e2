"use client";

import { useActionState, useState } from "react";
import { errorsFor, FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import type { FormAction, FormReducer } from "@/components/forms/form-action";
import { postMaterialSchema } from "@/domain/meetings/schemas";
import { checkFileName } from "@/domain/storage/uploads";
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

/**
 * Posts a material. The upload rules' name and size checks run here first, so a file that is
 * too large or of the wrong type is refused before it is sent; the server checks it all again.
 */
export function MaterialForm({ action, meetingId, agendaItems, accept, acceptDescription, due }: MaterialFormProps) {
  const [state, formAction, pending] = useActionState(action as FormReducer, null);
  const [problem, setProblem] = useState<string | null>(null);
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form
      action={formAction}
      className="space-y-3"
      noValidate
      onSubmit={(event) => {
        const file = (event.currentTarget.elements.namedItem(field.file) as HTMLInputElement).files?.[0];
        const checked = file ? checkFileName(file.name, file.size) : { ok: false as const, reason: "Choose the file to post." };
        setProblem(checked.ok ? null : checked.reason);
        if (!checked.ok) event.preventDefault();
      }}
    >
      <FormMessage state={problem ? null : state} />
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
      <Field id="material-file" label="File" hint={acceptDescription} errors={problem ? [problem] : errorsFor(state, field.file)}>
        {(aria) => <Input {...aria} name={field.file} type="file" required accept={accept} onChange={() => setProblem(null)} />}
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Uploading…" : "Post the material"}
      </Button>
    </form>
  );
}
