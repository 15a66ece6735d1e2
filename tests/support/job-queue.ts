import { Logger, runMigrations, runOnce } from "graphile-worker";
import type { TaskList } from "graphile-worker";

/**
 * graphile-worker against the test file's own database: its schema (which the app installs
 * when an instance starts) and one pass over the jobs that are due, as a worker would run them.
 */
const quiet = new Logger(() => (level, message) => {
  if (level === "error") console.error(`[jobs] ${message}`);
});

export async function installJobQueue(): Promise<void> {
  await runMigrations({ connectionString: process.env.DATABASE_URL, logger: quiet });
}

export async function runDueJobs(taskList: TaskList): Promise<void> {
  await runOnce({ connectionString: process.env.DATABASE_URL, taskList, logger: quiet, noHandleSignals: true });
}
