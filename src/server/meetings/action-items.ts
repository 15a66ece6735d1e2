import "server-only";
import type { AddActionItemInput, UpdateActionItemInput } from "@/domain/meetings/schemas";
import { recordAudit } from "@/lib/audit";
import type { CommandContext } from "@/lib/context";
import { db, type Tx } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, UserError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { lastChangedBy, lockMeeting } from "./lock";
import { meetingPermissions } from "@/domain/meetings/permissions";

/** Governance plan 2.10: minutes document action items; each has an owner and a due date. */
async function activeOwner(tx: Tx, ownerId: string) {
  const owner = await tx.user.findFirst({ where: { id: ownerId, status: "ACTIVE" }, select: { id: true, name: true } });
  if (!owner) throw new UserError("Choose an owner with an active account.", { ownerId: ["Choose an owner with an active account."] });
  return owner;
}

export async function addActionItem(ctx: CommandContext, input: AddActionItemInput) {
  return db.$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, ctx, input.meetingId, "actionItems");
    const owner = await activeOwner(tx, input.ownerId);
    const item = await tx.actionItem.create({
      data: { meetingId: meeting.id, title: input.title, ownerId: owner.id, dueOn: new Date(`${input.dueOn}T00:00:00Z`) },
      select: { id: true, title: true, dueOn: true },
    });
    await recordAudit(tx, ctx, { action: "meetings.add_action_item", entityType: "ActionItem", entityId: item.id, summary: `Action item for ${owner.name}: ${item.title}`, after: { ...item, ownerId: owner.id, meetingId: meeting.id } });
    return { ...item, owner: owner.name };
  });
}

/**
 * Changes an action item. The chair changes anything; its owner may mark it done or
 * cancelled (and reopen it). Optimistic: a stale `version` is refused with who changed it.
 */
export async function updateActionItem(ctx: CommandContext, input: UpdateActionItemInput) {
  return db.$transaction(async (tx) => {
    const row = await tx.actionItem.findUnique({ where: { id: input.actionItemId }, select: { meetingId: true } });
    if (!row) throw new NotFoundError("That action item");
    // Checked below: the chair, or the item's owner.
    const meeting = await lockMeeting(tx, ctx, row.meetingId, "actionItems", null);
    const chairs = can(ctx.actor, meetingPermissions.manage, { committeeId: meeting.committeeId });
    const before = await tx.actionItem.findUniqueOrThrow({ where: { id: input.actionItemId }, select: { title: true, ownerId: true, dueOn: true, status: true, version: true } });
    const onlyStatus = input.title === undefined && input.ownerId === undefined && input.dueOn === undefined;
    if (!chairs && !(before.ownerId === ctx.actor.id && onlyStatus)) throw new ForbiddenError();
    if (before.version !== input.version) {
      const who = await lastChangedBy(tx, "ActionItem", input.actionItemId);
      throw new ConflictError(`${who} changed this action item while you were editing. Your change was not saved; look at it again and save.`);
    }
    const owner = input.ownerId ? await activeOwner(tx, input.ownerId) : null;
    const after = {
      status: input.status,
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(owner ? { ownerId: owner.id } : {}),
      ...(input.dueOn !== undefined ? { dueOn: new Date(`${input.dueOn}T00:00:00Z`) } : {}),
    };
    await tx.actionItem.update({ where: { id: input.actionItemId }, data: { ...after, version: { increment: 1 } } });
    await recordAudit(tx, ctx, {
      action: "meetings.update_action_item",
      entityType: "ActionItem",
      entityId: input.actionItemId,
      summary: `Action item “${after.title ?? before.title}” (${meeting.title}): ${input.status.toLowerCase()}`,
      before,
      after,
    });
    return { title: after.title ?? before.title, status: input.status };
  });
}
