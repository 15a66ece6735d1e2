import "server-only";
import { checkAttendance, type AttendanceChoice } from "@/domain/meetings/attendance";
import { meetingAudit } from "@/domain/meetings/audit-actions";
import { meetingPermissions } from "@/domain/meetings/permissions";
import type { RecordAttendanceInput } from "@/domain/meetings/schemas";
import { defineCommand } from "@/lib/command";
import { UserError } from "@/lib/errors";
import { seatHoldersOn } from "@/server/meetings/seat-holders";
import { assertStep, meetingSubject } from "@/server/meetings/subjects";

/**
 * Records, for each seat holder, present, absent or represented by a designee (a named,
 * active user). Motions opened at the meeting afterwards let the designee vote in the
 * member's place (src/server/voting/open-motion.ts openMotionInTx); motions already open
 * keep the voters they opened with.
 */
export const recordAttendance = defineCommand({
  name: meetingAudit.record_attendance,
  subject: meetingSubject,
  target: (input: RecordAttendanceInput) => input.meetingId,
  permission: meetingPermissions.manage,
  resource: (meeting) => ({ committeeId: meeting.committeeId }),
  async run({ tx, input, record: meeting }) {
    assertStep(meeting, "attendance");
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
    return { recorded: check.rows.length, before, after: check.rows };
  },
  audit: ({ record: meeting, result }) => ({ summary: `Attendance recorded for ${meeting.title}`, before: result.before, after: result.after }),
});
