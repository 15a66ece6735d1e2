import "server-only";
import type { Tx } from "@/lib/db/client";

/**
 * Adds a background job inside the caller's transaction, through graphile-worker's SQL
 * API (`graphile_worker.add_job`): the job exists exactly when the caller's change does, so
 * a rollback leaves no job behind and a commit never loses one. The worker (src/server/jobs/worker.ts)
 * must have installed its schema first, which it does when an app instance starts.
 */
export interface JobOptions {
  /** When to run it; now by default. */
  runAt?: Date;
  /** At most one pending job per key: adding the same key again updates that job. */
  jobKey?: string;
  /** Keep a pending job's run time when the key is added again (a sweep re-adding it). */
  preserveRunAt?: boolean;
  /** graphile-worker's own retries when the task throws (an unexpected error). */
  maxAttempts?: number;
}

export async function enqueueJob(tx: Tx, task: string, payload: Record<string, unknown>, options: JobOptions = {}): Promise<void> {
  await tx.$executeRaw`
    SELECT graphile_worker.add_job(
      ${task},
      ${JSON.stringify(payload)}::json,
      run_at := ${options.runAt ?? null}::timestamptz,
      max_attempts := ${options.maxAttempts ?? 5}::int,
      job_key := ${options.jobKey ?? null}::text,
      job_key_mode := ${options.preserveRunAt ? "preserve_run_at" : "replace"}
    )`;
}
