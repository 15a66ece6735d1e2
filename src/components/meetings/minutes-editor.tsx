"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { ConfirmAction } from "@/components/forms/confirm-action";
import { errorsFor, FormMessage } from "@/components/forms/form-message";
import { formatDateTime } from "@/lib/format";
import { Button } from "@/components/ui/button";
import type { FormAction, FormReducer } from "@/components/forms/form-action";
import { draftMinutesSchema, editMinutesSchema, publishMinutesSchema } from "@/domain/meetings/schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(editMinutesSchema);
const publishField = fieldsOf(publishMinutesSchema);
const draftField = fieldsOf(draftMinutesSchema);

type Action = FormAction;

interface MinutesEditorProps {
  meetingId: string;
  minutes: { id: string; body: string; version: number; draftedAt: Date; editedAt: Date | null; editedBy: { name: string } | null };
  canPublish: boolean;
  actions: { edit: Action; publish: Action; draft: Action };
}

/**
 * The draft minutes in a text box. A save that lost a race with someone else's keeps this
 * person's text in the box, loads the saved minutes beside it, and takes the new version,
 * so saving again (after comparing) overwrites knowingly.
 */
export function MinutesEditor({ meetingId, minutes, canPublish, actions }: MinutesEditorProps) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(actions.edit as FormReducer, null);
  const failed = state && !state.ok;
  useEffect(() => {
    if (failed) router.refresh();
  }, [failed, state, router]);
  const kept = failed ? state.values?.[field.body] : undefined;
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        Drafted {formatDateTime(minutes.draftedAt)}
        {minutes.editedAt ? `; last edited ${formatDateTime(minutes.editedAt)} by ${minutes.editedBy?.name ?? "someone"}` : ""}.
      </p>
      <form action={formAction} className="space-y-3">
        <FormMessage state={state} />
        <input type="hidden" name={field.minutesId} value={minutes.id} />
        <input type="hidden" name={field.version} value={minutes.version} />
        <label htmlFor="minutes-body" className="block text-sm font-medium text-slate-800">
          Minutes text
        </label>
        <p id="minutes-body-hint" className="text-sm text-slate-600">
          Lines starting with “## ” are section headings, “### ” sub-headings, and “- ” list items.
        </p>
        <textarea
          key={minutes.version}
          id="minutes-body"
          name={field.body}
          rows={24}
          defaultValue={kept ?? minutes.body}
          aria-describedby="minutes-body-hint"
          aria-invalid={errorsFor(state, field.body) ? true : undefined}
          className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-sm text-slate-900 shadow-sm"
        />
        {errorsFor(state, field.body) ? <p className="text-sm font-medium text-red-700">{errorsFor(state, field.body)!.join(" ")}</p> : null}
        {kept !== undefined && kept !== minutes.body ? (
          <details className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm" open>
            <summary className="cursor-pointer font-medium">The minutes as saved now</summary>
            <pre className="mt-2 max-h-80 overflow-auto whitespace-pre-wrap">{minutes.body}</pre>
          </details>
        ) : null}
        <div className="flex flex-wrap gap-3">
          <Button type="submit" disabled={pending}>
            {pending ? "Saving…" : "Save the minutes"}
          </Button>
        </div>
      </form>
      <div className="flex flex-wrap gap-3 border-t border-slate-100 pt-4">
        <ConfirmAction
          action={actions.draft}
          fields={{ [draftField.meetingId]: meetingId }}
          label="Re-draft from the record"
          title="Re-draft the minutes?"
          body="The text is written again from the meeting record (attendance, decisions, action items). Edits made to the draft are replaced."
          confirmLabel="Re-draft"
        />
        {canPublish ? (
          <ConfirmAction
            action={actions.publish}
            fields={{ [publishField.minutesId]: minutes.id, [publishField.version]: String(minutes.version) }}
            label="Publish the minutes"
            title="Publish these minutes?"
            body="They become public at /minutes, cannot be changed afterwards, and every LCSA Director and TAB member is notified. Save any edits first."
            confirmLabel="Publish"
            variant="primary"
          />
        ) : (
          <p className="text-sm text-slate-600">Minutes can be published once the meeting is adjourned.</p>
        )}
      </div>
    </div>
  );
}
