import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDateTime, formatDay } from "@/lib/format";
import { ActionItems, AddActionItemForm } from "@/components/meetings/action-items";
import { InlineAction } from "@/components/meetings/action-form";
import { Agenda } from "@/components/meetings/agenda";
import { AttendanceTable } from "@/components/meetings/attendance";
import { AttendanceForm } from "@/components/meetings/attendance-form";
import { MEETING_KIND_LABELS, MEETING_STATUS } from "@/components/meetings/labels";
import { MaterialForm } from "@/components/meetings/material-form";
import { MaterialList } from "@/components/meetings/materials";
import { MeetingDetailsForm } from "@/components/meetings/meeting-details-form";
import { Decisions, OpenMotions } from "@/components/meetings/meeting-motions";
import { MeetingMotionForm } from "@/components/meetings/meeting-motion-form";
import { MeetingSteps } from "@/components/meetings/meeting-steps";
import { MinutesDocument } from "@/components/meetings/minutes-document";
import { MinutesEditor } from "@/components/meetings/minutes-editor";
import { Alert } from "@/components/ui/alert";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { LiveRefresh } from "@/components/voting/live-refresh";
import { californiaLocalTime } from "@/domain/calendar/california-time";
import { canTake } from "@/domain/meetings/meeting-status";
import { can } from "@/lib/permissions";
import { requirePermission } from "@/server/session";
import { getMeeting } from "@/server/meetings/queries";
import { ACCEPTED_DESCRIPTION, ACCEPTED_EXTENSIONS } from "@/domain/storage/uploads";
import * as act from "@/app/(app)/meetings/actions";
import { meetingPermissions } from "@/domain/meetings/permissions";
import { draftMinutesSchema, editMeetingSchema } from "@/domain/meetings/schemas";
import { fieldsOf } from "@/lib/form-fields";
import { governancePermissions } from "@/domain/governance/permissions";

export const metadata: Metadata = { title: "Meeting" };

const editField = fieldsOf(editMeetingSchema);
const draftField = fieldsOf(draftMinutesSchema);

