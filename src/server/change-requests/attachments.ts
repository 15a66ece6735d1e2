import "server-only";
import { checkAttachment, formatBytes } from "@/domain/change-requests/attachments";
import type { CommandContext, CurrentUser } from "@/lib/context";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { auditChangeRequest } from "./audit";
import { changeRequestCommand } from "./command";
import { storeFile } from "./file-store";

/**
 * Attaches a file to a change request (anyone who may read it), within the size and type
 * limits of src/domain/change-requests/attachments.ts. The type stored is the one the
 * extension names, not the one the browser sent.
 */
export async function attachFile(ctx: CommandContext, input: { crId: string; file: File }, now = new Date()) {
  const checked = checkAttachment(input.file.name, input.file.size);
  if (!checked.ok) throw new UserError(checked.reason, { file: [checked.reason] });
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  return changeRequestCommand(ctx, input.crId, async (tx, cr) => {
    const stored = await storeFile(tx, { fileName: input.file.name.trim(), contentType: checked.contentType, bytes, uploadedById: ctx.actor.id, now });
    const attachment = await tx.crAttachment.create({ data: { changeRequestId: cr.row.id, fileId: stored.id, createdAt: now }, select: { id: true } });
    await auditChangeRequest(tx, ctx, cr.row, {
      action: "attach_file",
      summary: `Attached “${stored.fileName}” (${formatBytes(stored.size)}).`,
      after: { attachmentId: attachment.id, fileId: stored.id, fileName: stored.fileName, size: stored.size },
    });
    return { id: attachment.id, fileName: stored.fileName };
  });
}

/** The file for a download, or null when it is not this change request's or the user may not read it. */
export async function attachmentFile(user: CurrentUser, crId: string, attachmentId: string) {
  if (!can(user, "changeRequest.read")) return null;
  const attachment = await db.crAttachment.findFirst({
    where: { id: attachmentId, changeRequestId: crId },
    select: { file: { select: { fileName: true, contentType: true, size: true, content: true } } },
  });
  return attachment?.file ?? null;
}
