import { afterAll, inject } from "vitest";
import { createDatabase } from "./databases.ts";
import "./provided.ts";

/**
 * Runs before each integration test file (vitest `setupFiles`): clones the migrated and
 * seeded template into a database of the file's own, and points DATABASE_URL at it before
 * the file imports src/lib/db/client.ts, connecting as the app's own role, as the running app
 * does (it owns nothing: migration 20261202143000_app_role). Files never share rows, so they run in parallel, in any
 * order, and nothing is truncated by hand.
 */
process.env.DATABASE_URL = await createDatabase({ template: inject("templateDatabase"), asApp: true });
process.env.NEXTAUTH_SECRET ??= "test-secret-that-is-at-least-32-characters-long";
// src/lib/db/client.ts keeps its client on globalThis; never inherit one aimed at another database.
delete (globalThis as { prisma?: unknown }).prisma;

afterAll(async () => {
  const client = (globalThis as { prisma?: { $disconnect(): Promise<void> } }).prisma;
  await client?.$disconnect();
});
