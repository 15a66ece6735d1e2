import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { makeUser } from "../support/identity.ts";

/**
 * Issue 12, item 3: "no stored value can make a page fail to render". The forms refuse dates
 * outside 2000-2100 (src/domain/calendar/date-fields.ts); behind them the database refuses
 * any date or instant outside 1900-2200 in every column, so nothing written by any path (a
 * script, a future bug) can hold a year JavaScript reads back as an invalid Date.
 */
describe("dates the database keeps", () => {
  it("refuses an instant in the year 10000", async () => {
    const user = await makeUser(db);
    await expect(db.userSession.create({ data: { userId: user.id, expiresAt: new Date("+010000-01-01T07:59:00Z") } })).rejects.toThrow();
    await expect(
      db.$executeRawUnsafe(
        `INSERT INTO "UserSession" (id, "userId", "expiresAt") VALUES ('s-far', '${user.id}', '9999-12-31 23:59'::timestamp + interval '1 day')`,
      ),
    ).rejects.toThrow(/check constraint/);
    await expect(db.$executeRawUnsafe(`INSERT INTO "UserSession" (id, "userId", "expiresAt") VALUES ('s-old', '${user.id}', '0001-01-01')`)).rejects.toThrow(
      /check constraint/,
    );
  });

  it("bounds every date and timestamp column of every table", async () => {
    const unbounded = await db.$queryRaw<{ column: string }[]>`
      SELECT c.table_name || '.' || c.column_name AS column
        FROM information_schema.columns c
       WHERE c.table_schema = 'public' AND c.table_name <> '_prisma_migrations'
         AND c.data_type IN ('date', 'timestamp without time zone', 'timestamp with time zone')
         AND NOT EXISTS (
           SELECT 1 FROM pg_constraint k
             JOIN pg_class t ON t.oid = k.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = 'public' AND t.relname = c.table_name AND k.contype = 'c'
              AND k.conname = left(c.table_name || '_' || c.column_name, 52) || '_sane_date')
       ORDER BY 1`;
    expect(unbounded).toEqual([]);
  });
});
