import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit";

// The first migration's triggers make "AuditEvent" append-only for every database user,
// the application's included: the log cannot be edited after the fact.
let eventId: bigint;

beforeAll(async () => {
  await db.$transaction((tx) =>
    recordAudit(tx, { actor: null, requestId: "req-audit" }, { action: "test.append", entityType: "Test", entityId: "t1", after: { n: 1 } }),
  );
  const event = await db.auditEvent.findFirstOrThrow({ where: { requestId: "req-audit" } });
  eventId = event.id;
});

async function auditSnapshot() {
  return db.auditEvent.findMany({ orderBy: { id: "asc" } });
}

describe("AuditEvent", () => {
  it("accepts inserts", async () => {
    const event = await db.auditEvent.findUniqueOrThrow({ where: { id: eventId } });
    expect(event).toMatchObject({ action: "test.append", entityType: "Test", entityId: "t1", after: { n: 1 }, actorId: null });
    await db.$executeRawUnsafe(`INSERT INTO "AuditEvent" (action, "entityType") VALUES ('test.raw', 'Test')`);
    expect(await db.auditEvent.count({ where: { action: "test.raw" } })).toBe(1);
  });

  it("refuses UPDATE", async () => {
    const before = await auditSnapshot();
    await expect(db.$executeRawUnsafe(`UPDATE "AuditEvent" SET summary = 'edited' WHERE id = ${eventId}`)).rejects.toThrow(
      /append-only: UPDATE is not allowed/,
    );
    await expect(db.auditEvent.update({ where: { id: eventId }, data: { summary: "edited" } })).rejects.toThrow(/append-only/);
    expect(await auditSnapshot()).toEqual(before);
  });

  it("refuses DELETE", async () => {
    const before = await auditSnapshot();
    await expect(db.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE id = ${eventId}`)).rejects.toThrow(/append-only: DELETE is not allowed/);
    await expect(db.auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
    expect(await auditSnapshot()).toEqual(before);
  });

  it("refuses TRUNCATE", async () => {
    const before = await auditSnapshot();
    expect(before.length).toBeGreaterThan(0);
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only: TRUNCATE is not allowed/);
    expect(await auditSnapshot()).toEqual(before);
  });
});
