import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../src/generated/prisma/client.ts";
import { seedDemo } from "./demo.ts";
import { seedReference } from "./reference.ts";

/**
 * `npm run db:seed [-- --reference-only]`: loads reference data and (unless
 * --reference-only) the demo accounts into DATABASE_URL. Safe to run again.
 */
export async function seed(databaseUrl: string, options: { demo: boolean }): Promise<void> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    await seedReference(db);
    if (options.demo) await seedDemo(db);
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set. `npm start` seeds the embedded database by itself; set DATABASE_URL to seed another server.");
    process.exit(1);
  }
  const demo = !process.argv.includes("--reference-only");
  await seed(url, { demo });
  console.log(demo ? "Seeded reference data and demo accounts." : "Seeded reference data.");
}
