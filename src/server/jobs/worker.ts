import "server-only";
import { Logger, run, type LogFunctionFactory, type Runner } from "graphile-worker";
import { env } from "@/lib/env";
import { CRONTAB, TASKS } from "@/server/jobs/tasks";

/**
 * The background job worker: graphile-worker, which keeps its queue in PostgreSQL (its own
 * `graphile_worker` schema, installed with the migrations by the owner), so every app instance
 * runs one and they share the work: a job is taken by one instance only, a scheduled run
 * is started once across all of them, and a crash loses no job (it is retried). Started
 * from src/instrumentation.ts when the server starts.
 */
const RETRY_START_MS = 30_000;

const globalForWorker = globalThis as unknown as { ccsasWorker?: Promise<Runner | null> };

/** Warnings and errors only: a line per finished job every minute would drown the log. */
const logFactory: LogFunctionFactory = (scope) => (level, message) => {
  // LogLevel is an ambient const enum (not importable here); its values are these strings.
  const severity = String(level);
  if (severity !== "error" && severity !== "warning") return;
  const where = scope.taskIdentifier ? ` ${scope.taskIdentifier}${scope.jobId ? ` #${scope.jobId}` : ""}` : "";
  (severity === "error" ? console.error : console.warn)(`[jobs${where}] ${message}`);
};

export function startWorker(): Promise<Runner> {
  return run({
    connectionString: env().DATABASE_URL,
    // Two jobs at a time per instance; the pool also holds the LISTEN connection and cron's.
    concurrency: 2,
    maxPoolSize: 5,
    pollInterval: 2_000,
    // Next.js owns the process's signals; the runner is stopped below.
    noHandleSignals: true,
    taskList: TASKS,
    crontab: CRONTAB,
    logger: new Logger(logFactory),
  });
}

/**
 * Starts the worker once per process (unless JOBS_WORKER=off) and keeps trying (every
 * 30 s) while the database cannot be reached, without ever failing the web server.
 */
export function startWorkerOnce(): void {
  if (env().JOBS_WORKER === "off") return;
  globalForWorker.ccsasWorker ??= (async () => {
    for (;;) {
      try {
        const runner = await startWorker();
        console.log("[jobs] background worker started");
        const stop = () => void runner.stop().catch(() => {});
        process.once("SIGTERM", stop);
        process.once("SIGINT", stop);
        return runner;
      } catch (error) {
        console.error(`[jobs] the background worker could not start (${error instanceof Error ? error.message : String(error)}); trying again in 30 s`);
        await new Promise((resolve) => setTimeout(resolve, RETRY_START_MS));
      }
    }
  })();
}
