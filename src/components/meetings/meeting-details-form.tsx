"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { errorsFor, FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { MEETING_KINDS } from "@/domain/meetings/meeting-status";
import { MEETING_KIND_LABELS } from "@/components/meetings/labels";
import { scheduleMeetingSchema } from "@/domain/meetings/schemas";
import type { ActionResult } from "@/lib/action";
import { fieldsOf } from "@/lib/form-fields";

/** The details both schemas share (scheduleMeetingSchema and editMeetingSchema). */
const field = fieldsOf(scheduleMeetingSchema);

interface MeetingDetailsFormProps<T extends object> {
  /** A defineAction action (its previous-state type is its own: `never` lets any through). */
  action: (state: never, data: FormData) => Promise<ActionResult<T>>;
  /** Hidden fields: committeeId to schedule, meetingId and version to edit. */
  fields: Record<string, string>;
  /** The meeting's current details when editing; `startsAt` as `yyyy-mm-ddThh:mm` in California. */
  current?: { kind: string; title: string; startsAt: string; location: string | null };
  submitLabel: string;
}

/** Schedules a meeting (then opens its page), or edits a scheduled one. */
export function MeetingDetailsForm<T extends object>({ action, fields, current, submitLabel }: MeetingDetailsFormProps<T>) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(action as (state: ActionResult<T> | null, data: FormData) => Promise<ActionResult<T>>, null);
  useEffect(() => {
    // Scheduling returns the new meeting's id: open its page.
    if (state?.ok && "id" in state.data) router.push(`/meetings/${String(state.data.id)}`);
  }, [state, router]);
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="meeting-title" label="Title" hint="e.g. “November regular meeting”" errors={errorsFor(state, field.title)}>
          {(aria) => <Input {...aria} name={field.title} required defaultValue={values?.title ?? current?.title} />}
        </Field>
        <Field id="meeting-kind" label="Kind of meeting" errors={errorsFor(state, field.kind)}>
          {(aria) => (
            <Select {...aria} name={field.kind} defaultValue={values?.kind ?? current?.kind ?? "REGULAR"}>
              {MEETING_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {MEETING_KIND_LABELS[kind]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="meeting-starts" label="Starts (California time)" errors={errorsFor(state, field.startsAt)}>
          {(aria) => <Input {...aria} name={field.startsAt} type="datetime-local" required defaultValue={values?.startsAt ?? current?.startsAt} />}
        </Field>
        <Field
          id="meeting-location"
          label="Location or call link"
          hint="A room, or the video or phone details of a virtual meeting."
          errors={errorsFor(state, field.location)}
        >
          {(aria) => <Input {...aria} name={field.location} defaultValue={values?.location ?? current?.location ?? ""} />}
        </Field>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : submitLabel}
      </Button>
    </form>
  );
}
