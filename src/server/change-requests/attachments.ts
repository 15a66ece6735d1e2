import "server-only";
import { formatFileSize } from "@/domain/storage/uploads";
import { changeRequestAudit } from "@/domain/change-requests/audit-actions";
import { changeRequestPermissions } from "@/domain/change-requests/permissions";
import { defineCommand } from "@/lib/command";
import type { CurrentUser } from "@/lib/context";
import { db } from "@/lib/db/client";
import { can } from "@/lib/permissions";
import { fileStore } from "@/server/storage/file-store";
import { crNote } from "@/server/change-requests/audit";
import { visibleToSql } from "@/server/change-requests/visibility";
import { changeRequestSubject } from "@/server/change-requests/subject";

/**
 * Attaches a file to a change request (anyone who may read it). The file store refuses,
 * saying why, what the upload rules do not allow (src/domain/storage/uploads.ts: size, and
 * a type confirmed from the content's first bytes, not from what the browser sent).
 */
export const attachFile = defineCommand({
  name: changeRequestAudit.attach_file,
  subject: changeRequestSubject,
  target: (input: { crId: string; file: File }) => input.crId,
  permission: changeRequestPermissions.read,
  resource: () => undefined,
  async run({ tx, ctx, input, record: cr, now }) {
    const bytes = new Uint8Array(await input.file.arrayBuffer());
    const stored = await fileStore.put(tx, { name: input.file.name, bytes, uploadedById: ctx.actor.id });
    const attachment = await tx.crAttachment.create({ data: { changeRequestId: cr.row.id, fileId: stored.id, createdAt: now }, select: { id: true } });
    return { id: attachment.id, fileId: stored.id, fileName: stored.fileName, size: stored.size };
  },
  audit: ({ record: cr, result }) =>
    crNote(cr.row, {
      summary: `Attached “${result.fileName}” (${formatFileSize(result.size)}).`,
      after: { attachmentId: result.id, fileId: result.fileId, fileName: result.fileName, size: result.size },
    }),
});

/** The file for a download, or null when it is not this change request's or the user may not read it. */
export async function attachmentFile(user: CurrentUser, crId: string, attachmentId: string) {
  if (!can(user, changeRequestPermissions.read)) return null;
  const [visible] = await db.$queryRaw<{ id: string }[]>`SELECT cr.id FROM "ChangeRequest" cr WHERE cr.id = ${crId} AND ${await visibleToSql(db, user)}`;
  if (!visible) return null;
  const attachment = await db.crAttachment.findFirst({
    where: { id: attachmentId, changeRequestId: crId },
    select: { fileId: true },
  });
  return attachment ? fileStore.get(attachment.fileId) : null;
}
