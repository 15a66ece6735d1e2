"use client";

import { useActionState } from "react";
import { errorsFor, FormMessage } from "@/components/forms/form-message";
import { formatDay } from "@/lib/format";
import { Button } from "@/components/ui/button";
import { Badge, EmptyState } from "@/components/ui/card";
import { Field, Input, Select } from "@/components/ui/field";
import type { FormAction, FormReducer } from "@/components/forms/form-action";
import { ACTION_ITEM_STATUS } from "@/components/meetings/labels";
import { ACTION_ITEM_STATUSES, addActionItemSchema, updateActionItemSchema } from "@/domain/meetings/schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(addActionItemSchema);
const statusField = fieldsOf(updateActionItemSchema);

type Action = FormAction;

interface ActionItemRow {
  id: string;
  title: string;
  dueOn: Date;
  status: "OPEN" | "DONE" | "CANCELLED";
  version: number;
  owner: { id: string; name: string };
}

interface ActionItemsProps {
  items: ActionItemRow[];
  userId: string;
  /** The chair changes any item; an owner changes the status of their own. Null: read only. */
  updateAction: Action | null;
  chairs: boolean;
}

/** Governance plan 2.10: action items, each with an owner, a due date and a status. */
export function ActionItems({ items, userId, updateAction, chairs }: ActionItemsProps) {
  if (items.length === 0) return <EmptyState title="No action items yet." />;
  return (
    <ul className="divide-y divide-slate-100">
      {items.map((item) => (
        <li key={item.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
          <div>
            <p className="font-medium">{item.title}</p>
            <p className="text-sm text-slate-600">
              {item.owner.name} · due {formatDay(item.dueOn)}
            </p>
          </div>
          {updateAction && (chairs || item.owner.id === userId) ? (
            <StatusForm item={item} action={updateAction} />
          ) : (
            <Badge tone={item.status === "OPEN" ? "blue" : "neutral"}>{ACTION_ITEM_STATUS[item.status]}</Badge>
          )}
        </li>
      ))}
    </ul>
  );
}

function StatusForm({ item, action }: { item: ActionItemRow; action: Action }) {
  const [state, formAction, pending] = useActionState(action as FormReducer, null);
  return (
    <form action={formAction} className="flex flex-col items-end gap-2">
      <div className="flex items-center gap-2">
        <input type="hidden" name={statusField.actionItemId} value={item.id} />
        <input type="hidden" name={statusField.version} value={item.version} />
        <Select key={item.version} name={statusField.status} defaultValue={item.status} aria-label={`Status of “${item.title}”`} className="w-36">
          {ACTION_ITEM_STATUSES.map((status) => (
            <option key={status} value={status}>
              {ACTION_ITEM_STATUS[status]}
            </option>
          ))}
        </Select>
        <Button type="submit" variant="secondary" disabled={pending} aria-label={`Save the status of “${item.title}”`}>
          {pending ? "Saving…" : "Save"}
        </Button>
      </div>
      <FormMessage state={state && !state.ok ? state : null} />
    </form>
  );
}

/** The chair records a new action item at the meeting. */
export function AddActionItemForm({ meetingId, people, action }: { meetingId: string; people: { id: string; name: string }[]; action: Action }) {
  const [state, formAction, pending] = useActionState(action as FormReducer, null);
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name={field.meetingId} value={meetingId} />
      <Field id="action-title" label="What is to be done" errors={errorsFor(state, field.title)}>
        {(aria) => <Input {...aria} name={field.title} required defaultValue={values?.title} />}
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="action-owner" label="Owner" errors={errorsFor(state, field.ownerId)}>
          {(aria) => (
            <Select {...aria} name={field.ownerId} defaultValue={values?.ownerId ?? ""}>
              <option value="">Choose who owns it</option>
              {people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="action-due" label="Due date" errors={errorsFor(state, field.dueOn)}>
          {(aria) => <Input {...aria} name={field.dueOn} type="date" required defaultValue={values?.dueOn} />}
        </Field>
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Adding…" : "Add the action item"}
      </Button>
    </form>
  );
}
