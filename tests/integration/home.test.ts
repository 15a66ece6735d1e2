import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { homeOverview } from "@/server/home/queries";
import { actor, makeAdmin, makeUser } from "../support/identity.ts";

describe("the home page's overview", () => {
  it("gives an administrator the accounts by status and the latest audit events, newest first", async () => {
    const admin = await makeAdmin(db);
    await makeUser(db, { status: "INVITED" });
    // Ids across a power of ten, so that an order by the id as text (99 after 100) would show.
    await db.$executeRawUnsafe(
      `SELECT setval(pg_get_serial_sequence('"AuditEvent"', 'id'), power(10, ceil(log(GREATEST((SELECT max(id) FROM "AuditEvent"), 1) + 3)))::bigint - 2)`,
    );
    for (let i = 0; i < 3; i++) await db.auditEvent.create({ data: { action: "test.filler", entityType: "User" } });
    const at = new Date("2026-11-20T17:45:00.123Z");
    await db.auditEvent.create({ data: { action: "test.home", entityType: "User", summary: "The latest thing that happened", at, actorEmail: "someone@example.gov" } });

    const { administration } = await homeOverview((await actor(db, admin.id)).actor);
    expect(administration).toMatchObject({
      active: await db.user.count({ where: { status: "ACTIVE" } }),
      invited: await db.user.count({ where: { status: "INVITED" } }),
    });
    expect(administration!.invited).toBeGreaterThan(0);
    const latest = await db.auditEvent.findMany({ orderBy: { id: "desc" }, take: 5, select: { id: true, at: true, actorEmail: true, action: true, summary: true } });
    expect(administration!.recent).toEqual(latest.map((event) => ({ ...event, id: event.id.toString() })));
    expect(administration!.recent[0]).toMatchObject({ action: "test.home", at });
  });

  it("gives someone without a seat or a role no administration, votes or meetings", async () => {
    const overview = await homeOverview((await actor(db, (await makeUser(db)).id)).actor);
    expect(overview).toMatchObject({ administration: null, awaitingVote: [], nextMeetings: [], votes: false, meetings: false, changeTracking: false });
  });
});
