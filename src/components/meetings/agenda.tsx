import { ConfirmAction } from "@/components/forms/confirm-action";
import { Badge, EmptyState } from "@/components/ui/card";
import type { FormAction } from "@/components/forms/form-action";
import { InlineAction } from "@/components/meetings/action-form";
import { AgendaItemForm } from "@/components/meetings/agenda-item-form";
import { MaterialList } from "@/components/meetings/materials";
import { AgendaItemLinks } from "@/components/meetings/agenda-item-links";
import { PolicyRouteForm } from "@/components/meetings/policy-route-form";
import { formatDate } from "@/lib/format";
import { addAgendaItemSchema, moveAgendaItemSchema } from "@/domain/meetings/schemas";
import { fieldsOf } from "@/lib/form-fields";
import type { MeetingDetail } from "@/server/meetings/queries";

const field = fieldsOf(moveAgendaItemSchema);
const addField = fieldsOf(addAgendaItemSchema);

export interface AgendaActions {
  edit: FormAction;
  remove: FormAction;
  move: FormAction;
  add: FormAction;
  routeToPolicyBranch: FormAction;
}

interface AgendaProps {
  meeting: MeetingDetail;
  /** Set for the chair while the agenda may change. */
  actions: AgendaActions | null;
}

/**
 * The agenda in order, each item with its subject, materials and motions; the chair's controls
 * beside (while the meeting is in progress, the page shows this in its "Edit agenda" mode).
 */
export function Agenda({ meeting, actions }: AgendaProps) {
  const items = meeting.agendaItems;
  const fields = (id: string) => ({ [field.agendaItemId]: id });
  return (
    <div className="space-y-4">
      {items.length === 0 ? <EmptyState title="No agenda items yet." /> : null}
      <ol className="space-y-4">
        {items.map((item, index) => {
          const motions = meeting.motions.filter((motion) => motion.agendaItemId === item.id);
          return (
            <li key={item.id} className="rounded-md border border-slate-200 p-4">
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div>
                  <h3 className="font-semibold">
                    {index + 1}. {item.title}
                  </h3>
                  {item.presenter ? <p className="text-sm text-slate-600">Presented by {item.presenter}</p> : null}
                  {item.description ? <p className="mt-1 text-sm text-slate-700">{item.description}</p> : null}
                  {item.policyRoutedAt ? (
                    <p className="mt-1 text-sm text-slate-700">
                      <Badge tone="amber">Routed to the Policy Branch</Badge> {formatDate(item.policyRoutedAt)}: {item.policyNote}
                    </p>
                  ) : null}
                </div>
                {actions ? (
                  <div className="flex flex-wrap gap-2">
                    {index > 0 ? (
                      <InlineAction
                        action={actions.move}
                        fields={{ ...fields(item.id), [field.direction]: "up" }}
                        label="↑"
                        ariaLabel={`Move “${item.title}” up`}
                      />
                    ) : null}
                    {index < items.length - 1 ? (
                      <InlineAction
                        action={actions.move}
                        fields={{ ...fields(item.id), [field.direction]: "down" }}
                        label="↓"
                        ariaLabel={`Move “${item.title}” down`}
                      />
                    ) : null}
                    {motions.length === 0 ? (
                      <ConfirmAction
                        action={actions.remove}
                        fields={fields(item.id)}
                        label="Remove"
                        title={`Remove “${item.title}”?`}
                        body={
                          item.sourceType
                            ? "It goes back to wait for the committee's next meeting."
                            : "The item is deleted; its materials stay with the meeting."
                        }
                        confirmLabel="Remove the item"
                      />
                    ) : null}
                  </div>
                ) : null}
              </div>
              <MaterialList meetingId={meeting.id} materials={item.materials} />
              <AgendaItemLinks subject={item.subject} motions={motions} />
              {actions ? (
                <details className="mt-3">
                  <summary className="cursor-pointer text-sm font-medium text-brand-700">Edit “{item.title}”</summary>
                  <div className="mt-2">
                    <AgendaItemForm action={actions.edit} fields={fields(item.id)} current={item} idPrefix={`edit-${item.id}`} submitLabel="Save the item" />
                  </div>
                </details>
              ) : null}
              {actions && !item.policyRoutedAt && !motions.some((motion) => motion.status === "OPEN") ? (
                <details className="mt-3">
                  <summary className="cursor-pointer text-sm font-medium text-brand-700">Route “{item.title}” to the Policy Branch</summary>
                  <div className="mt-2">
                    <PolicyRouteForm action={actions.routeToPolicyBranch} agendaItemId={item.id} title={item.title} />
                  </div>
                </details>
              ) : null}
            </li>
          );
        })}
      </ol>
      {actions ? (
        <section aria-labelledby="add-agenda-item" className="rounded-md border border-dashed border-slate-300 p-4">
          <h3 id="add-agenda-item" className="mb-3 font-medium">
            Add an agenda item
          </h3>
          <AgendaItemForm action={actions.add} fields={{ [addField.meetingId]: meeting.id }} idPrefix="new-item" submitLabel="Add to the agenda" />
        </section>
      ) : null}
    </div>
  );
}
