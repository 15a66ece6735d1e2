import "server-only";
import { meetingAudit } from "@/domain/meetings/audit-actions";
import { isMaterialLate, materialsDueFor } from "@/domain/meetings/materials";
import { meetingPermissions } from "@/domain/meetings/permissions";
import type { PostMaterialInput } from "@/domain/meetings/schemas";
import { defineCommand } from "@/lib/command";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { assertStep, meetingSubject } from "@/server/meetings/subjects";
import { fileStore } from "@/server/storage/file-store";

/**
 * Posts a background material (an uploaded file) to a meeting, or to one of its agenda
 * items. Whether it is late is decided now and kept (Governance plan 2.10: materials "at
 * least three days in advance"), so the flag says when it really arrived.
 */
export const postMaterial = defineCommand({
  name: meetingAudit.post_material,
  subject: meetingSubject,
  target: (input: PostMaterialInput) => input.meetingId,
  permission: meetingPermissions.manage,
  resource: (meeting) => ({ committeeId: meeting.committeeId }),
  async run({ tx, ctx, input, record: meeting, now }) {
    assertStep(meeting, "materials");
    if (input.agendaItemId && !(await tx.agendaItem.count({ where: { id: input.agendaItemId, meetingId: meeting.id } }))) {
      throw new NotFoundError("That agenda item");
    }
    const bytes = new Uint8Array(await input.file.arrayBuffer());
    const stored = await fileStore.put(tx, { name: input.file.name, bytes, uploadedById: ctx.actor.id });
    const late = isMaterialLate(now, meeting);
    const material = await tx.meetingMaterial.create({
      data: { meetingId: meeting.id, agendaItemId: input.agendaItemId, fileId: stored.id, title: input.title, postedAt: now, late },
      select: { id: true, title: true, late: true },
    });
    return { ...material, dueOn: materialsDueFor(meeting), file: stored };
  },
  audit: ({ input, result: { id, title, late, file } }) => ({
    summary: `Posted “${title}” (${file.fileName})${late ? ", late" : ""}`,
    after: { id, title, late, agendaItemId: input.agendaItemId, file },
  }),
});

/** A material's file, for the download route; null when there is no such material. */
export async function materialFile(materialId: string) {
  const material = await db.meetingMaterial.findUnique({ where: { id: materialId }, select: { fileId: true } });
  return material ? fileStore.get(material.fileId) : null;
}
