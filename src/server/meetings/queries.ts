import "server-only";
import { cache } from "react";
import { californiaDay } from "@/domain/calendar/california-day";
import { meetingQuorum } from "@/domain/meetings/attendance";
import { materialsDueFor } from "@/domain/meetings/materials";
import { monthsToCheck, monthsWithoutMeeting, mustMeetMonthly } from "@/domain/meetings/meeting-months";
import { db } from "@/lib/db/client";
import { getMotion } from "@/server/voting/queries";
import { agendaSubjects } from "@/server/meetings/agenda-subjects";
import { seatHoldersOn } from "@/server/meetings/seat-holders";

const MATERIAL = { id: true, title: true, postedAt: true, late: true, file: { select: { fileName: true, size: true } } } as const;

/**
 * One meeting as its page shows it: agenda with materials, attendance, motions, action items,
 * minutes. Cached for the request: the page's title and its body read the same meeting once.
 */
export const getMeeting = cache(async function getMeeting(id: string) {
  const meeting = await db.meeting.findUnique({
    where: { id },
    select: {
      id: true,
      kind: true,
      title: true,
      startsAt: true,
      location: true,
      status: true,
      version: true,
      committee: { select: { id: true, name: true, consortiumId: true, kind: true, quorumRule: true } },
      createdBy: { select: { name: true } },
      agendaItems: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          title: true,
          description: true,
          presenter: true,
          sourceType: true,
          sourceId: true,
          policyRoutedAt: true,
          policyNote: true,
          materials: { orderBy: { postedAt: "asc" }, select: MATERIAL },
        },
      },
      materials: { where: { agendaItemId: null }, orderBy: { postedAt: "asc" }, select: MATERIAL },
      attendance: { select: { userId: true, status: true, designee: { select: { name: true, email: true } } } },
      actionItems: {
        orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
        select: { id: true, title: true, dueOn: true, status: true, version: true, owner: { select: { id: true, name: true } } },
      },
      motions: { orderBy: { openedAt: "asc" }, select: { id: true, agendaItemId: true } },
      minutes: {
        select: { id: true, status: true, body: true, version: true, draftedAt: true, editedAt: true, publishedAt: true, editedBy: { select: { name: true } } },
      },
    },
  });
  if (!meeting) return null;
  const subjects = await agendaSubjects(meeting.agendaItems);
  // Each motion once, with the item it decides: moved on the item at this meeting, or on the item's subject.
  const itemOf = new Map<string, string | null>(meeting.motions.map((motion) => [motion.id, motion.agendaItemId]));
  for (const [itemId, { motionIds }] of subjects) for (const motionId of motionIds) if (!itemOf.get(motionId)) itemOf.set(motionId, itemId);
  const atMeeting = new Set(meeting.motions.map((motion) => motion.id));
  const [holders, motions, people] = await Promise.all([
    seatHoldersOn(db, meeting.committee.id, meeting.startsAt),
    Promise.all([...itemOf.keys()].map((id) => getMotion(id))),
    meetingPeople(meeting.committee.id, meeting.committee.consortiumId),
  ]);
  const recorded = new Map(meeting.attendance.map((row) => [row.userId, row]));
  const attendance = holders.map((holder) => ({ ...holder, record: recorded.get(holder.userId) ?? null }));
  return {
    ...meeting,
    materialsDueOn: materialsDueFor(meeting),
    attendance,
    quorum: meetingQuorum(
      attendance.map((row) => ({ ...row, status: row.record?.status ?? null })),
      meeting.committee.quorumRule,
    ),
    agendaItems: meeting.agendaItems.map((item) => ({ ...item, subject: subjects.get(item.id)?.subject ?? null })),
    motions: motions
      .flatMap((motion) => (motion ? [{ ...motion, agendaItemId: itemOf.get(motion.id) ?? null, atMeeting: atMeeting.has(motion.id) }] : []))
      .sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime()),
    people,
  };
});

export type MeetingDetail = NonNullable<Awaited<ReturnType<typeof getMeeting>>>;

