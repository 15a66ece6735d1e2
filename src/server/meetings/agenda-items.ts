import "server-only";
import { meetingAudit } from "@/domain/meetings/audit-actions";
import { meetingPermissions } from "@/domain/meetings/permissions";
import type { AddAgendaItemInput, EditAgendaItemInput } from "@/domain/meetings/schemas";
import { defineCommand } from "@/lib/command";
import type { Tx } from "@/lib/db/client";
import { UserError } from "@/lib/errors";
import { agendaItemSubject, assertStep, committeeScopeOf, meetingSubject } from "@/server/meetings/subjects";

/** The chair (or, for an ESC, the M&O Contract Manager) shapes the agenda until the meeting is adjourned: add, edit, remove, reorder. */
export const addAgendaItem = defineCommand({
  name: meetingAudit.add_agenda_item,
  subject: meetingSubject,
  target: (input: AddAgendaItemInput) => input.meetingId,
  permission: meetingPermissions.coordinateAgenda,
  resource: (meeting) => committeeScopeOf(meeting),
  async run({ tx, input, record: meeting }) {
    assertStep(meeting, "agenda");
    const last = await tx.agendaItem.aggregate({ where: { meetingId: meeting.id }, _max: { position: true } });
    return tx.agendaItem.create({
      data: {
        committeeId: meeting.committeeId,
        meetingId: meeting.id,
        position: (last._max.position ?? -1) + 1,
        title: input.title,
        description: input.description,
        presenter: input.presenter,
      },
      select: { id: true, title: true, position: true },
    });
  },
  audit: ({ result: item }) => ({ summary: `Agenda: added “${item.title}”`, after: item }),
});

export const editAgendaItem = defineCommand({
  name: meetingAudit.edit_agenda_item,
  subject: agendaItemSubject,
  target: (input: EditAgendaItemInput) => input.agendaItemId,
  permission: meetingPermissions.coordinateAgenda,
  resource: ({ meeting }) => committeeScopeOf(meeting),
  async run({ tx, input, record: { meeting, item } }) {
    assertStep(meeting, "agenda");
    const after = { title: input.title, description: input.description, presenter: input.presenter };
    await tx.agendaItem.update({ where: { id: item.id }, data: after });
    return after;
  },
  audit: ({ record: { item }, input, result: after }) => ({
    summary: `Agenda: edited “${input.title}”`,
    before: { title: item.title, description: item.description, presenter: item.presenter },
    after,
  }),
});

/**
 * Takes an item off the agenda. One a motion was moved on stays (the motion refers to it);
 * one something else put there (a workgroup's recommendation) goes back to wait for the next
 * meeting rather than vanish; its materials stay with the meeting.
 */
export const removeAgendaItem = defineCommand({
  name: meetingAudit.remove_agenda_item,
  subject: agendaItemSubject,
  target: (input: { agendaItemId: string }) => input.agendaItemId,
  permission: meetingPermissions.coordinateAgenda,
  resource: ({ meeting }) => committeeScopeOf(meeting),
  async run({ tx, record: { meeting, item } }) {
    assertStep(meeting, "agenda");
    if (await tx.motion.count({ where: { agendaItemId: item.id } })) {
      throw new UserError(`A motion was moved on “${item.title}”, so it stays on the agenda.`);
    }
    await tx.meetingMaterial.updateMany({ where: { agendaItemId: item.id }, data: { agendaItemId: null } });
    if (item.sourceType) await tx.agendaItem.update({ where: { id: item.id }, data: { meetingId: null, position: 0 } });
    else await tx.agendaItem.delete({ where: { id: item.id } });
    await renumber(tx, meeting.id);
    return { title: item.title, waiting: Boolean(item.sourceType) };
  },
  audit: ({ record: { item } }) => ({
    summary: `Agenda: removed “${item.title}”${item.sourceType ? " (back to waiting for the next meeting)" : ""}`,
    before: item,
  }),
});

/** Moves an item one place up or down. */
export const moveAgendaItem = defineCommand({
  name: meetingAudit.move_agenda_item,
  subject: agendaItemSubject,
  target: (input: { agendaItemId: string; direction: "up" | "down" }) => input.agendaItemId,
  permission: meetingPermissions.coordinateAgenda,
  resource: ({ meeting }) => committeeScopeOf(meeting),
  async run({ tx, input: { direction }, record: { meeting, item } }) {
    assertStep(meeting, "agenda");
    const order = (await orderedItems(tx, meeting.id)).map((row) => row.id);
    const from = order.indexOf(item.id);
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= order.length) throw new UserError(`“${item.title}” is already ${direction === "up" ? "first" : "last"}.`);
    [order[from], order[to]] = [order[to]!, order[from]!];
    await renumber(tx, meeting.id, order);
    return { title: item.title, from, position: to };
  },
  audit: ({ record: { item }, input, result }) => ({
    summary: `Agenda: moved “${item.title}” ${input.direction}`,
    before: { position: result.from },
    after: { position: result.position },
  }),
});

/**
 * Governance plan 2.1: the ESCs "address automation or technical issues only; policy
 * discussions are routed to the Policy Branch for research and resolution". The item stays
 * on the agenda as a record (when, by whom, why) and no motion can be put on it.
 */
export const routeAgendaItemToPolicyBranch = defineCommand({
  name: meetingAudit.route_to_policy_branch,
  subject: agendaItemSubject,
  target: (input: { agendaItemId: string; note: string }) => input.agendaItemId,
  permission: meetingPermissions.coordinateAgenda,
  resource: ({ meeting }) => committeeScopeOf(meeting),
  async run({ tx, ctx, input, record: { meeting, item }, now }) {
    if (meeting.status === "CANCELLED") throw new UserError("This meeting was cancelled.");
    const open = await tx.motion.count({ where: { agendaItemId: item.id, status: "OPEN" } });
    if (open) throw new UserError(`A motion on “${item.title}” is open; close it before routing the item to the Policy Branch.`);
    const routed = await tx.agendaItem.updateMany({
      where: { id: item.id, policyRoutedAt: null },
      data: { policyRoutedAt: now, policyRoutedById: ctx.actor.id, policyNote: input.note },
    });
    if (routed.count !== 1) throw new UserError(`“${item.title}” was already routed to the Policy Branch.`);
    return { title: item.title, note: input.note };
  },
  audit: ({ result }) => ({ summary: `Agenda: routed “${result.title}” to the Policy Branch (${result.note})`, after: result }),
});

function orderedItems(tx: Tx, meetingId: string) {
  return tx.agendaItem.findMany({ where: { meetingId }, orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true } });
}

/** Positions 0, 1, 2, … in the given order (or the current one), so there are never gaps or ties. */
async function renumber(tx: Tx, meetingId: string, order?: string[]) {
  const ids = order ?? (await orderedItems(tx, meetingId)).map((row) => row.id);
  for (const [position, id] of ids.entries()) await tx.agendaItem.update({ where: { id }, data: { position } });
}
