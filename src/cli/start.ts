import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { seed } from "../../prisma/seed/run.ts";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/lib/db/embedded-postgres";
import { migrate } from "@/lib/db/migrate";

/**
 * `npm start`: everything a fresh machine needs, in order.
 * 1. No DATABASE_URL: start the embedded PostgreSQL with its files in .data/ (or
 *    CCSAS_DATA_DIR), and keep a generated auth secret there so sessions survive restarts.
 *    DATABASE_URL set: use it, and refuse to start without NEXTAUTH_SECRET.
 * 2. Apply pending migrations.  3. Embedded only: load demo data the first time.
 * 4. Build when the sources changed since the last build.  5. Serve on HOST (127.0.0.1)
 *    and PORT (3000), through src/cli/server.ts.
 */
const root = process.cwd();
const dev = process.argv.includes("--dev");
const dataDir = path.resolve(root, process.env.CCSAS_DATA_DIR ?? ".data");
const port = Number(process.env.PORT ?? 3000);
const say = (line: string) => console.log(`[ccsas] ${line}`);

async function main() {
  let embedded: EmbeddedServer | null = null;
  let databaseUrl = process.env.DATABASE_URL;
  // Migrations and demo data run as the database's owner; the app connects as a role that
  // owns nothing (README, "Database roles").
  let ownerUrl = process.env.MIGRATION_DATABASE_URL || databaseUrl;
  let secret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;

  if (!databaseUrl) {
    say(`No DATABASE_URL: starting the embedded PostgreSQL in ${path.relative(root, dataDir) || "."}/pg`);
    embedded = await startEmbeddedPostgres(path.join(dataDir, "pg"));
    ownerUrl = embedded.urlFor("ccsas");
    await ensureDatabase(embedded.urlFor("postgres"), "ccsas");
    secret ??= await embeddedSecret();
  } else if (!secret) {
    console.error(
      "[ccsas] Refusing to start: DATABASE_URL is set but NEXTAUTH_SECRET is not. " +
        "Sessions must be signed with a secret shared by every instance. Generate one with " +
        "`openssl rand -base64 32` and set NEXTAUTH_SECRET.",
    );
    process.exit(1);
  }

  const { applied } = await migrate(ownerUrl!, { log: say });
  say(applied.length ? `Database migrated (${applied.length} applied).` : "Database is up to date.");

  if (embedded && !(await demoLoaded(ownerUrl!))) {
    say("First run: loading reference data and demo accounts (password: ccsas-demo).");
    await seed(ownerUrl!, { demo: true });
  }
  if (embedded) databaseUrl = await embedded.appUrlFor("ccsas");
  await warnIfAppRoleIsPrivileged(databaseUrl!);

  if (!dev) await buildIfStale();

  // The app's process is given its own connection only, never the owner's.
  const { MIGRATION_DATABASE_URL: _owner, ...inherited } = process.env;
  const env = {
    ...inherited,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    PORT: String(port),
  };
  // The app's own server (src/cli/server.ts): Next's handler, the client's address resolved
  // from the socket, listening on HOST (127.0.0.1 unless set).
  const server = spawn(process.execPath, ["--import", "tsx", path.join(root, "src", "cli", "server.ts"), ...(dev ? ["--dev"] : [])], {
    stdio: "inherit",
    env: { ...env, NODE_ENV: dev ? "development" : "production" },
  });

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (server.exitCode === null) server.kill("SIGTERM");
    await embedded?.stop().catch(() => {});
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  server.on("exit", (code) => void stop(code ?? 0));
}

async function ensureDatabase(adminUrl: string, name: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

/** A configured DATABASE_URL that owns the tables could switch the audit log's protection off. */
async function warnIfAppRoleIsPrivileged(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ role: string; privileged: boolean }>(
      `SELECT current_user AS role, (r.rolsuper OR pg_has_role(current_user, t.tableowner, 'USAGE')) AS privileged
         FROM pg_roles r, pg_tables t WHERE r.rolname = current_user AND t.schemaname = 'public' AND t.tablename = 'AuditEvent'`,
    );
    if (rows[0]?.privileged) {
      console.warn(
        `[ccsas] warning: DATABASE_URL connects as ${rows[0].role}, which owns the tables or is a superuser: it could ` +
          `switch off the audit log's protection. Connect the app as a member of ccsas_app and set MIGRATION_DATABASE_URL ` +
          `to the owner (README, "Database roles").`,
      );
    }
  } finally {
    await client.end();
  }
}

async function demoLoaded(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query(`SELECT 1 FROM "AppSetting" WHERE key = 'demo'`);
    return Boolean(rowCount);
  } finally {
    await client.end();
  }
}

async function embeddedSecret(): Promise<string> {
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const secret = randomBytes(32).toString("base64url");
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

function nextBin(): string {
  return path.join(root, "node_modules", ".bin", "next");
}

const BUILD_INPUTS = ["src", "public", "prisma/schema.prisma", "next.config.ts", "package-lock.json", "tsconfig.json", "package.json"];

/** A fingerprint of everything the build reads; the build is redone when it changes. */
async function sourceFingerprint(): Promise<string> {
  const hash = createHash("sha256");
  const visit = async (relative: string): Promise<void> => {
    const full = path.join(root, relative);
    if (!existsSync(full)) return;
    const info = await stat(full);
    if (info.isDirectory()) {
      if (relative === path.join("src", "generated")) return;
      for (const entry of (await readdir(full)).sort()) await visit(path.join(relative, entry));
    } else {
      hash.update(`${relative}\0${info.size}\0${info.mtimeMs}\n`);
    }
  };
  for (const input of BUILD_INPUTS) await visit(input);
  return hash.digest("hex");
}

async function buildIfStale() {
  const stampFile = path.join(root, ".next", "ccsas-build-stamp");
  const fingerprint = await sourceFingerprint();
  const current = existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(stampFile) && (await readFile(stampFile, "utf8")) === fingerprint;
  if (current) return;
  say("Building the app (first start, or the sources changed). This takes a minute or two.");
  await new Promise<void>((resolve, reject) => {
    const build = spawn(nextBin(), ["build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    build.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next build failed (exit ${code})`))));
  });
  await writeFile(stampFile, fingerprint);
}

main().catch((error: unknown) => {
  console.error(`[ccsas] Could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
