import "server-only";
import type { MeetingKind, MeetingStatus, MeetingStep } from "@/domain/meetings/meeting-status";
import { refusal } from "@/domain/meetings/meeting-status";
import { defineSubject } from "@/lib/command";
import type { Tx } from "@/lib/db/client";
import { NotFoundError, UserError } from "@/lib/errors";

export interface LockedMeeting {
  id: string;
  committeeId: string;
  /** The committee's consortium and kind: who coordinates its agenda and minutes depends on them. */
  consortiumId: string | null;
  committeeKind: string;
  status: MeetingStatus;
  kind: MeetingKind;
  startsAt: Date;
  title: string;
  version: number;
}

/**
 * Every change to a meeting or what belongs to it locks the meeting's row for the
 * transaction, so a start, a cancel and an agenda change never interleave, on any instance.
 */
async function lockMeetingRow(tx: Tx, meetingId: string): Promise<LockedMeeting> {
  const [meeting] = await tx.$queryRaw<LockedMeeting[]>`
    SELECT m.id, m."committeeId", c."consortiumId", c.kind::text AS "committeeKind", m.status::text AS status, m.kind::text AS kind, m."startsAt", m.title, m.version
      FROM "Meeting" m JOIN "Committee" c ON c.id = m."committeeId"
     WHERE m.id = ${meetingId} FOR UPDATE OF m`;
  if (!meeting) throw new NotFoundError("That meeting");
  return meeting;
}

/** What the meeting permissions are asked about: its committee, with the committee's consortium and kind. */
export function committeeScopeOf(meeting: Pick<LockedMeeting, "committeeId" | "consortiumId" | "committeeKind">) {
  return { committeeId: meeting.committeeId, consortiumId: meeting.consortiumId, committeeKind: meeting.committeeKind };
}

/** The pages that show a meeting: its own, and its committee's list of meetings. */
const meetingPaths = (meeting: LockedMeeting) => [`/meetings/${meeting.id}`, `/committees/${meeting.committeeId}`];

/** The step must fit where the meeting is (src/domain/meetings/meeting-status.ts); every command asks first. */
export function assertStep(meeting: { status: MeetingStatus }, step: MeetingStep): void {
  const reason = refusal(meeting.status, step);
  if (reason) throw new UserError(reason);
}

/** A meeting, locked FOR UPDATE. */
export const meetingSubject = defineSubject({
  type: "Meeting",
  lock: (tx, id) => lockMeetingRow(tx, id),
  idOf: (meeting) => meeting.id,
  paths: meetingPaths,
});

/** Finds which meeting a record belongs to (to lock the meeting before the record is read). */
async function meetingOf(tx: Tx, meetingId: string | null | undefined, what: string): Promise<LockedMeeting> {
  if (!meetingId) throw new NotFoundError(what);
  return lockMeetingRow(tx, meetingId);
}

/** An agenda item on a meeting's agenda: the meeting is locked first, then the item read. Audited on the meeting. */
export const agendaItemSubject = defineSubject({
  type: "Meeting",
  async lock(tx, id) {
    const ref = await tx.agendaItem.findUnique({ where: { id }, select: { meetingId: true } });
    const meeting = await meetingOf(tx, ref?.meetingId, "That agenda item");
    const item = await tx.agendaItem.findFirst({
      where: { id, meetingId: meeting.id },
      select: { id: true, meetingId: true, title: true, description: true, presenter: true, position: true, sourceType: true },
    });
    if (!item) throw new NotFoundError("That agenda item");
    return { meeting, item };
  },
  idOf: ({ meeting }) => meeting.id,
  paths: ({ meeting }) => meetingPaths(meeting),
});

/** An action item: its meeting locked first, then the item read. */
export const actionItemSubject = defineSubject({
  type: "ActionItem",
  async lock(tx, id) {
    const ref = await tx.actionItem.findUnique({ where: { id }, select: { meetingId: true } });
    const meeting = await meetingOf(tx, ref?.meetingId, "That action item");
    const item = await tx.actionItem.findUniqueOrThrow({
      where: { id },
      select: { id: true, title: true, ownerId: true, dueOn: true, status: true, version: true },
    });
    return { meeting, item };
  },
  idOf: ({ item }) => item.id,
  paths: ({ meeting }) => meetingPaths(meeting),
});

/** A meeting's minutes, locked FOR UPDATE, with their meeting (read, not locked: minutes first, as always). */
export const minutesSubject = defineSubject({
  type: "Minutes",
  async lock(tx, id) {
    const [minutes] = await tx.$queryRaw<
      { id: string; meetingId: string; status: string; version: number; editedAt: Date | null; editedById: string | null }[]
    >`
      SELECT id, "meetingId", status::text AS status, version, "editedAt", "editedById" FROM "Minutes" WHERE id = ${id} FOR UPDATE`;
    if (!minutes) throw new NotFoundError("Those minutes");
    const meeting = await tx.meeting.findUniqueOrThrow({
      where: { id: minutes.meetingId },
      select: { id: true, title: true, status: true, committeeId: true, committee: { select: { name: true, consortiumId: true, kind: true } } },
    });
    return { minutes, meeting: { ...meeting, consortiumId: meeting.committee.consortiumId, committeeKind: meeting.committee.kind } };
  },
  idOf: ({ minutes }) => minutes.id,
  paths: ({ meeting }) => [`/meetings/${meeting.id}`, `/committees/${meeting.committeeId}`],
});
