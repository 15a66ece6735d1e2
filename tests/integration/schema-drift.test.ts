import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate, readMigrations } from "@/lib/db/migrate";
import { createDatabase } from "../support/databases.ts";
import { actualShape, expectedShape, schemaDifferences, type SchemaShape } from "../support/schema-drift.ts";

/**
 * TOOLCHAIN.md: migrations are hand-written SQL (Prisma's schema engine cannot run here),
 * so this test is what keeps them equal to prisma/schema.prisma.
 */
const MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));
const SCHEMA = readFileSync(new URL("../../prisma/schema.prisma", import.meta.url), "utf8");

let databaseUrl: string;
let client: pg.Client;
let firstRun: Awaited<ReturnType<typeof migrate>>;
let actual: SchemaShape;

beforeAll(async () => {
  // An empty database, not the seeded template: migrations alone must build the schema.
  databaseUrl = await createDatabase({ prefix: "drift" });
  firstRun = await migrate(databaseUrl, { dir: MIGRATIONS_DIR });
  client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  actual = await actualShape(client);
});

afterAll(async () => {
  await client?.end();
});

describe("migrations against prisma/schema.prisma", () => {
  it("build exactly the tables, columns, enums, indexes and foreign keys the schema declares", () => {
    const expected = expectedShape(SCHEMA);
    expect(Object.keys(expected.tables).length).toBeGreaterThan(0);
    expect(schemaDifferences(expected, actual)).toEqual([]);
  });

  it("reports drift when the schema and the database disagree", () => {
    const mutated = SCHEMA
      // an extra column
      .replace(/(model User \{\n)/, "$1  nickname String?\n")
      // a column that becomes optional
      .replace("  caseloadCategory       Int\n", "  caseloadCategory       Int?\n")
      // a dropped enum value
      .replace("  AD_HOC_WORKGROUP\n", "")
      // a new index
      .replace("  @@index([userId])\n}", "  @@index([userId])\n  @@index([expiresAt])\n}")
      // a different referential action
      .replace(
        "lcsa         Lcsa       @relation(fields: [lcsaId], references: [id])",
        "lcsa         Lcsa       @relation(fields: [lcsaId], references: [id], onDelete: Cascade)",
      )
      // a native type
      .replace("key    String    @id @db.VarChar(255)", "key    String    @id @db.VarChar(100)");
    expect(mutated).not.toBe(SCHEMA);

    const problems = schemaDifferences(expectedShape(mutated), actual);
    expect(problems).toEqual(
      expect.arrayContaining([
        "missing column of User: nickname (declared in the schema, absent from the database)",
        "Lcsa.caseloadCategory: NOT NULL, schema says nullable",
        "enum CommitteeKind: values are [ESC, TAB, CCB, STANDING_WORKGROUP, AD_HOC_WORKGROUP], schema says [ESC, TAB, CCB, STANDING_WORKGROUP]",
        "missing index on Invitation: Invitation_expiresAt_idx (declared in the schema, absent from the database)",
        "RateLimit.key: type is character varying(255), schema says character varying(100)",
      ]),
    );
    expect(problems.some((line) => line.startsWith("foreign key County_lcsaId_fkey:") && line.includes('"onDelete":"CASCADE"'))).toBe(true);
    expect(problems).toHaveLength(6);
  });

  it("reports what exists only in the database", async () => {
    await client.query(`CREATE INDEX "User_name_idx" ON "User"("name")`);
    await client.query(`ALTER TABLE "User" ADD COLUMN "shadow" TEXT`);
    try {
      const problems = schemaDifferences(expectedShape(SCHEMA), await actualShape(client));
      expect(problems).toEqual([
        "extra column of User: shadow (in the database, not declared in the schema)",
        "extra index on User: User_name_idx (in the database, not declared in the schema)",
      ]);
    } finally {
      await client.query(`DROP INDEX "User_name_idx"`);
      await client.query(`ALTER TABLE "User" DROP COLUMN "shadow"`);
    }
  });

  it("records every migration in _prisma_migrations as prisma migrate deploy does", async () => {
    const migrations = await readMigrations(MIGRATIONS_DIR);
    expect(migrations.length).toBeGreaterThan(0);
    expect(firstRun.applied).toEqual(migrations.map((migration) => migration.name));

    const { rows } = await client.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
      rolled_back_at: Date | null;
    }>(`SELECT migration_name, checksum, finished_at, applied_steps_count, rolled_back_at FROM "_prisma_migrations" ORDER BY migration_name`);
    expect(rows.map((row) => row.migration_name)).toEqual(migrations.map((migration) => migration.name));
    for (const row of rows) {
      const file = readFileSync(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(file).digest("hex"));
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("applies nothing the second time", async () => {
    const second = await migrate(databaseUrl, { dir: MIGRATIONS_DIR });
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toBe(firstRun.applied.length);
    const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM "_prisma_migrations"`);
    expect(Number(rows[0]!.count)).toBe(firstRun.applied.length);
  });
});
