import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { TASKS } from "@/server/jobs/tasks";
import { listNotifications, markAllNotificationsRead, markNotificationRead, unreadCount } from "@/server/notifications/inbox";
import { notify } from "@/server/notifications/notify";
import { listOutbox, outboxCounts } from "@/server/notifications/outbox";
import { sendReminders } from "@/server/notifications/reminders";
import { castBallot } from "@/server/voting/cast-ballot";
import { openMotion } from "@/server/voting/open-motion";
import { closeDueMotions } from "@/server/decisions/close-motion";
import { committeeWithSeats } from "../support/committees.ts";
import { actor, makeAdmin, makeUser } from "../support/identity.ts";
import { runDueJobs } from "../support/job-queue.ts";

const HOUR = 3_600_000;
let admin: Awaited<ReturnType<typeof makeAdmin>>;

beforeAll(async () => {
  delete process.env.SMTP_URL;
  admin = await makeAdmin(db);
});

const notice = (subject: string, extra: { dedupeKey?: string; link?: string } = {}) => ({ kind: "test.notice", subject, body: `About ${subject}.`, ...extra });

describe("notify without SMTP", () => {
  it("gives each recipient a notification and holds an e-mail with an absolute link in the outbox", async () => {
    const [ana, ben] = await Promise.all([makeUser(db), makeUser(db)]);
    const sent = await db.$transaction((tx) => notify(tx, [ana.id, ben.id, ana.id], notice("Budget", { link: "/motions/abc" })));
    expect(sent).toBe(2);
    const emails = await db.outboundEmail.findMany({ where: { toAddress: { in: [ana.email, ben.email] } } });
    expect(emails).toHaveLength(2);
    for (const email of emails) {
      expect(email).toMatchObject({ status: "HELD", subject: "Budget", attempts: 0, sentAt: null });
      expect(email.text).toContain("About Budget.");
      expect(email.text).toMatch(/Open it in CCSAS Governance: http:\/\/localhost:\d+\/motions\/abc/);
    }
  });

  it("sends nothing to a disabled account, and a rolled-back change notifies nobody", async () => {
    const gone = await makeUser(db, { status: "DISABLED" });
    expect(await db.$transaction((tx) => notify(tx, [gone.id], notice("Gone")))).toBe(0);
    const ana = await makeUser(db);
    await expect(
      db.$transaction(async (tx) => {
        await notify(tx, [ana.id], notice("Never"));
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.notification.count({ where: { userId: { in: [gone.id, ana.id] } } })).toBe(0);
    expect(await db.outboundEmail.count({ where: { toAddress: { in: [gone.email, ana.email] } } })).toBe(0);
  });

  it("sends a deduplicated notice once per person, even when two send it at the same moment", async () => {
    const [ana, ben] = await Promise.all([makeUser(db), makeUser(db)]);
    const counts = await Promise.all(
      Array.from({ length: 6 }, () => db.$transaction((tx) => notify(tx, [ana.id, ben.id], notice("Once", { dedupeKey: "once:1" })))),
    );
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(2);
    expect(await db.notification.count({ where: { dedupeKey: "once:1", userId: { in: [ana.id, ben.id] } } })).toBe(2);
    expect(await db.outboundEmail.count({ where: { toAddress: { in: [ana.email, ben.email] } } })).toBe(2);
  });
});

describe("the inbox", () => {
  it("lists a person's notices newest first, counts the unread, and pages", async () => {
    const [ana, ben] = await Promise.all([makeUser(db), makeUser(db)]);
    for (let i = 0; i < 52; i++) await db.$transaction((tx) => notify(tx, [ana.id], notice(`Notice ${i}`)));
    await db.$transaction((tx) => notify(tx, [ben.id], notice("Ben's")));
    expect(await unreadCount(ana.id)).toBe(52);
    const first = await listNotifications(ana.id);
    expect(first.notifications).toHaveLength(50);
    expect(first.notifications[0]!.subject).toBe("Notice 51");
    expect(first.notifications.every((item) => item.subject.startsWith("Notice"))).toBe(true);
    const second = await listNotifications(ana.id, first.nextAfter!);
    expect(second.notifications.map((item) => item.subject)).toEqual(["Notice 1", "Notice 0"]);
    expect(second.nextAfter).toBeNull();
  });

  it("marks one or all read, only ever the signed-in person's own", async () => {
    const [ana, ben] = await Promise.all([makeUser(db), makeUser(db)]);
    await db.$transaction((tx) => notify(tx, [ana.id, ben.id], notice("First")));
    await db.$transaction((tx) => notify(tx, [ana.id, ben.id], notice("Second")));
    const [anaCtx, benCtx] = await Promise.all([actor(db, ana.id), actor(db, ben.id)]);
    const anas = (await listNotifications(ana.id)).notifications;

    await expect(markNotificationRead(benCtx, { notificationId: anas[0]!.id })).rejects.toThrow(NotFoundError);
    expect(await unreadCount(ana.id)).toBe(2);

    await markNotificationRead(anaCtx, { notificationId: anas[0]!.id });
    await markNotificationRead(anaCtx, { notificationId: anas[0]!.id }); // already read: fine
    expect(await unreadCount(ana.id)).toBe(1);
    expect(await unreadCount(ben.id)).toBe(2);

    expect(await markAllNotificationsRead(benCtx, {})).toBe(2);
    expect(await unreadCount(ben.id)).toBe(0);
    expect(await unreadCount(ana.id)).toBe(1);
  });
});

describe("the outbox", () => {
  it("filters by status and counts each", async () => {
    const ana = await makeUser(db);
    await db.$transaction((tx) => notify(tx, [ana.id], notice("Held one")));
    const email = await db.outboundEmail.findFirstOrThrow({ where: { toAddress: ana.email } });
    await db.outboundEmail.create({
      data: { toAddress: ana.email, subject: "Failed one", text: "x", status: "FAILED", attempts: 5, lastError: "550 no such user" },
    });

    const counts = await outboxCounts();
    expect(counts.FAILED).toBeGreaterThanOrEqual(1);
    expect(counts.HELD).toBeGreaterThanOrEqual(1);
    const failed = await listOutbox({ status: "FAILED" });
    expect(failed.emails.every((row) => row.status === "FAILED")).toBe(true);
    expect(failed.emails.map((row) => row.subject)).toContain("Failed one");
    expect((await listOutbox({ status: "HELD" })).emails.map((row) => row.id)).toContain(email.id);
  });
});

describe("closing motions at their deadline", () => {
  it("closes a motion past its deadline exactly once when two runs overlap, records the result, audits it with no actor and tells the voters", async () => {
    const { committee, members } = await committeeWithSeats(db, 3);
    const opened = new Date(Date.now() - 3 * HOUR);
    const motion = await openMotion(await actor(db, admin.id), { committeeId: committee.id, question: "Close me at the deadline?", hoursOpen: 1 }, opened);
    const designee = await makeUser(db);
    await db.motionVoter.update({ where: { motionId_userId: { motionId: motion.id, userId: members[2]!.id } }, data: { designeeId: designee.id } });
    const voting = new Date(opened.getTime() + 10 * 60_000);
    await castBallot(await actor(db, members[0]!.id), { motionId: motion.id, choice: "approve" }, voting);
    await castBallot(await actor(db, members[1]!.id), { motionId: motion.id, choice: "approve" }, voting);

    const now = new Date();
    const runs = await Promise.all([closeDueMotions(now), closeDueMotions(now)]);
    expect(runs.reduce((sum, n) => sum + n, 0)).toBeGreaterThanOrEqual(1);

    const stored = await db.motion.findUniqueOrThrow({ where: { id: motion.id } });
    expect(stored.status).toBe("CLOSED");
    expect(stored.result).toMatchObject({ passed: true, votesCast: 2, explanation: "Passed: 2 of 2 votes cast approve; quorum of 2 met." });
    const audits = await db.auditEvent.findMany({ where: { entityId: motion.id, action: "voting.close_motion" } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: null, actorEmail: null });

    const notices = await db.notification.findMany({ where: { kind: "motion.closed", link: `/motions/${motion.id}` } });
    expect(notices.map((row) => row.userId).sort()).toEqual([...members.map((member) => member.id), designee.id].sort());
    expect(notices[0]!.body).toContain("Passed: 2 of 2 votes cast approve");

    // A later run finds nothing left to do.
    await closeDueMotions(new Date());
    expect(await db.auditEvent.count({ where: { entityId: motion.id, action: "voting.close_motion" } })).toBe(1);
    expect(await db.notification.count({ where: { kind: "motion.closed", link: `/motions/${motion.id}` } })).toBe(4);
  });

  it("leaves a motion before its deadline open", async () => {
    const { committee } = await committeeWithSeats(db, 2);
    const motion = await openMotion(await actor(db, admin.id), { committeeId: committee.id, question: "Still open?", hoursOpen: 2 });
    await closeDueMotions(new Date());
    expect(await db.motion.findUniqueOrThrow({ where: { id: motion.id }, select: { status: true } })).toEqual({ status: "OPEN" });
  });

  it("runs as the worker's close_due_motions job", async () => {
    const { committee } = await committeeWithSeats(db, 2);
    const motion = await openMotion(
      await actor(db, admin.id),
      { committeeId: committee.id, question: "Closed by the worker?", hoursOpen: 1 },
      new Date(Date.now() - 2 * HOUR),
    );
    await db.$executeRaw`SELECT graphile_worker.add_job('close_due_motions')`;
    await runDueJobs(TASKS);
    expect(await db.motion.findUniqueOrThrow({ where: { id: motion.id }, select: { status: true } })).toEqual({ status: "CLOSED" });
  });
});

describe("reminders", () => {
  it("reminds each voter who has not voted (the designee in a member's place) once, when the motion closes within 24 hours", async () => {
    const { committee, members, adviser } = await committeeWithSeats(db, 4);
    const motion = await openMotion(await actor(db, admin.id), { committeeId: committee.id, question: "Remind the voters?", hoursOpen: 30 });
    const designee = await makeUser(db);
    await db.motionVoter.update({ where: { motionId_userId: { motionId: motion.id, userId: members[3]!.id } }, data: { designeeId: designee.id } });
    await castBallot(await actor(db, members[0]!.id), { motionId: motion.id, choice: "approve" });

    const dedupeKey = `motion-closes-soon:${motion.id}`;
    await sendReminders(new Date()); // 30 hours before the deadline: too early
    expect(await db.notification.count({ where: { dedupeKey } })).toBe(0);

    const later = new Date(Date.now() + 7 * HOUR); // 23 hours before the deadline
    await Promise.all([sendReminders(later), sendReminders(later), sendReminders(later)]);
    await sendReminders(new Date(later.getTime() + HOUR));

    const reminders = await db.notification.findMany({ where: { dedupeKey } });
    expect(reminders.map((row) => row.userId).sort()).toEqual([members[1]!.id, members[2]!.id, designee.id].sort());
    expect(reminders.map((row) => row.userId)).not.toContain(adviser.id);
    const toDesignee = reminders.find((row) => row.userId === designee.id)!;
    expect(toDesignee.body).toContain(`the vote of ${members[3]!.name}, whose designee you are`);
    expect(toDesignee.link).toBe(`/motions/${motion.id}`);
  });

  it("reminds the chair once that a meeting's materials are due, the working day before and on the day", async () => {
    const { committee, chair } = await committeeWithSeats(db, 2, { chair: true });
    // Thursday 10 December 2026, 10:00 in California: materials due Monday 7 December.
    const meeting = await db.meeting.create({
      data: { committeeId: committee.id, title: "December meeting", startsAt: new Date("2026-12-10T18:00:00Z"), createdById: admin.id },
    });
    const other = await db.meeting.create({
      data: { committeeId: committee.id, title: "Cancelled meeting", startsAt: new Date("2026-12-10T18:00:00Z"), createdById: admin.id, status: "CANCELLED" },
    });

    expect((await sendReminders(new Date("2026-12-03T18:00:00Z"))).materialsReminders).toBe(0); // Thursday before: too early
    expect((await sendReminders(new Date("2026-12-04T18:00:00Z"))).materialsReminders).toBe(1); // Friday: due Monday
    expect((await sendReminders(new Date("2026-12-07T18:00:00Z"))).materialsReminders).toBe(0); // already reminded
    const reminders = await db.notification.findMany({
      where: { dedupeKey: { in: [`meeting-materials-due:${meeting.id}`, `meeting-materials-due:${other.id}`] } },
    });
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({ userId: chair!.id, kind: "meeting.materials_due", link: `/meetings/${meeting.id}` });
    expect(reminders[0]!.subject).toBe("Materials due Dec 7, 2026: December meeting");
  });

  it("reminds whoever scheduled the meeting when the committee has no chair seated", async () => {
    const { committee } = await committeeWithSeats(db, 2);
    const scheduler = await makeUser(db);
    const meeting = await db.meeting.create({
      data: { committeeId: committee.id, title: "Chairless meeting", startsAt: new Date("2026-12-10T18:00:00Z"), createdById: scheduler.id },
    });
    await sendReminders(new Date("2026-12-07T17:00:00Z"));
    expect(await db.notification.findMany({ where: { dedupeKey: `meeting-materials-due:${meeting.id}` }, select: { userId: true } })).toEqual([
      { userId: scheduler.id },
    ]);
  });
});