export default async function MeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission(governancePermissions.read);
  const meeting = await getMeeting((await params).id);
  if (!meeting) notFound();
  const scope = { committeeId: meeting.committee.id, consortiumId: meeting.committee.consortiumId, committeeKind: meeting.committee.kind };
  const chairs = can(user, meetingPermissions.manage, scope);
  // For an ESC, the M&O Contract Manager coordinates the agenda too (Governance plan 2.10).
  const shapesAgenda = can(user, meetingPermissions.coordinateAgenda, scope);
  const writesMinutes = can(user, meetingPermissions.manageMinutes, scope);
  const step = (name: Parameters<typeof canTake>[1]) => canTake(meeting.status, name);
  const status = MEETING_STATUS[meeting.status];
  const open = meeting.motions.filter((motion) => motion.status === "OPEN");
  const closed = meeting.motions.filter((motion) => motion.status === "CLOSED");
  const minutes = meeting.minutes;

  return (
    <>
      {meeting.status === "IN_PROGRESS" ? <LiveRefresh everyMs={3000} /> : null}
      <PageHeader
        back={{ href: `/committees/${meeting.committee.id}`, label: meeting.committee.name }}
        title={meeting.title}
        description={
          <>
            <Badge tone={status.tone}>{status.label}</Badge> {MEETING_KIND_LABELS[meeting.kind]} meeting of the {meeting.committee.name},{" "}
            {formatDateTime(meeting.startsAt)}
            {meeting.location ? ` · ${meeting.location}` : ""}.
          </>
        }
        actions={
          chairs ? (
            <MeetingSteps
              meetingId={meeting.id}
              status={meeting.status}
              actions={{ start: act.startMeetingAction, adjourn: act.adjournMeetingAction, cancel: act.cancelMeetingAction }}
            />
          ) : null
        }
      />
      {chairs && step("edit") ? (
        <details className="mb-6 rounded-lg border border-slate-200 bg-white p-5">
          <summary className="cursor-pointer font-medium text-brand-700">Change the meeting&apos;s details</summary>
          <div className="mt-4">
            <MeetingDetailsForm
              action={act.editMeetingAction}
              fields={{ [editField.meetingId]: meeting.id, [editField.version]: String(meeting.version) }}
              current={{ kind: meeting.kind, title: meeting.title, startsAt: californiaLocalTime(meeting.startsAt), location: meeting.location }}
              submitLabel="Save the details"
            />
          </div>
        </details>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card title="Agenda">
            <Agenda
              meeting={meeting}
              canMove={chairs && meeting.status === "IN_PROGRESS"}
              actions={
                shapesAgenda && step("agenda")
                  ? {
                      add: act.addAgendaItemAction,
                      edit: act.editAgendaItemAction,
                      remove: act.removeAgendaItemAction,
                      move: act.moveAgendaItemAction,
                      openMotion: act.openMeetingMotionAction,
                      routeToPolicyBranch: act.routeToPolicyBranchAction,
                    }
                  : null
              }
            />
          </Card>
          {meeting.status === "IN_PROGRESS" || open.length ? (
            <Card title="Motions being voted on">
              <OpenMotions motions={open} userId={user.id} closeAction={chairs ? act.closeMeetingMotionAction : null} />
              {chairs && meeting.status === "IN_PROGRESS" ? (
                <details className="mt-4">
                  <summary className="cursor-pointer text-sm font-medium text-brand-700">Open a motion not tied to an agenda item</summary>
                  <div className="mt-2">
                    <MeetingMotionForm action={act.openMeetingMotionAction} committeeId={meeting.committee.id} meetingId={meeting.id} agendaItem={null} />
                  </div>
                </details>
              ) : null}
            </Card>
          ) : null}
          <Card title="Decisions">
            <Decisions motions={closed} />
          </Card>
          <Card title="Action items">
            <ActionItems items={meeting.actionItems} userId={user.id} chairs={chairs} updateAction={step("actionItems") ? act.updateActionItemAction : null} />
            {chairs && step("actionItems") ? (
              <div className="mt-4 border-t border-slate-100 pt-4">
                <AddActionItemForm meetingId={meeting.id} people={meeting.people} action={act.addActionItemAction} />
              </div>
            ) : null}
          </Card>
          <Card title="Minutes">
            {minutes?.status === "PUBLISHED" ? (
              <Alert tone="success" title={`Published ${formatDateTime(minutes.publishedAt)}`}>
                Everyone can read them at{" "}
                <Link href={`/minutes/${minutes.id}`} className="underline">
                  the public minutes page
                </Link>
                .
              </Alert>
            ) : minutes && writesMinutes ? (
              <MinutesEditor
                meetingId={meeting.id}
                minutes={minutes}
                canPublish={step("publishMinutes")}
                actions={{ edit: act.editMinutesAction, publish: act.publishMinutesAction, draft: act.draftMinutesAction }}
              />
            ) : minutes ? (
              <>
                <Alert tone="info">Draft: not yet published.</Alert>
                <div className="mt-4">
                  <MinutesDocument body={minutes.body} />
                </div>
              </>
            ) : writesMinutes && step("draftMinutes") ? (
              <div className="space-y-3">
                <p className="text-sm text-slate-700">
                  Draft the minutes from the record: attendance, agenda, decisions with their roll call, and action items. You can edit the draft before
                  publishing it.
                </p>
                <InlineAction action={act.draftMinutesAction} fields={{ [draftField.meetingId]: meeting.id }} label="Draft the minutes" variant="primary" />
              </div>
            ) : (
              <p className="text-sm text-slate-700">Minutes are drafted once the meeting has started.</p>
            )}
          </Card>
        </div>
        <div className="space-y-6">
          <Card title="Attendance">
            {chairs && step("attendance") ? (
              <AttendanceForm meetingId={meeting.id} rows={meeting.attendance} action={act.recordAttendanceAction} />
            ) : (
              <AttendanceTable rows={meeting.attendance} />
            )}
          </Card>
          <Card title="Materials">
            <p className="text-sm text-slate-700">Due by {formatDay(meeting.materialsDueOn)}, three days before the meeting.</p>
            <MaterialList meetingId={meeting.id} materials={meeting.materials} />
            {chairs && step("materials") ? (
              <div className="mt-4 border-t border-slate-100 pt-4">
                <MaterialForm
                  action={act.postMaterialAction}
                  meetingId={meeting.id}
                  agendaItems={meeting.agendaItems}
                  accept={ACCEPTED_EXTENSIONS}
                  acceptDescription={ACCEPTED_DESCRIPTION}
                  due={`Material posted after ${formatDay(meeting.materialsDueOn)} is flagged “Posted late”.`}
                />
              </div>
            ) : null}
          </Card>
        </div>
      </div>
    </>
  );
}
