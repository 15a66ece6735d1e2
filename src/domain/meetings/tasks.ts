/**
 * Meetings as someone's task (src/domain/home/tasks.ts): the chair records attendance at a
 * meeting in progress; whoever keeps the minutes (the chair, and for an ESC the M&O Contract
 * Manager: permissions.ts) posts them after adjournment; an action item's owner does it and
 * marks it done. Asked of the meeting permissions and the meeting's steps, as the commands ask.
 */
import { addDays, californiaDayStart, type Day } from "@/domain/calendar/day";
import type { Task } from "@/domain/home/tasks";
import { canTake, type MeetingStatus } from "@/domain/meetings/meeting-status";
import { meetingPermissions } from "@/domain/meetings/permissions";
import { refusalOf, type Principal } from "@/lib/permissions";

export interface MeetingTaskFacts {
  id: string;
  title: string;
  committeeId: string;
  committeeName: string;
  committeeKind: string;
  consortiumId: string | null;
  status: MeetingStatus;
  startsAt: Date;
  attendanceRecorded: boolean;
  minutes: "NONE" | "DRAFT" | "PUBLISHED";
}

export interface ActionItemTaskFacts {
  id: string;
  title: string;
  meetingId: string;
  meetingTitle: string;
  createdAt: Date;
  /** The day it is due (a calendar day). */
  dueOn: Day;
}

export function meetingTasks(principal: Principal, meeting: MeetingTaskFacts): Task[] {
  const committee = { committeeId: meeting.committeeId, consortiumId: meeting.consortiumId, committeeKind: meeting.committeeKind };
  const task = (action: string, why: string, section: string): Task => ({
    key: `meeting:${meeting.id}:${section}`,
    area: "Meeting",
    action,
    subject: `${meeting.title} (${meeting.committeeName})`,
    why,
    since: meeting.startsAt,
    due: null,
    href: `/meetings/${meeting.id}#${section}`,
  });
  const tasks: Task[] = [];
  if (
    meeting.status === "IN_PROGRESS" &&
    !meeting.attendanceRecorded &&
    canTake(meeting.status, "attendance") &&
    refusalOf(principal, meetingPermissions.manage, committee) === null
  ) {
    tasks.push(task("Record attendance", "The meeting is in progress and its attendance is not recorded; you chair it.", "attendance"));
  }
  if (
    meeting.minutes !== "PUBLISHED" &&
    canTake(meeting.status, "publishMinutes") &&
    refusalOf(principal, meetingPermissions.manageMinutes, committee) === null
  ) {
    tasks.push(
      task(
        meeting.minutes === "NONE" ? "Draft and post the minutes" : "Post the minutes",
        "The meeting is adjourned; Governance plan 2.10: minutes are posted to the consortia websites.",
        "minutes",
      ),
    );
  }
  return tasks;
}

/** Product rule: an action item is its owner's task until they mark it done (its status is theirs to change). */
export function actionItemTask(item: ActionItemTaskFacts): Task {
  return {
    key: `action-item:${item.id}`,
    area: "Action item",
    action: "Do it, then mark it done",
    subject: item.title,
    why: `Assigned to you at ${item.meetingTitle}.`,
    since: item.createdAt,
    // Due by the end of its day in California: the day is the last one it is on time.
    due: californiaDayStart(addDays(item.dueOn, 1)),
    href: `/meetings/${item.meetingId}#action-items`,
  };
}
