import "server-only";
import { checkAttendance, type AttendanceChoice } from "@/domain/meetings/attendance";
import type { RecordAttendanceInput } from "@/domain/meetings/schemas";
import { recordAudit } from "@/lib/audit";
import type { CommandContext } from "@/lib/context";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { lockMeeting } from "./lock";
import { seatHoldersOn } from "./seat-holders";

/**
 * Records, for each seat holder, present, absent or represented by a designee (a named,
 * active user). Motions opened at the meeting afterwards let the designee vote in the
 * member's place (src/server/voting/commands.ts openMotionInTx); motions already open keep
 * the voters they opened with.
 */
export async function recordAttendance(ctx: CommandContext, input: RecordAttendanceInput) {
  return db.$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, ctx, input.meetingId, "attendance");
    const holders = await seatHoldersOn(tx, meeting.committeeId, meeting.startsAt);
    const emails = [...new Set(input.entries.flatMap((entry) => (entry.status === "DESIGNEE" && entry.designeeEmail ? [entry.designeeEmail] : [])))];
    const people = await tx.user.findMany({ where: { email: { in: emails }, status: "ACTIVE" }, select: { id: true, name: true, email: true } });
    const byEmail = new Map(people.map((person) => [person.email, person]));

    const unknown: Record<string, string[]> = {};
    const choices: AttendanceChoice[] = input.entries.map((entry) => {
      const designee = entry.status === "DESIGNEE" && entry.designeeEmail ? byEmail.get(entry.designeeEmail) : undefined;
      if (entry.status === "DESIGNEE" && entry.designeeEmail && !designee) {
        unknown[`designee-${entry.userId}`] = [`No active user has the email address ${entry.designeeEmail}.`];
      }
      return { userId: entry.userId, status: entry.status, designee: designee ? { id: designee.id, name: designee.name } : null };
    });
    const check = checkAttendance(choices, holders);
    const fieldErrors = { ...(check.ok ? {} : check.fieldErrors), ...unknown };
    if (!check.ok || Object.keys(unknown).length) throw new UserError("Some rows need attention; nothing was saved.", fieldErrors);

    const before = await tx.attendance.findMany({ where: { meetingId: meeting.id }, select: { userId: true, status: true, designeeId: true } });
    for (const row of check.rows) {
      await tx.attendance.upsert({
        where: { meetingId_userId: { meetingId: meeting.id, userId: row.userId } },
        create: { meetingId: meeting.id, ...row },
        update: { status: row.status, designeeId: row.designeeId, recordedAt: new Date() },
      });
    }
    await recordAudit(tx, ctx, {
      action: "meetings.record_attendance",
      entityType: "Meeting",
      entityId: meeting.id,
      summary: `Attendance recorded for ${meeting.title}`,
      before,
      after: check.rows,
    });
    return { recorded: check.rows.length };
  });
}
