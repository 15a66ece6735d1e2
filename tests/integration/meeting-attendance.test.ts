import { describe, expect, it } from "vitest";
import { californiaInstant } from "@/domain/calendar/california-time";
import { db } from "@/lib/db/client";
import { addAgendaItem } from "@/server/meetings/agenda-items";
import { recordAttendance } from "@/server/meetings/attendance";
import { scheduleMeeting, startMeeting } from "@/server/meetings/meetings";
import { getMeeting } from "@/server/meetings/queries";
import { openMotion, openMotionInTx } from "@/server/voting/open-motion";
import { actor, makeUser } from "../support/identity.ts";

/** An ESC with a chair and `voting` voting members, the chair granted the chair's role. */
async function escWith(voting: number) {
  const tag = crypto.randomUUID().slice(0, 8);
  const consortium = await db.consortium.create({ data: { code: `A-${tag}`, name: `Attendance consortium ${tag}` } });
  const esc = await db.committee.create({ data: { code: `ESC-${tag}`, name: `Attendance ESC ${tag}`, kind: "ESC", consortiumId: consortium.id } });
  const chair = await makeUser(db, { name: `Chair ${tag}` });
  const members = await Promise.all(Array.from({ length: voting }, (_, index) => makeUser(db, { name: `Member ${index + 1} ${tag}` })));
  for (const [index, person] of [chair, ...members].entries()) {
    const seat = await db.seat.create({
      data: { committeeId: esc.id, title: index ? `Seat ${index}` : "Chair", kind: index ? "VOTING" : "CHAIR", sortOrder: index },
    });
    await db.term.create({ data: { seatId: seat.id, userId: person.id, startsOn: new Date("2025-07-01") } });
  }
  await db.roleAssignment.create({ data: { userId: chair.id, role: "ESC_CHAIR", scopeType: "COMMITTEE", committeeId: esc.id } });
  return { esc, chair, members };
}

function todayAt(time: string): Date {
  return californiaInstant(`${new Date().toLocaleDateString("en-CA", { timeZone: "America/Los_Angeles" })}T${time}`)!;
}

// Issue 13, item 5: a meeting could be started and motions opened without attendance ever saved.
describe("attendance comes first at a meeting", () => {
  it("refuses to open a motion at a meeting until its attendance is saved, and writes nothing", async () => {
    const { esc, chair, members } = await escWith(6);
    const ctx = await actor(db, chair.id);
    const { id } = await scheduleMeeting(ctx, { committeeId: esc.id, kind: "REGULAR", title: "Monthly", startsAt: todayAt("00:01"), location: null });
    await startMeeting(ctx, { meetingId: id });
    const item = await addAgendaItem(ctx, { meetingId: id, title: "A question", description: null, presenter: null });
    const open = () => openMotion(ctx, { committeeId: esc.id, question: "Approve it?", hoursOpen: 1, meetingId: id, agendaItemId: item.id });

    await expect(open()).rejects.toThrow("Record attendance before opening a motion.");
    expect(await db.motion.count({ where: { meetingId: id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "voting.open_motion", actorId: chair.id } })).toBe(0);

    // Present: the chair and four members; one absent, one represented by a designee.
    const designee = await makeUser(db, { name: "Dee Designee" });
    const status = (index: number) => (index === 5 ? "ABSENT" : index === 6 ? "DESIGNEE" : "PRESENT");
    await recordAttendance(ctx, {
      meetingId: id,
      entries: [chair, ...members].map((person, index) => ({
        userId: person.id,
        status: status(index),
        designeeEmail: status(index) === "DESIGNEE" ? designee.email : null,
      })),
    });
    const motion = await open();
    expect(await db.motion.findUniqueOrThrow({ where: { id: motion.id }, select: { meetingId: true, status: true } })).toEqual({
      meetingId: id,
      status: "OPEN",
    });

    // 7 voting seats; 6 present or represented; the default quorum is a majority of the seats, 4.
    const meeting = await getMeeting(id);
    expect(meeting?.quorum).toEqual({ recorded: true, present: 6, voting: 7, quorum: 4, met: true });

    // A second motion on the same item while the first is open is refused.
    await expect(open()).rejects.toThrow("A vote on this item is already open");
    // Two chairs' screens opening a vote on a fresh item at once: one opens, the other is refused.
    const other = await addAgendaItem(ctx, { meetingId: id, title: "Another question", description: null, presenter: null });
    const race = await Promise.allSettled(
      [1, 2].map(() => openMotion(ctx, { committeeId: esc.id, question: "Approve the other?", hoursOpen: 1, meetingId: id, agendaItemId: other.id })),
    );
    expect(race.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.motion.count({ where: { agendaItemId: other.id } })).toBe(1);
  });

  it("a vote between meetings, and a gate's vote opened ahead of a meeting, need no attendance", async () => {
    const { esc, chair } = await escWith(2);
    const ctx = await actor(db, chair.id);
    const between = await openMotion(ctx, { committeeId: esc.id, question: "Between meetings?", hoursOpen: 1 });
    expect(between.id).toBeTruthy();

    const { id } = await scheduleMeeting(ctx, { committeeId: esc.id, kind: "REGULAR", title: "Next month", startsAt: todayAt("23:00"), location: null });
    const gate = await db.$transaction((tx) =>
      openMotionInTx(
        tx,
        ctx,
        { committeeId: esc.id, question: "Gate?", deadline: new Date(Date.now() + 3_600_000), meetingId: id, subject: { type: "QUESTION", id: null } },
        new Date(),
      ),
    );
    expect(await db.motion.count({ where: { id: gate.id, meetingId: id } })).toBe(1);
    expect((await getMeeting(id))?.quorum).toEqual({ recorded: false, present: 0, voting: 3, quorum: 2, met: false });
  });
});
