import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";

/**
 * The production app as a child process (`npx tsx src/cli/start.ts`, which builds when the
 * sources changed and then serves `next start`), in its own process group so that stopping
 * it stops `next` too. Its output goes to a log file; its `[ccsas]` lines are echoed.
 */
export interface AppProcess {
  baseUrl: string;
  logFile: string;
  stop(): Promise<void>;
}

export interface AppOptions {
  port: number;
  dataDir: string;
  databaseUrl: string;
  secret: string;
  logFile: string;
  log: (line: string) => void;
}

const HEALTH_TIMEOUT_MS = 5 * 60 * 1000;

export async function startApp(options: AppOptions): Promise<AppProcess> {
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const out = createWriteStream(options.logFile);
  const child = spawn("npx", ["tsx", "src/cli/start.ts"], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      CCSAS_DATA_DIR: options.dataDir,
      PORT: String(options.port),
      DATABASE_URL: options.databaseUrl,
      NEXTAUTH_SECRET: options.secret,
      NEXTAUTH_URL: baseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream.pipe(out, { end: false });
    createInterface({ input: stream }).on("line", (line) => {
      if (line.startsWith("[ccsas]")) options.log(`app: ${line}`);
    });
  }
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const app: AppProcess = { baseUrl, logFile: options.logFile, stop: () => stopGroup(child, exited).finally(() => out.end()) };

  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  while (Date.now() < deadline) {
    if (exitCode !== undefined) {
      await app.stop();
      throw new Error(
        `the app exited (code ${exitCode}) before it answered /api/health. Last lines of ${options.logFile}:\n${await tail(options.logFile, 40)}`,
      );
    }
    if (await healthy(baseUrl)) return app;
    await sleep(1000);
  }
  await app.stop();
  throw new Error(`/api/health did not answer 200 within ${HEALTH_TIMEOUT_MS / 1000} s. Last lines of ${options.logFile}:\n${await tail(options.logFile, 40)}`);
}

async function healthy(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5000) });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}

/** SIGTERM to the whole group, then SIGKILL if it is still there after 10 s. */
async function stopGroup(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
  const pid = child.pid;
  if (!pid) return;
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-pid, name);
      return true;
    } catch {
      return false; // the group is gone
    }
  };
  if (!signal("SIGTERM")) return;
  const timedOut = await Promise.race([exited.then(() => false), sleep(10_000).then(() => true)]);
  // start.ts exits once `next` has; give the rest of the group a moment, then make sure.
  if (!timedOut) await sleep(500);
  signal("SIGKILL");
}

async function tail(file: string, lines: number): Promise<string> {
  try {
    return (await readFile(file, "utf8")).trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
