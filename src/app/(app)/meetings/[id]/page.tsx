import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDateTime, formatDay } from "@/lib/format";
import { ActionItems, AddActionItemForm } from "@/components/meetings/action-items";
import { InlineAction } from "@/components/meetings/action-form";
import { Agenda } from "@/components/meetings/agenda";
import { AttendanceSummary } from "@/components/meetings/attendance";
import { AttendanceForm } from "@/components/meetings/attendance-form";
import { MEETING_KIND_LABELS, MEETING_STATUS } from "@/components/meetings/labels";
import { MaterialForm } from "@/components/meetings/material-form";
import { MaterialList } from "@/components/meetings/materials";
import { MeetingDetailsForm } from "@/components/meetings/meeting-details-form";
import { Decisions, OpenMotions } from "@/components/meetings/meeting-motions";
import { MeetingMotionForm } from "@/components/meetings/meeting-motion-form";
import { LiveAgenda } from "@/components/meetings/live-agenda";
import { MeetingSteps } from "@/components/meetings/meeting-steps";
import { MinutesDocument } from "@/components/meetings/minutes-document";
import { MinutesEditor } from "@/components/meetings/minutes-editor";
import { Alert } from "@/components/ui/alert";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { LiveRefresh } from "@/components/voting/live-refresh";
import { californiaLocalTime } from "@/domain/calendar/california-time";
import { currentAgendaItem, nextAgendaItem } from "@/domain/meetings/current-item";
import { canTake } from "@/domain/meetings/meeting-status";
import { can } from "@/lib/permissions";
import { requirePermission } from "@/server/session";
import { getMeeting, type MeetingDetail } from "@/server/meetings/queries";
import { ACCEPTED_DESCRIPTION, ACCEPTED_EXTENSIONS } from "@/domain/storage/uploads";
import * as act from "@/app/(app)/meetings/actions";
import { meetingPermissions } from "@/domain/meetings/permissions";
import { draftMinutesSchema, editMeetingSchema } from "@/domain/meetings/schemas";
import { fieldsOf } from "@/lib/form-fields";
import { governancePermissions } from "@/domain/governance/permissions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ item?: string | string[] }> };

const SHORT_DAY = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "America/Los_Angeles" });

/** The tab names the meeting: "ESC monthly meeting, Dec 9 · CCSAS Governance". */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const meeting = await getMeeting((await params).id);
  return { title: meeting ? `${meeting.title}, ${SHORT_DAY.format(meeting.startsAt)}` : "Meeting" };
}

const editField = fieldsOf(editMeetingSchema);
const ATTENDANCE_HEADING = "attendance-heading";
const draftField = fieldsOf(draftMinutesSchema);

