import "server-only";
import { changeRequestAudit } from "@/domain/change-requests/audit-actions";
import { changeRequestPermissions } from "@/domain/change-requests/permissions";
import { defineCommand } from "@/lib/command";
import { crNote } from "@/server/change-requests/audit";
import { changeRequestSubject } from "@/server/change-requests/subject";

/** Anyone who may read a change request may comment on it, at any step, closed ones included. */
export const addComment = defineCommand({
  name: changeRequestAudit.comment,
  subject: changeRequestSubject,
  target: (input: { crId: string; body: string }) => input.crId,
  permission: changeRequestPermissions.read,
  resource: () => undefined,
  async run({ tx, ctx, input, record: cr, now }) {
    const comment = await tx.crComment.create({
      data: { changeRequestId: cr.row.id, authorId: ctx.actor.id, body: input.body, createdAt: now },
      select: { id: true },
    });
    return { id: comment.id, by: ctx.actor.name };
  },
  audit: ({ record: cr, input, result }) => {
    const excerpt = input.body.length > 120 ? `${input.body.slice(0, 117)}…` : input.body;
    return crNote(cr.row, { summary: `${result.by} commented: “${excerpt}”`, after: { commentId: result.id } });
  },
});
