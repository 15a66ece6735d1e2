import "server-only";
import type { AddAgendaItemInput, EditAgendaItemInput } from "@/domain/meetings/schemas";
import { recordAudit } from "@/lib/audit";
import type { CommandContext } from "@/lib/context";
import { db, type Tx } from "@/lib/db";
import { NotFoundError, UserError } from "@/lib/errors";
import { lockMeeting } from "./lock";

/** The chair shapes the agenda until the meeting is adjourned: add, edit, remove, reorder. */
export async function addAgendaItem(ctx: CommandContext, input: AddAgendaItemInput) {
  return db.$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, ctx, input.meetingId, "agenda");
    const last = await tx.agendaItem.aggregate({ where: { meetingId: meeting.id }, _max: { position: true } });
    const item = await tx.agendaItem.create({
      data: { committeeId: meeting.committeeId, meetingId: meeting.id, position: (last._max.position ?? -1) + 1, title: input.title, description: input.description, presenter: input.presenter },
      select: { id: true, title: true, position: true },
    });
    await recordAudit(tx, ctx, { action: "meetings.add_agenda_item", entityType: "Meeting", entityId: meeting.id, summary: `Agenda: added “${item.title}”`, after: item });
    return item;
  });
}

/** The item, with its meeting locked for the change. */
async function lockItem(tx: Tx, ctx: CommandContext, agendaItemId: string) {
  const item = await tx.agendaItem.findUnique({
    where: { id: agendaItemId },
    select: { id: true, meetingId: true, title: true, description: true, presenter: true, position: true, sourceType: true },
  });
  if (!item?.meetingId) throw new NotFoundError("That agenda item");
  const meeting = await lockMeeting(tx, ctx, item.meetingId, "agenda");
  return { item, meeting };
}

export async function editAgendaItem(ctx: CommandContext, input: EditAgendaItemInput) {
  return db.$transaction(async (tx) => {
    const { item, meeting } = await lockItem(tx, ctx, input.agendaItemId);
    const after = { title: input.title, description: input.description, presenter: input.presenter };
    await tx.agendaItem.update({ where: { id: item.id }, data: after });
    await recordAudit(tx, ctx, {
      action: "meetings.edit_agenda_item",
      entityType: "Meeting",
      entityId: meeting.id,
      summary: `Agenda: edited “${input.title}”`,
      before: { title: item.title, description: item.description, presenter: item.presenter },
      after,
    });
    return after;
  });
}

/**
 * Takes an item off the agenda. One a motion was moved on stays (the motion refers to it);
 * one something else put there (a workgroup's recommendation) goes back to wait for the next
 * meeting rather than vanish; its materials stay with the meeting.
 */
export async function removeAgendaItem(ctx: CommandContext, agendaItemId: string) {
  return db.$transaction(async (tx) => {
    const { item, meeting } = await lockItem(tx, ctx, agendaItemId);
    if (await tx.motion.count({ where: { agendaItemId: item.id } })) {
      throw new UserError(`A motion was moved on “${item.title}”, so it stays on the agenda.`);
    }
    await tx.meetingMaterial.updateMany({ where: { agendaItemId: item.id }, data: { agendaItemId: null } });
    if (item.sourceType) await tx.agendaItem.update({ where: { id: item.id }, data: { meetingId: null, position: 0 } });
    else await tx.agendaItem.delete({ where: { id: item.id } });
    await renumber(tx, meeting.id);
    await recordAudit(tx, ctx, {
      action: "meetings.remove_agenda_item",
      entityType: "Meeting",
      entityId: meeting.id,
      summary: `Agenda: removed “${item.title}”${item.sourceType ? " (back to waiting for the next meeting)" : ""}`,
      before: item,
    });
    return { title: item.title, waiting: Boolean(item.sourceType) };
  });
}

/** Moves an item one place up or down. */
export async function moveAgendaItem(ctx: CommandContext, agendaItemId: string, direction: "up" | "down") {
  return db.$transaction(async (tx) => {
    const { item, meeting } = await lockItem(tx, ctx, agendaItemId);
    const order = (await orderedItems(tx, meeting.id)).map((row) => row.id);
    const from = order.indexOf(item.id);
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= order.length) throw new UserError(`“${item.title}” is already ${direction === "up" ? "first" : "last"}.`);
    [order[from], order[to]] = [order[to]!, order[from]!];
    await renumber(tx, meeting.id, order);
    await recordAudit(tx, ctx, {
      action: "meetings.move_agenda_item",
      entityType: "Meeting",
      entityId: meeting.id,
      summary: `Agenda: moved “${item.title}” ${direction}`,
      before: { position: from },
      after: { position: to },
    });
    return { title: item.title, position: to };
  });
}

function orderedItems(tx: Tx, meetingId: string) {
  return tx.agendaItem.findMany({ where: { meetingId }, orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true } });
}

/** Positions 0, 1, 2, … in the given order (or the current one), so there are never gaps or ties. */
async function renumber(tx: Tx, meetingId: string, order?: string[]) {
  const ids = order ?? (await orderedItems(tx, meetingId)).map((row) => row.id);
  for (const [position, id] of ids.entries()) await tx.agendaItem.update({ where: { id }, data: { position } });
}
