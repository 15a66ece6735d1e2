"use client";

import { useActionState } from "react";
import { useFlashingAction } from "@/components/forms/flash";
import { errorsFor, FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { HoursOpenField } from "@/components/voting/hours-open-field";
import type { FormAction } from "@/components/forms/form-action";
import type { ActionResult } from "@/lib/action";
import { openMotionSchema } from "@/domain/voting/schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(openMotionSchema);

interface MeetingMotionFormProps {
  action: FormAction;
  committeeId: string;
  meetingId: string;
  agendaItem: { id: string; title: string } | null;
  /** The element that takes the focus once the motion is open (the form leaves the page then). */
  focusAfterOpen?: string;
}

/**
 * The chair moves a motion at the meeting, on an agenda item. It opens for the committee's
 * voting members, with the designees recorded on the attendance in their members' place.
 * Once it is open the page shows its roll call instead of this form: the success message is
 * the page's flash, and the focus moves to the item's heading.
 */
export function MeetingMotionForm({ action, committeeId, meetingId, agendaItem, focusAfterOpen }: MeetingMotionFormProps) {
  const flashing = useFlashingAction(action);
  const [state, formAction, pending] = useActionState<ActionResult<unknown> | null, FormData>(async (previous, data) => {
    const result = await flashing.action(previous, data);
    if (result.ok && focusAfterOpen) setTimeout(() => document.getElementById(focusAfterOpen)?.focus(), 0);
    return result;
  }, null);
  const values = state && !state.ok ? state.values : undefined;
  const prefix = `motion-${agendaItem?.id ?? "general"}`;
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormMessage state={flashing.flashes && state?.ok ? null : state} />
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
