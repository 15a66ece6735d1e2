import "server-only";
import { refusal, type MeetingStatus, type MeetingStep } from "@/domain/meetings/meeting-status";
import type { CommandContext } from "@/lib/context";
import type { Tx } from "@/lib/db";
import { NotFoundError, UserError } from "@/lib/errors";
import { assertCan, type Permission, type ResourceScope } from "@/lib/permissions";
import { meetingPermissions } from "@/domain/meetings/permissions";

export interface LockedMeeting {
  id: string;
  committeeId: string;
  status: MeetingStatus;
  startsAt: Date;
  title: string;
  version: number;
}

/**
 * Every change to a meeting or what belongs to it starts here: the meeting row is locked
 * for the transaction (so a start, a cancel and an agenda change never interleave, on any
 * instance), the actor must chair its committee (`action`; null when the caller decides
 * itself), and the step must fit where the meeting is.
 */
export async function lockMeeting(tx: Tx, ctx: CommandContext, meetingId: string, step: MeetingStep, action: Permission<ResourceScope | undefined> | null = meetingPermissions.manage): Promise<LockedMeeting> {
  const [meeting] = await tx.$queryRaw<LockedMeeting[]>`
    SELECT id, "committeeId", status::text AS status, "startsAt", title, version
      FROM "Meeting" WHERE id = ${meetingId} FOR UPDATE`;
  if (!meeting) throw new NotFoundError("That meeting");
  if (action) assertCan(ctx.actor, action, { committeeId: meeting.committeeId });
  const reason = refusal(meeting.status, step);
  if (reason) throw new UserError(reason);
  return meeting;
}

export { lastChangedBy } from "@/server/audit/last-changed-by";
