import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { runMigrations as runJobQueueMigrations } from "graphile-worker";
import pg from "pg";

/**
 * Applies pending SQL migrations from prisma/migrations, in order, each in its own
 * transaction, and records them in `_prisma_migrations` exactly as `prisma migrate deploy`
 * does (sha256 of the file, start and finish times, one applied step), so Prisma's own
 * CLI agrees with us on a machine where it can run. The Prisma CLI cannot run here: its
 * schema engine is a binary it would download.
 */
export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: number;
}

// The same advisory lock key Prisma takes, so two starting instances never race.
const MIGRATION_LOCK = 72707369;

export const DEFAULT_MIGRATIONS_DIR = path.resolve(process.cwd(), "prisma/migrations");

export async function readMigrations(dir = DEFAULT_MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const bytes = await readFile(path.join(dir, name, "migration.sql"));
      return { name, sql: bytes.toString("utf8"), checksum: createHash("sha256").update(bytes).digest("hex") };
    }),
  );
}

/**
 * The app's role (migration 20261202143000_app_role) uses the job queue's tables and
 * functions but owns none of them, and cannot rewrite its migration record.
 */
export const APP_ROLE = "ccsas_app";
const GRANT_JOB_QUEUE = `
  GRANT USAGE ON SCHEMA graphile_worker TO ${APP_ROLE};
  GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA graphile_worker TO ${APP_ROLE};
  GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA graphile_worker TO ${APP_ROLE};
  GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA graphile_worker TO ${APP_ROLE};
  REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON graphile_worker.migrations FROM ${APP_ROLE};
  -- graphile-worker turns on row-level security for its private tables (so that an API layer
  -- over the database cannot reach them); the app's role is let through by a policy of its own.
  DO $$
  DECLARE t record;
  BEGIN
    FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = 'graphile_worker' AND c.relkind = 'r' AND c.relrowsecurity LOOP
      IF NOT EXISTS (SELECT FROM pg_policies WHERE schemaname = 'graphile_worker' AND tablename = t.relname AND policyname = '${APP_ROLE}_all') THEN
        EXECUTE format('CREATE POLICY ${APP_ROLE}_all ON graphile_worker.%I TO ${APP_ROLE} USING (true) WITH CHECK (true)', t.relname);
      END IF;
    END LOOP;
  END
  $$;`;

/**
 * Run as the database's owner (never as the app's role): DATABASE_URL on the embedded
 * default's superuser, MIGRATION_DATABASE_URL on a configured server (README, "Database roles").
 */
export async function migrate(
  databaseUrl: string,
  options: { dir?: string; log?: (line: string) => void; /** Also install graphile-worker's schema (default). */ jobQueue?: boolean } = {},
): Promise<MigrateResult> {
  const log = options.log ?? (() => {});
  const migrations = await readMigrations(options.dir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0
    )`);
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const recorded = new Map(rows.map((row) => [row.migration_name, row]));
    const failed = rows.find((row) => row.finished_at === null);
    if (failed) {
      throw new Error(`Migration ${failed.migration_name} started earlier but never finished. Repair the database, then mark it rolled back.`);
    }

    const applied: string[] = [];
    for (const migration of migrations) {
      const existing = recorded.get(migration.name);
      if (existing) {
        if (existing.checksum !== migration.checksum) {
          log(`warning: migration ${migration.name} was edited after it was applied`);
        }
        continue;
      }
      await applyOne(client, migration);
      applied.push(migration.name);
      log(`applied migration ${migration.name}`);
    }
    if (options.jobQueue !== false) {
      // graphile-worker's own schema, installed by the owner too: the app's role may not create it.
      await runJobQueueMigrations({ connectionString: databaseUrl });
      await client.query(GRANT_JOB_QUEUE);
    }
    return { applied, alreadyApplied: migrations.length - applied.length };
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => {});
    await client.end();
  }
}

async function applyOne(client: pg.Client, migration: MigrationFile): Promise<void> {
  const startedAt = new Date();
  await client.query("BEGIN");
  try {
    await client.query(migration.sql);
    await client.query(
      `INSERT INTO "_prisma_migrations"
        (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
       VALUES ($1, $2, now(), $3, NULL, NULL, $4, 1)`,
      [randomUUID(), migration.checksum, migration.name, startedAt],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw new Error(`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`);
  }
}
