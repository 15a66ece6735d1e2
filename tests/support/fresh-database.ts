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

/**
 * One query at a time on a connection (issue 12, item 10): pg warns "Calling client.query()
 * when the client is already executing a query" (an error from pg 9 on) when a transaction's
 * client is handed a second query before the first answered. Such a warning fails the file
 * that caused it. Node emits a deprecation once per process, so it is watched from the
 * first file a worker runs.
 */
const watch = globalThis as { concurrentQueryWarnings?: string[] };
if (!watch.concurrentQueryWarnings) {
  const seen: string[] = (watch.concurrentQueryWarnings = []);
  process.on("warning", (warning) => {
    if (/already executing a query/.test(warning.message)) seen.push(warning.stack ?? warning.message);
  });
}

afterAll(async () => {
  const warnings = watch.concurrentQueryWarnings!.splice(0);
  if (warnings.length) throw new Error(`Queries overlapped on one connection:\n${warnings.join("\n")}`);
  const client = (globalThis as { prisma?: { $disconnect(): Promise<void> } }).prisma;
  await client?.$disconnect();
});
