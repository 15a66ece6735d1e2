import { Logger, makeWorkerUtils, runOnce } from "graphile-worker";
import type { TaskList } from "graphile-worker";

/**
 * graphile-worker against the test file's own database (its schema was installed with the
 * migrations, src/lib/db/migrate.ts): one pass over the jobs that are due, as a worker would run them.
 */
const quiet = new Logger(() => (level, message) => {
  if (String(level) === "error") console.error(`[jobs] ${message}`);
});

export async function runDueJobs(taskList: TaskList): Promise<void> {
  await runOnce({ connectionString: process.env.DATABASE_URL, taskList, logger: quiet, noHandleSignals: true });
}

/** Makes pending jobs due now (graphile-worker's own API), as if their time had come. */
export async function makeDueNow(jobIds: string[]): Promise<void> {
  const utils = await makeWorkerUtils({ connectionString: process.env.DATABASE_URL, logger: quiet });
  try {
    await utils.rescheduleJobs(jobIds, { runAt: new Date() });
  } finally {
    await utils.release();
  }
}
