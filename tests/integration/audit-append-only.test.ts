import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit";

/**
 * The audit log cannot be edited after the fact. Two locks, one behind the other:
 * - the app connects as a role that may only INSERT and SELECT on "AuditEvent" and owns
 *   nothing, so it can neither change a row nor switch the protection off (issue 12, item 5);
 * - the first migration's triggers refuse UPDATE, DELETE and TRUNCATE from anyone who
 *   could otherwise do them, the owner included.
 * Each statement runs on its own connection, as the app's role (this file's DATABASE_URL).
 */
let eventId: bigint;
let app: pg.Client;

beforeAll(async () => {
  await db.$transaction((tx) =>
    recordAudit(tx, { actor: null, requestId: "req-audit" }, { action: "test.append", entityType: "Test", entityId: "t1", after: { n: 1 } }),
  );
  const event = await db.auditEvent.findFirstOrThrow({ where: { requestId: "req-audit" } });
  eventId = event.id;
  app = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await app.connect();
});

afterAll(async () => {
  await app.end();
});

async function auditSnapshot() {
  return db.auditEvent.findMany({ orderBy: { id: "asc" } });
}

/** Runs the statements in a transaction that is always rolled back, and answers the error. */
async function attempt(...statements: string[]): Promise<string> {
  await app.query("BEGIN");
  try {
    for (const statement of statements) await app.query(statement);
    return "allowed";
  } catch (error) {
    return (error as Error).message;
  } finally {
    await app.query("ROLLBACK");
  }
}

describe("AuditEvent, as the app's database role", () => {
  it("accepts inserts and reads", async () => {
    const event = await db.auditEvent.findUniqueOrThrow({ where: { id: eventId } });
    expect(event).toMatchObject({ action: "test.append", entityType: "Test", entityId: "t1", after: { n: 1 }, actorId: null });
    await db.$executeRawUnsafe(`INSERT INTO "AuditEvent" (action, "entityType") VALUES ('test.raw', 'Test')`);
    expect(await db.auditEvent.count({ where: { action: "test.raw" } })).toBe(1);
  });

  it("refuses UPDATE, DELETE and TRUNCATE", async () => {
    const before = await auditSnapshot();
    expect(await attempt(`UPDATE "AuditEvent" SET summary = 'edited' WHERE id = ${eventId}`)).toMatch(/permission denied|append-only/);
    expect(await attempt(`DELETE FROM "AuditEvent" WHERE id = ${eventId}`)).toMatch(/permission denied|append-only/);
    expect(await attempt(`TRUNCATE "AuditEvent"`)).toMatch(/permission denied|append-only/);
    await expect(db.auditEvent.update({ where: { id: eventId }, data: { summary: "edited" } })).rejects.toThrow();
    await expect(db.auditEvent.deleteMany({})).rejects.toThrow();
    expect(await auditSnapshot()).toEqual(before);
  });

  it("cannot switch the protection off: replication role, disabling or dropping the triggers", async () => {
    const before = await auditSnapshot();
    const update = `UPDATE "AuditEvent" SET summary = 'edited' WHERE id = ${eventId}`;
    expect(await attempt(`SET LOCAL session_replication_role = replica`, update)).toMatch(/permission denied/);
    expect(await attempt(`ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL`, update)).toMatch(/must be owner|permission denied/);
    expect(await attempt(`DROP TRIGGER "AuditEvent_no_update_or_delete" ON "AuditEvent"`, update)).toMatch(/must be owner|permission denied/);
    expect(await attempt(`ALTER TABLE "AuditEvent" OWNER TO CURRENT_USER`)).toMatch(/must be owner|permission denied/);
    expect(await auditSnapshot()).toEqual(before);
  });

  it("is no superuser and owns no table, and cannot create one", async () => {
    const { rows } = await app.query<{ rolsuper: boolean; owned: number }>(
      `SELECT r.rolsuper, (SELECT count(*)::int FROM pg_tables t WHERE t.schemaname = 'public' AND pg_has_role(current_user, t.tableowner, 'USAGE')) AS owned
         FROM pg_roles r WHERE r.rolname = current_user`,
    );
    expect(rows[0]).toEqual({ rolsuper: false, owned: 0 });
    expect(await attempt(`CREATE TABLE "Sneaky" (id int)`)).toMatch(/permission denied/);
  });
});
