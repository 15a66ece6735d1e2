import "server-only";
import { columnOfDay } from "@/domain/calendar/day";
import { meetingAudit } from "@/domain/meetings/audit-actions";
import { meetingPermissions } from "@/domain/meetings/permissions";
import type { AddActionItemInput, UpdateActionItemInput } from "@/domain/meetings/schemas";
import { defineCommand } from "@/lib/command";
import type { Tx } from "@/lib/db/client";
import { ConflictError, UserError } from "@/lib/errors";
import { lastChangedBy } from "@/server/audit/last-changed-by";
import { actionItemSubject, assertStep, meetingSubject } from "@/server/meetings/subjects";

/** Governance plan 2.10: minutes document action items; each has an owner and a due date. */
async function activeOwner(tx: Tx, ownerId: string) {
  const owner = await tx.user.findFirst({ where: { id: ownerId, status: "ACTIVE" }, select: { id: true, name: true } });
  if (!owner) throw new UserError("Choose an owner with an active account.", { ownerId: ["Choose an owner with an active account."] });
  return owner;
}

export const addActionItem = defineCommand({
  name: meetingAudit.add_action_item,
  subject: meetingSubject,
  target: (input: AddActionItemInput) => input.meetingId,
  permission: meetingPermissions.manage,
  resource: (meeting) => ({ committeeId: meeting.committeeId }),
  async run({ tx, input, record: meeting }) {
    assertStep(meeting, "actionItems");
    const owner = await activeOwner(tx, input.ownerId);
    const item = await tx.actionItem.create({
      data: { meetingId: meeting.id, title: input.title, ownerId: owner.id, dueOn: columnOfDay(input.dueOn) },
      select: { id: true, title: true, dueOn: true },
    });
    return { ...item, owner: owner.name, ownerId: owner.id };
  },
  audit: ({ record: meeting, result: { owner, ...item } }) => ({
    entity: { type: "ActionItem", id: item.id },
    summary: `Action item for ${owner}: ${item.title}`,
    after: { ...item, meetingId: meeting.id },
  }),
});

/** Only the status changes: what an action item's owner may do to it. */
const onlyStatus = (input: UpdateActionItemInput) => input.title === undefined && input.ownerId === undefined && input.dueOn === undefined;

/**
 * Changes an action item. The chair changes anything; its owner may mark it done or
 * cancelled (and reopen it). Optimistic: a stale `version` is refused with who changed it.
 */
export const updateActionItem = defineCommand({
  name: meetingAudit.update_action_item,
  subject: actionItemSubject,
  target: (input: UpdateActionItemInput) => input.actionItemId,
  // The item's owner needs no permission to change its status; anything else is the chair's.
  permission: ({ record: { item }, input, ctx }) => (item.ownerId === ctx.actor.id && onlyStatus(input) ? null : meetingPermissions.manage),
  resource: ({ meeting }) => ({ committeeId: meeting.committeeId }),
  async run({ tx, input, record: { meeting, item: before } }) {
    assertStep(meeting, "actionItems");
    if (before.version !== input.version) {
      const who = await lastChangedBy(tx, "ActionItem", before.id);
      throw new ConflictError(`${who} changed this action item while you were editing. Your change was not saved; look at it again and save.`);
    }
    const owner = input.ownerId ? await activeOwner(tx, input.ownerId) : null;
    const after = {
      status: input.status,
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(owner ? { ownerId: owner.id } : {}),
      ...(input.dueOn !== undefined ? { dueOn: columnOfDay(input.dueOn) } : {}),
    };
    await tx.actionItem.update({ where: { id: before.id }, data: { ...after, version: { increment: 1 } } });
    return { title: after.title ?? before.title, status: input.status, after };
  },
  audit: ({ record: { meeting, item: before }, input, result }) => ({
    summary: `Action item “${result.title}” (${meeting.title}): ${input.status.toLowerCase()}`,
    before: { title: before.title, ownerId: before.ownerId, dueOn: before.dueOn, status: before.status, version: before.version },
    after: result.after,
  }),
});