/** Who can own an action item: today's seat holders of the committee and of its consortium's committees. */
async function meetingPeople(committeeId: string, consortiumId: string | null) {
  const today = californiaDay(new Date());
  const terms = await db.term.findMany({
    where: {
      seat: { committee: consortiumId ? { OR: [{ id: committeeId }, { consortiumId }] } : { id: committeeId } },
      startsOn: { lte: today },
      OR: [{ endsOn: null }, { endsOn: { gte: today } }],
      user: { status: "ACTIVE" },
    },
    select: { user: { select: { id: true, name: true } } },
  });
  const people = new Map(terms.map((term) => [term.user.id, term.user]));
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name));
}

const LISTED = { id: true, kind: true, title: true, startsAt: true, location: true, status: true, minutes: { select: { id: true, status: true } } } as const;

/**
 * A committee's meetings for its page: upcoming ones, the last year's past ones, items
 * waiting for the next meeting, and, for an ESC, the months without a held meeting (Governance plan 2.9).
 */
export async function getCommitteeMeetings(committeeId: string, now = new Date()) {
  const today = californiaDay(now);
  const [upcoming, past, waiting, first, held, committee] = await Promise.all([
    db.meeting.findMany({
      where: { committeeId, OR: [{ status: "IN_PROGRESS" }, { status: "SCHEDULED", startsAt: { gte: today } }] },
      orderBy: { startsAt: "asc" },
      select: LISTED,
    }),
    db.meeting.findMany({
      where: { committeeId, OR: [{ status: { in: ["ADJOURNED", "CANCELLED"] } }, { status: "SCHEDULED", startsAt: { lt: today } }] },
      orderBy: { startsAt: "desc" },
      take: 12,
      select: LISTED,
    }),
    db.agendaItem.findMany({
      where: { committeeId, meetingId: null },
      orderBy: { createdAt: "asc" },
      select: { id: true, title: true, description: true, createdAt: true },
    }),
    db.meeting.findFirst({ where: { committeeId, status: { not: "CANCELLED" } }, orderBy: { startsAt: "asc" }, select: { startsAt: true } }),
    db.meeting.findMany({
      where: { committeeId, status: { in: ["IN_PROGRESS", "ADJOURNED"] }, startsAt: { gte: new Date(now.getTime() - 400 * 86_400_000) } },
      select: { startsAt: true },
    }),
    db.committee.findUnique({ where: { id: committeeId }, select: { kind: true } }),
  ]);
  const window = committee && mustMeetMonthly(committee.kind) ? monthsToCheck(first?.startsAt ?? null, now) : null;
  const missedMonths = window
    ? monthsWithoutMeeting(
        held.map((meeting) => meeting.startsAt),
        window.from,
        window.through,
      )
    : [];
  return { upcoming, past, waiting, missedMonths };
}

export type CommitteeMeetings = Awaited<ReturnType<typeof getCommitteeMeetings>>;

/**
 * For a member's home page: the next meeting of each of their committees (one in progress,
 * or the earliest scheduled from today on), soonest first, with how many agenda items it has.
 */
export async function nextMeetingsOf(committeeIds: readonly string[], now = new Date()) {
  if (!committeeIds.length) return [];
  return db.meeting.findMany({
    where: { committeeId: { in: [...committeeIds] }, OR: [{ status: "IN_PROGRESS" }, { status: "SCHEDULED", startsAt: { gte: californiaDay(now) } }] },
    orderBy: { startsAt: "asc" },
    // The first per committee in that order. (A fixed `take` before picking could miss a
    // committee whose next meeting comes after another committee's many.)
    distinct: ["committeeId"],
    select: {
      id: true,
      title: true,
      kind: true,
      startsAt: true,
      location: true,
      status: true,
      committeeId: true,
      committee: { select: { name: true } },
      _count: { select: { agendaItems: true } },
    },
  });
}

export type NextMeeting = Awaited<ReturnType<typeof nextMeetingsOf>>[number];
