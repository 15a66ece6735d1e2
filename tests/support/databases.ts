import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import "./provided.ts";

/**
 * Creates a database on the test server and returns its connection string. Without a
 * template it is empty (cloned from template0); with one, it is a copy of that database.
 * `asApp`: the connection string is the app's own role's, as the running app connects.
 */
export async function createDatabase(options: { template?: string; prefix?: string; asApp?: boolean } = {}): Promise<string> {
  const serverUrl = inject("databaseServerUrl");
  const name = `${options.prefix ?? "test"}_${randomBytes(8).toString("hex")}`;
  const template = options.template ?? "template0";
  const admin = new pg.Client({ connectionString: `${serverUrl}postgres` });
  await admin.connect();
  try {
    // Two files cloning the same template at one instant can get "source database is being
    // accessed by other users" (55006); it clears when the other CREATE DATABASE finishes.
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
        return `${options.asApp ? inject("appDatabaseServerUrl") : serverUrl}${name}`;
      } catch (error) {
        if (attempt >= 20 || (error as { code?: string }).code !== "55006") throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      }
    }
  } finally {
    await admin.end();
  }
}

/**
 * Runs a statement on this file's database as its owner, for what only the owner may do
 * when a test arranges its rows (moving a sequence); the code under test never does.
 */
export async function asOwner(sql: string): Promise<void> {
  const database = new URL(process.env.DATABASE_URL!).pathname.slice(1);
  const owner = new pg.Client({ connectionString: `${inject("databaseServerUrl")}${database}` });
  await owner.connect();
  try {
    await owner.query(sql);
  } finally {
    await owner.end();
  }
}
