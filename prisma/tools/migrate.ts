import { migrate } from "../../src/lib/db/migrate.ts";

/** `npm run db:migrate`: applies pending migrations as MIGRATION_DATABASE_URL (the owner), or DATABASE_URL (npm start does this too). */
const url = process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set.");
  process.exit(1);
}
const { applied, alreadyApplied } = await migrate(url, { log: console.log });
console.log(`${applied.length} applied, ${alreadyApplied} already applied.`);
