import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { startEmbeddedPostgres } from "../../src/lib/db/embedded-postgres.ts";

/**
 * `npm run db:new-migration -- <name> [--from <git ref>]`
 *
 * Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that turns the
 * schema as committed at <git ref> (default HEAD) into prisma/schema.prisma as it is now.
 *
 * Prisma 7's CLI cannot compute this here: its schema engine is a native binary it
 * downloads from a host this machine cannot reach. Prisma 6.19.3's CLI can, with its
 * WebAssembly engine (config `engine: "js"` plus a driver adapter pointed at a running
 * PostgreSQL), so this script installs that CLI from the npm registry into .data/prisma6
 * once, starts a scratch embedded PostgreSQL, and asks it for the diff. The schema drift
 * test then proves the migrations and the schema agree.
 */
const root = process.cwd();
const args = process.argv.slice(2);
const name = args.find((arg) => !arg.startsWith("--"));
const fromRef = (args.includes("--from") ? args[args.indexOf("--from") + 1] : undefined) ?? "HEAD";
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:new-migration -- <name_in_snake_case> [--from <git ref>]");
  process.exit(1);
}

const toolDir = path.join(root, ".data", "prisma6");
const work = path.join(toolDir, "work");

async function ensureTool() {
  if (existsSync(path.join(toolDir, "node_modules", "prisma", "package.json"))) return;
  console.log("Installing prisma@6.19.3 (for its WebAssembly migration engine) into .data/prisma6 …");
  await mkdir(toolDir, { recursive: true });
  await writeFile(path.join(toolDir, "package.json"), JSON.stringify({ name: "prisma6-tool", private: true, type: "module" }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "prisma@6.19.3", "@prisma/adapter-pg@6.19.3", "pg"], { cwd: toolDir, stdio: "inherit" });
}

/** Prisma 6 wants `url` in the datasource and the classic generator; the models are unchanged. */
function forPrisma6(schema: string): string {
  return schema
    .replace(/provider\s*=\s*"prisma-client"/, 'provider = "prisma-client-js"')
    .replace(/^\s*(output|moduleFormat)\s*=.*$/gm, "")
    .replace(/provider\s*=\s*"postgresql"/, 'provider = "postgresql"\n  url      = env("DATABASE_URL")');
}

function committedSchema(ref: string): string | null {
  try {
    return execFileSync("git", ["show", `${ref}:prisma/schema.prisma`], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return null;
  }
}

await ensureTool();
await mkdir(work, { recursive: true });
const before = committedSchema(fromRef);
await writeFile(path.join(work, "to.prisma"), forPrisma6(await readFile(path.join(root, "prisma/schema.prisma"), "utf8")));
if (before) await writeFile(path.join(work, "from.prisma"), forPrisma6(before));
await writeFile(
  path.join(work, "prisma.config.ts"),
  `import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "to.prisma",
  async adapter() { return new PrismaPg({ connectionString: process.env.DATABASE_URL! }); },
});
`,
);

const server = await startEmbeddedPostgres(path.join(toolDir, "pg"), { quiet: true });
try {
  const placeholder = path.join(toolDir, "package.json");
  const sql = execFileSync(
    path.join(toolDir, "node_modules", ".bin", "prisma"),
    ["migrate", "diff", ...(before ? ["--from-schema-datamodel", "from.prisma"] : ["--from-empty"]), "--to-schema-datamodel", "to.prisma", "--script"],
    {
      cwd: work,
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: server.urlFor("postgres"), PRISMA_SCHEMA_ENGINE_BINARY: placeholder, PRISMA_QUERY_ENGINE_LIBRARY: placeholder },
    },
  );
  if (!sql.trim() || /^-- This is an empty migration\.\s*$/.test(sql.trim())) {
    console.log(`No changes between ${fromRef} and the working schema: no migration written.`);
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(root, "prisma", "migrations", `${stamp}_${name}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "migration.sql"), sql);
    console.log(`Wrote ${path.relative(root, dir)}/migration.sql. Review it, then run npm run test:integration (the drift test).`);
  }
} finally {
  await server.stop();
}
