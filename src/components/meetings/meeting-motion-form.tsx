"use client";

import { useActionState } from "react";
import { errorsFor, FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { HoursOpenField } from "@/components/voting/hours-open-field";
import type { FormAction, FormReducer } from "@/components/forms/form-action";
import { openMotionSchema } from "@/domain/voting/schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(openMotionSchema);

interface MeetingMotionFormProps {
  action: FormAction;
  committeeId: string;
  meetingId: string;
  agendaItem: { id: string; title: string } | null;
}

/**
 * The chair moves a motion at the meeting, on an agenda item. It opens for the committee's
 * voting members, with the designees recorded on the attendance in their members' place.
 */
export function MeetingMotionForm({ action, committeeId, meetingId, agendaItem }: MeetingMotionFormProps) {
  const [state, formAction, pending] = useActionState(action as FormReducer, null);
  const values = state && !state.ok ? state.values : undefined;
  const prefix = `motion-${agendaItem?.id ?? "general"}`;
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name={field.committeeId} value={committeeId} />
      <input type="hidden" name={field.meetingId} value={meetingId} />
      {agendaItem ? <input type="hidden" name={field.agendaItemId} value={agendaItem.id} /> : null}
      <Field
        id={`${prefix}-question`}
        label={agendaItem ? `Motion on “${agendaItem.title}”` : "Motion"}
        hint="The question the members vote on."
        errors={errorsFor(state, field.question)}
      >
        {(aria) => <Input {...aria} name={field.question} required defaultValue={values?.question} />}
      </Field>
      <HoursOpenField
        id={`${prefix}-hours`}
        hint="Close it yourself when everyone present has voted."
        errors={errorsFor(state, field.hoursOpen)}
        kept={values?.hoursOpen}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Opening…" : "Open the motion"}
      </Button>
    </form>
  );
}
