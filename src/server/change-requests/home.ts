import "server-only";
import type { CrState } from "@/domain/change-requests/lifecycle";
import { db } from "@/lib/db/client";
import { currentDashboard } from "@/server/change-requests/dashboard";
import { isOpenSql } from "@/server/change-requests/queue-sql";

const MINE_SHOWN = 5;

/**
 * The home page's change-request card: the user's own change requests still in progress
 * (the latest few), and for those who follow the queue (`counts`), how many of both
 * consortia's are open and overdue. Those two come from the dashboard's snapshot, so they
 * are the dashboard's (and the list's) own figures and cost no pass over every change request.
 */
export async function changeRequestsForHome(userId: string, { counts }: { counts: boolean }) {
  const [mine, dashboard] = await Promise.all([
    db.$queryRaw<{ id: string; number: number; title: string; state: CrState }[]>`
      SELECT cr.id, cr.number, cr.title, cr.state::text AS state FROM "ChangeRequest" cr
       WHERE cr."authorId" = ${userId} AND ${isOpenSql}
       ORDER BY cr."stateChangedAt" DESC LIMIT ${MINE_SHOWN}`,
    counts ? currentDashboard(null) : null,
  ]);
  return { mine, counts: dashboard ? { open: dashboard.figures.open, overdue: dashboard.figures.overdue.total } : null };
}

export type HomeChangeRequests = Awaited<ReturnType<typeof changeRequestsForHome>>;
