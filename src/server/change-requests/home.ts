import "server-only";
import { californiaDay } from "@/domain/calendar/california-day";
import type { CrState } from "@/domain/change-requests/lifecycle";
import { db } from "@/lib/db";
import { isOpenSql, overdueSql } from "./queue-sql";

const MINE_SHOWN = 5;

interface HomeRow {
  mine: { id: string; number: number; title: string; state: CrState }[];
  open: number;
  overdue: number;
}

/**
 * The home page's change-request card, in one statement: the user's own change requests
 * still in progress (the latest few), and for those who follow the queue (`counts`), how
 * many of both consortia's are open and overdue, as the list and the dashboard count them.
 */
export async function changeRequestsForHome(userId: string, { counts }: { counts: boolean }, now = new Date()) {
  const [row] = await db.$queryRaw<HomeRow[]>`
    SELECT
      (SELECT coalesce(json_agg(x), '[]'::json) FROM (
        SELECT cr.id, cr.number, cr.title, cr.state::text AS state FROM "ChangeRequest" cr
         WHERE cr."authorId" = ${userId} AND ${isOpenSql}
         ORDER BY cr."stateChangedAt" DESC LIMIT ${MINE_SHOWN}) x) AS mine,
      count(*) FILTER (WHERE ${isOpenSql})::int AS open,
      count(*) FILTER (WHERE ${overdueSql(now, californiaDay(now))})::int AS overdue
      FROM "ChangeRequest" cr WHERE ${counts}`;
  return { mine: row!.mine, counts: counts ? { open: row!.open, overdue: row!.overdue } : null };
}

export type HomeChangeRequests = Awaited<ReturnType<typeof changeRequestsForHome>>;
