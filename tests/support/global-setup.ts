import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { PrismaPg } from "@prisma/adapter-pg";
import { seedReference } from "../../prisma/seed/reference.ts";
import { PrismaClient } from "../../src/generated/prisma/client.ts";
import { startEmbeddedPostgres } from "../../src/lib/db/embedded-postgres.ts";
import { migrate } from "../../src/lib/db/migrate.ts";
import { TEMPLATE_DATABASE } from "./provided.ts";

/**
 * Starts one PostgreSQL server for the whole integration run and prepares the template
 * database: every migration applied, reference data seeded (no demo accounts: each test
 * creates the users it needs). Each test file then clones the template
 * (tests/support/fresh-database.ts), which takes milliseconds.
 */
export default async function setup(project: TestProject) {
  // Under the repo's .data/ (git-ignored): as root, the postgres user must be able to
  // reach the parent directory, which os.tmpdir() subfolders do not always allow.
  const dataDir = path.resolve(project.config.root, ".data", `test-pg-${randomBytes(6).toString("hex")}`);
  const server = await startEmbeddedPostgres(dataDir, { quiet: true });
  try {
    const admin = new pg.Client({ connectionString: server.urlFor("postgres") });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${TEMPLATE_DATABASE}"`);
    await admin.end();

    const templateUrl = server.urlFor(TEMPLATE_DATABASE);
    await migrate(templateUrl, { dir: path.resolve(project.config.root, "prisma/migrations") });
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: templateUrl }) });
    try {
      await seedReference(prisma);
    } finally {
      // No connection may stay open on a template, or CREATE DATABASE ... TEMPLATE fails.
      await prisma.$disconnect();
    }
  } catch (error) {
    await stop(server, dataDir);
    throw error;
  }

  // The app's role signs in; each file's DATABASE_URL connects as it (fresh-database.ts).
  const appUrl = await server.appUrlFor("");
  project.provide("databaseServerUrl", server.urlFor(""));
  project.provide("appDatabaseServerUrl", appUrl);
  project.provide("templateDatabase", TEMPLATE_DATABASE);

  return async () => {
    await stop(server, dataDir);
  };
}

async function stop(server: { stop(): Promise<void> }, dataDir: string) {
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
