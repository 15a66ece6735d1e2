/**
 * Next.js calls register() once when a server instance starts. Every instance runs the
 * background job worker (src/server/jobs/worker.ts); they share one queue in PostgreSQL.
 * Not in the Edge runtime, and not while `next build` prerenders pages.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startWorkerOnce } = await import("@/server/jobs/worker");
  startWorkerOnce();
}