export default async function MeetingPage({ params, searchParams }: Props) {
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
  const live = meeting.status === "IN_PROGRESS";
  // Motions moved at the meeting without an agenda item; those on items show with their item.
  const general = meeting.motions.filter((motion) => motion.status === "OPEN" && !motion.agendaItemId);
  const closed = meeting.motions.filter((motion) => motion.status === "CLOSED" && motion.atMeeting);
  const minutes = meeting.minutes;
  const chosen = (await searchParams).item;
  const currentItemId = currentAgendaItem(meeting.agendaItems, meeting.motions, chairs && typeof chosen === "string" ? chosen : null);
  const nextItemId = nextAgendaItem(meeting.agendaItems, meeting.motions, currentItemId);
  const attendanceSaved = meeting.quorum.recorded;
  const agendaActions =
    shapesAgenda && step("agenda")
      ? {
          add: act.addAgendaItemAction,
          edit: act.editAgendaItemAction,
          remove: act.removeAgendaItemAction,
          move: act.moveAgendaItemAction,
          routeToPolicyBranch: act.routeToPolicyBranchAction,
        }
      : null;
  const attendance = (
    <section id="attendance" aria-labelledby={ATTENDANCE_HEADING} className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id={ATTENDANCE_HEADING} tabIndex={-1} className="mb-3 outline-none">
        Attendance
      </h2>
      {chairs && step("attendance") && !attendanceSaved ? (
        <>
          <p className="mb-3 text-sm text-slate-700">
            {meeting.status === "SCHEDULED"
              ? "Record attendance as the meeting begins, a choice for every member: motions open at the meeting once it is saved."
              : "Record who is here first: attendance decides the quorum and who votes through a designee, and motions open once it is saved."}
          </p>
          <AttendanceForm meetingId={meeting.id} rows={meeting.attendance} action={act.recordAttendanceAction} focusAfterSave={ATTENDANCE_HEADING} />
        </>
      ) : attendanceSaved ? (
        <>
          <AttendanceSummary rows={meeting.attendance} quorum={meeting.quorum} />
          {chairs && step("attendance") ? (
            <details className="mt-3">
              <summary className="cursor-pointer text-sm font-medium text-brand-700">Edit attendance</summary>
              <div className="mt-3">
                <AttendanceForm meetingId={meeting.id} rows={meeting.attendance} action={act.recordAttendanceAction} focusAfterSave={ATTENDANCE_HEADING} />
              </div>
            </details>
          ) : null}
        </>
      ) : meeting.attendance.length === 0 ? (
        <p className="text-sm text-slate-700">Nobody held a seat on this committee on the meeting day.</p>
      ) : (
        <p className="text-sm text-slate-700">{ATTENDANCE_NOT_YET[meeting.status]}</p>
      )}
    </section>
  );

  const due = meeting.materialsDueOn;
  const minutesCard = (
    <Card id="minutes" title="Minutes">
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
            Draft the minutes from the record: attendance, agenda, decisions with their roll call, and action items. You can edit the draft before publishing
            it.
          </p>
          <InlineAction action={act.draftMinutesAction} fields={{ [draftField.meetingId]: meeting.id }} label="Draft the minutes" variant="primary" />
        </div>
      ) : (
        <p className="text-sm text-slate-700">
          {writesMinutes && meeting.status === "SCHEDULED"
            ? "Once the meeting has started, you draft its minutes here from the record."
            : MINUTES_NOT_YET[meeting.status]}
        </p>
      )}
    </Card>
  );
  const materialsCard = (
    <Card id="materials" title="Materials">
      <p className="text-sm text-slate-700">
        {due
          ? `Due by ${formatDay(due)}, three days before the meeting.`
          : "An emergency meeting: materials are posted as soon as they are ready, and none is flagged late."}
      </p>
      <MaterialList meetingId={meeting.id} materials={meeting.materials} />
      {chairs && step("materials") ? (
        <div className="mt-4 border-t border-slate-100 pt-4">
          <MaterialForm
            action={act.postMaterialAction}
            meetingId={meeting.id}
            agendaItems={meeting.agendaItems}
            accept={ACCEPTED_EXTENSIONS}
            acceptDescription={ACCEPTED_DESCRIPTION}
            due={due ? `Material posted after ${formatDay(due)} is flagged “Posted late”.` : "The three-day rule does not apply to an emergency meeting."}
          />
        </div>
      ) : null}
    </Card>
  );
  const decisionsCard = (
    <Card title="Decisions">
      <Decisions motions={closed} />
    </Card>
  );
  const actionItemsCard = (
    <Card id="action-items" title="Action items">
      <ActionItems items={meeting.actionItems} userId={user.id} chairs={chairs} updateAction={step("actionItems") ? act.updateActionItemAction : null} />
      {chairs && step("actionItems") ? (
        <div className="mt-4 border-t border-slate-100 pt-4">
          <AddActionItemForm meetingId={meeting.id} people={meeting.people} action={act.addActionItemAction} />
        </div>
      ) : null}
    </Card>
  );

  return (
    <>
      {live ? <LiveRefresh everyMs={3000} /> : null}
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
      {live ? (
        // The meeting as the room runs it: who is here, the item it is on with its vote, what comes next.
        <div className="space-y-6">
          {attendance}
          <LiveAgenda
            meeting={meeting}
            currentItemId={currentItemId}
            nextItemId={nextItemId}
            userId={user.id}
            chair={chairs ? { openMotion: act.openMeetingMotionAction, closeMotion: act.closeMeetingMotionAction, attendanceSaved } : null}
          />
          {general.length ? (
            <Card title="Motions not on the agenda">
              <OpenMotions motions={general} userId={user.id} closeAction={chairs ? act.closeMeetingMotionAction : null} empty={false} />
            </Card>
          ) : null}
          {chairs && attendanceSaved ? (
            <details className="rounded-lg border border-slate-200 bg-white p-5">
              <summary className="cursor-pointer font-medium text-brand-700">Open a motion not tied to an agenda item</summary>
              <div className="mt-3">
                <MeetingMotionForm action={act.openMeetingMotionAction} committeeId={meeting.committee.id} meetingId={meeting.id} agendaItem={null} />
              </div>
            </details>
          ) : null}
          {agendaActions ? (
            <details className="rounded-lg border border-slate-200 bg-white p-5">
              <summary className="cursor-pointer font-medium text-brand-700">Edit agenda</summary>
              <p className="mt-2 text-sm text-slate-700">Add, reword, reorder or remove items, or route one to the Policy Branch.</p>
              <div className="mt-4">
                <Agenda meeting={meeting} actions={agendaActions} />
              </div>
            </details>
          ) : null}
          <div className="grid gap-6 lg:grid-cols-3">
            <div className="space-y-6 lg:col-span-2">
              {decisionsCard}
              {actionItemsCard}
              {minutesCard}
            </div>
            <div className="space-y-6">{materialsCard}</div>
          </div>
        </div>
      ) : (
        <div className="grid gap-6 lg:grid-cols-3">
          <div className="space-y-6 lg:col-span-2">
            <Card title="Agenda">
              <Agenda meeting={meeting} actions={agendaActions} />
            </Card>
            {general.length ? (
              <Card title="Motions being voted on">
                <OpenMotions motions={general} userId={user.id} closeAction={chairs ? act.closeMeetingMotionAction : null} />
              </Card>
            ) : null}
            {decisionsCard}
            {actionItemsCard}
            {minutesCard}
          </div>
          <div className="space-y-6">
            {attendance}
            {materialsCard}
          </div>
        </div>
      )}
    </>
  );
}

/** Attendance not saved, for someone who does not record it. */
const ATTENDANCE_NOT_YET: Record<MeetingDetail["status"], string> = {
  SCHEDULED: "Not recorded yet: the chair records who is present when the meeting begins.",
  IN_PROGRESS: "Not recorded yet: the chair is recording who is present.",
  ADJOURNED: "Attendance was not recorded.",
  CANCELLED: "This meeting was cancelled.",
};

/** Where the minutes stand for someone who does not write them. */
const MINUTES_NOT_YET: Record<MeetingDetail["status"], string> = {
  SCHEDULED: "The chair drafts the minutes from the meeting's record once it has started; they are published here after the meeting.",
  IN_PROGRESS: "The meeting is in progress. The chair drafts the minutes from its record; they are published here after the meeting.",
  ADJOURNED: "The minutes are not drafted yet. Once the chair publishes them, everyone can read them.",
  CANCELLED: "This meeting was cancelled; it has no minutes.",
};
