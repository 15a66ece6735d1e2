import "server-only";
import { isMaterialLate, materialsDueOn } from "@/domain/meetings/materials";
import type { PostMaterialInput } from "@/domain/meetings/schemas";
import { recordAudit } from "@/lib/audit";
import type { CommandContext } from "@/lib/context";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { fileStore } from "@/server/storage/file-store";
import { lockMeeting } from "./lock";

/**
 * Posts a background material (an uploaded file) to a meeting, or to one of its agenda
 * items. Whether it is late is decided now and kept (Governance plan 2.10: materials "at
 * least three days in advance"), so the flag says when it really arrived.
 */
export async function postMaterial(ctx: CommandContext, input: PostMaterialInput, file: { name: string; bytes: Uint8Array }, now = new Date()) {
  return db.$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, ctx, input.meetingId, "materials");
    if (input.agendaItemId && !(await tx.agendaItem.count({ where: { id: input.agendaItemId, meetingId: meeting.id } }))) {
      throw new NotFoundError("That agenda item");
    }
    const stored = await fileStore.put(tx, { ...file, uploadedById: ctx.actor.id });
    const late = isMaterialLate(now, meeting.startsAt);
    const material = await tx.meetingMaterial.create({
      data: { meetingId: meeting.id, agendaItemId: input.agendaItemId, fileId: stored.id, title: input.title, postedAt: now, late },
      select: { id: true, title: true, late: true },
    });
    await recordAudit(tx, ctx, {
      action: "meetings.post_material",
      entityType: "Meeting",
      entityId: meeting.id,
      summary: `Posted “${material.title}” (${stored.fileName})${late ? ", late" : ""}`,
      after: { ...material, agendaItemId: input.agendaItemId, file: stored },
    });
    return { ...material, dueOn: materialsDueOn(meeting.startsAt) };
  });
}

/** A material's file, for the download route; null when there is no such material. */
export async function materialFile(materialId: string) {
  const material = await db.meetingMaterial.findUnique({ where: { id: materialId }, select: { fileId: true } });
  return material ? fileStore.get(material.fileId) : null;
}
