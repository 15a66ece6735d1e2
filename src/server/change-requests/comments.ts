import "server-only";
import type { CommandContext } from "@/lib/context";
import { auditChangeRequest } from "./audit";
import { changeRequestCommand } from "./command";

/** Anyone who may read a change request may comment on it, at any step, closed ones included. */
export async function addComment(ctx: CommandContext, input: { crId: string; body: string }, now = new Date()) {
  return changeRequestCommand(ctx, input.crId, async (tx, cr) => {
    const comment = await tx.crComment.create({ data: { changeRequestId: cr.row.id, authorId: ctx.actor.id, body: input.body, createdAt: now }, select: { id: true } });
    const excerpt = input.body.length > 120 ? `${input.body.slice(0, 117)}…` : input.body;
    await auditChangeRequest(tx, ctx, cr.row, { action: "comment", summary: `${ctx.actor.name} commented: “${excerpt}”`, after: { commentId: comment.id } });
    return comment;
  });
}
