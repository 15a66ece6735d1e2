import "server-only";
import { formatFileSize } from "@/domain/storage/uploads";
import type { CommandContext, CurrentUser } from "@/lib/context";
import { db } from "@/lib/db";
import { can } from "@/lib/permissions";
import { fileStore } from "@/server/storage/file-store";
import { auditChangeRequest } from "./audit";
import { changeRequestCommand } from "./command";
import { changeRequestPermissions } from "@/domain/change-requests/permissions";

/**
 * Attaches a file to a change request (anyone who may read it). The file store refuses,
 * saying why, what the upload rules do not allow (src/domain/storage/uploads.ts: size, and
 * a type confirmed from the content's first bytes, not from what the browser sent).
 */
export async function attachFile(ctx: CommandContext, input: { crId: string; file: File }, now = new Date()) {
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  return changeRequestCommand(ctx, input.crId, async (tx, cr) => {
    const stored = await fileStore.put(tx, { name: input.file.name, bytes, uploadedById: ctx.actor.id });
    const attachment = await tx.crAttachment.create({ data: { changeRequestId: cr.row.id, fileId: stored.id, createdAt: now }, select: { id: true } });
    await auditChangeRequest(tx, ctx, cr.row, {
      action: "attach_file",
      summary: `Attached “${stored.fileName}” (${formatFileSize(stored.size)}).`,
      after: { attachmentId: attachment.id, fileId: stored.id, fileName: stored.fileName, size: stored.size },
    });
    return { id: attachment.id, fileName: stored.fileName };
  });
}

/** The file for a download, or null when it is not this change request's or the user may not read it. */
export async function attachmentFile(user: CurrentUser, crId: string, attachmentId: string) {
  if (!can(user, changeRequestPermissions.read)) return null;
  const attachment = await db.crAttachment.findFirst({
    where: { id: attachmentId, changeRequestId: crId },
    select: { fileId: true },
  });
  return attachment ? fileStore.get(attachment.fileId) : null;
}
