import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { homeOverview } from "@/server/home/queries";
import { nextMeetingsOf } from "@/server/meetings/queries";
import { asOwner } from "../support/databases.ts";
import { actor, makeAdmin, makeUser } from "../support/identity.ts";

describe("the home page's overview", () => {
  it("gives an administrator the accounts by status and the latest audit events, newest first", async () => {
    const admin = await makeAdmin(db);
    await makeUser(db, { status: "INVITED" });
    // Ids across a power of ten, so that an order by the id as text (99 after 100) would show.
    // Moving a sequence is the owner's, not the app's role's.
    await asOwner(
      `SELECT setval(pg_get_serial_sequence('"AuditEvent"', 'id'), power(10, ceil(log(GREATEST((SELECT max(id) FROM "AuditEvent"), 1) + 3)))::bigint - 2)`,
    );
    for (let i = 0; i < 3; i++) await db.auditEvent.create({ data: { action: "test.filler", entityType: "User" } });
    const at = new Date("2026-11-20T17:45:00.123Z");
    await db.auditEvent.create({
      data: { action: "test.home", entityType: "User", summary: "The latest thing that happened", at, actorEmail: "someone@example.gov" },
    });

    const { administration } = await homeOverview((await actor(db, admin.id)).actor);
    expect(administration).toMatchObject({
      active: await db.user.count({ where: { status: "ACTIVE" } }),
      invited: await db.user.count({ where: { status: "INVITED" } }),
    });
    expect(administration!.invited).toBeGreaterThan(0);
    const latest = await db.auditEvent.findMany({
      orderBy: { id: "desc" },
      take: 5,
      select: { id: true, at: true, actorEmail: true, action: true, summary: true },
    });
    expect(administration!.recent).toEqual(latest.map((event) => ({ ...event, id: event.id.toString() })));
    expect(administration!.recent[0]).toMatchObject({ action: "test.home", at });
  });

  it("gives someone without a seat or a role no administration, tasks or meetings", async () => {
    const overview = await homeOverview((await actor(db, (await makeUser(db)).id)).actor);
    expect(overview).toMatchObject({ administration: null, tasks: [], nextMeetings: [], meetings: false, changeTracking: false });
  });

  it("shows the next meeting of each committee, even when another committee has many sooner", async () => {
    const organizer = await makeUser(db);
    const [busy, quiet] = await Promise.all(
      ["BUSY", "QUIET"].map((name) =>
        db.committee.create({ data: { code: `${name}-${crypto.randomUUID().slice(0, 6)}`, name: `${name} committee`, kind: "ESC" } }),
      ),
    );
    const now = new Date("2026-11-23T18:00:00Z");
    const day = (n: number) => new Date(now.getTime() + n * 86_400_000);
    await db.meeting.createMany({
      data: Array.from({ length: 25 }, (_, n) => ({ committeeId: busy!.id, title: `Busy ${n + 1}`, startsAt: day(n + 1), createdById: organizer.id })),
    });
    await db.meeting.create({ data: { committeeId: quiet!.id, title: "Quiet 1", startsAt: day(40), createdById: organizer.id } });
    await db.meeting.create({ data: { committeeId: quiet!.id, title: "Quiet past", startsAt: day(-3), status: "ADJOURNED", createdById: organizer.id } });
    expect((await nextMeetingsOf([busy!.id, quiet!.id], now)).map((meeting) => meeting.title)).toEqual(["Busy 1", "Quiet 1"]);
  });
});
