/**
 * Meetings as someone's task (src/domain/home/tasks.ts): the chair records attendance at a
 * meeting in progress; whoever keeps the minutes (the chair, and for an ESC the M&O Contract
 * Manager: permissions.ts) posts them after adjournment; an action item's owner does it and
 * marks it done. Asked of the meeting permissions and the meeting's steps, as the commands ask.
 */
import type { Day } from "@/domain/calendar/day";
import { dueByEndOf, type Task } from "@/domain/home/tasks";
import { materialsDueFor } from "@/domain/meetings/materials";
import { canTake, type MeetingKind, type MeetingStatus } from "@/domain/meetings/meeting-status";
import { meetingPermissions } from "@/domain/meetings/permissions";
import { refusalOf, type Principal } from "@/lib/permissions";

export interface MeetingTaskFacts {
  id: string;
  title: string;
  committeeId: string;
  committeeName: string;
  committeeKind: string;
  consortiumId: string | null;
  createdAt: Date;
  status: MeetingStatus;
  kind: MeetingKind;
  startsAt: Date;
  agendaItems: number;
  materials: number;
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
  const task = (action: string, why: string, section: string, dates: Pick<Task, "since" | "due"> = { since: meeting.startsAt, due: null }): Task => ({
    key: `meeting:${meeting.id}:${section}`,
    area: "Meeting",
    action,
    subject: `${meeting.title} (${meeting.committeeName})`,
    why,
    ...dates,
    href: `/meetings/${meeting.id}#${section}`,
  });
  const tasks: Task[] = [];
  // Governance plan 2.10: "Whenever possible, background materials will be provided to the ESC at least three days in
  // advance of meetings". Product rule: a task once the meeting has an agenda and no material, due on that day.
  const materialsDue = materialsDueFor(meeting);
  if (
    meeting.status === "SCHEDULED" &&
    materialsDue &&
    meeting.agendaItems > 0 &&
    meeting.materials === 0 &&
    canTake(meeting.status, "materials") &&
    refusalOf(principal, meetingPermissions.manage, committee) === null
  ) {
    tasks.push(
      task("Post the background materials", "Governance plan 2.10: materials reach the members at least three days before the meeting.", "materials", {
        since: meeting.createdAt,
        ...dueByEndOf(materialsDue),
      }),
    );
  }
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
    ...dueByEndOf(item.dueOn),
    href: `/meetings/${item.meetingId}#action-items`,
  };
}
