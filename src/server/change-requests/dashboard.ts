import "server-only";
import { californiaDay } from "@/domain/calendar/california-day";
import { CR_STATES, type CrState, type Gate } from "@/domain/change-requests/lifecycle";
import { AGING_BUCKETS, AGING_THRESHOLDS, OPEN_STATES, PARTIES, WAITING_ON, type OverdueReason, type Party } from "@/domain/change-requests/queue";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { daysInStateSql, isOpenSql, reconsiderPassedSql, stateTooLongSql, votePastDeadlineSql } from "./queue-sql";

/**
 * The CPL's dashboard (Governance plan 5.1.1: the CPL reports "status ... on outstanding
 * Change Requests" and alerts "when a problem with CR scope, schedule, or cost has been
 * identified"). Every figure is an aggregate computed by PostgreSQL (GROUP BY, FILTER,
 * LIMIT), so the page runs the same fixed set of queries whether there are 100 change
 * requests or 10,000.
 */
export const RECENT_DAYS = 30;
const LIST_LENGTH = 10;

type Scope = { consortiumId: string | null };

/** `AND <alias>."consortiumId" = …` when the dashboard is narrowed to one consortium. */
function inScope(scope: Scope, alias: "cr" | "e" | "s"): Prisma.Sql {
  return scope.consortiumId ? Prisma.sql`AND ${Prisma.raw(alias)}."consortiumId" = ${scope.consortiumId}` : Prisma.empty;
}

export async function dashboard(scope: Scope, now = new Date()) {
  const today = californiaDay(now);
  const where = inScope(scope, "cr");
  const [counts, aging, overdueCounts, overdueItems, alerts, alertCounts, decisions, escalations, reports] = await Promise.all([
    db.$queryRaw<{ state: CrState; consortium: string; count: number }[]>`
      SELECT cr.state::text AS state, c.code AS consortium, count(*)::int AS count
        FROM "ChangeRequest" cr JOIN "Consortium" c ON c.id = cr."consortiumId"
       WHERE true ${where}
       GROUP BY 1, 2`,
    db.$queryRaw<{ state: CrState; bucket: number; count: number; days: number }[]>`
      SELECT state, width_bucket(days, ${AGING_THRESHOLDS}::int[]) AS bucket, count(*)::int AS count, sum(days)::int AS days
        FROM (SELECT cr.state::text AS state, ${daysInStateSql(now)} AS days FROM "ChangeRequest" cr WHERE ${isOpenSql} ${where}) aged
       GROUP BY 1, 2`,
    db.$queryRaw<{ tooLong: number; vote: number; reconsider: number; total: number }[]>`
      SELECT count(*) FILTER (WHERE too_long)::int AS "tooLong", count(*) FILTER (WHERE vote)::int AS vote,
             count(*) FILTER (WHERE reconsider)::int AS reconsider, count(*) FILTER (WHERE too_long OR vote OR reconsider)::int AS total
        FROM (SELECT ${stateTooLongSql(now)} AS too_long, ${votePastDeadlineSql(now)} AS vote, ${reconsiderPassedSql(today)} AS reconsider
                FROM "ChangeRequest" cr WHERE ${isOpenSql} ${where}) flags`,
    db.$queryRaw<OverdueRow[]>`
      SELECT * FROM (
        SELECT cr.id, cr.number, cr.title, cr.state::text AS state, c.code AS consortium, cr."stateChangedAt", cr."reconsiderOn",
               ${daysInStateSql(now)} AS "daysInState",
               ${stateTooLongSql(now)} AS "tooLong", ${votePastDeadlineSql(now)} AS vote, ${reconsiderPassedSql(today)} AS reconsider
          FROM "ChangeRequest" cr JOIN "Consortium" c ON c.id = cr."consortiumId"
         WHERE ${isOpenSql} ${where}) flagged
       WHERE "tooLong" OR vote OR reconsider
       ORDER BY "stateChangedAt" ASC, number ASC
       LIMIT ${LIST_LENGTH}`,
    db.crAlert.findMany({
      where: { resolvedAt: null, ...(scope.consortiumId ? { consortiumId: scope.consortiumId } : {}) },
      orderBy: { raisedAt: "desc" },
      take: LIST_LENGTH,
      select: alertSelect,
    }),
    db.crAlert.groupBy({
      by: ["kind"],
      where: { resolvedAt: null, ...(scope.consortiumId ? { consortiumId: scope.consortiumId } : {}) },
      _count: { _all: true },
    }),
    db.$queryRaw<DecisionRow[]>`
      SELECT cr.id, cr.number, cr.title, cr.state::text AS state, c.code AS consortium, g.gate::text AS gate,
             m.id AS "motionId", m."closedAt", m.result->>'explanation' AS explanation, count(*) OVER ()::int AS total
        FROM "CrGateMotion" g
        JOIN "Motion" m ON m.id = g."motionId"
        JOIN "ChangeRequest" cr ON cr.id = g."changeRequestId"
        JOIN "Consortium" c ON c.id = cr."consortiumId"
       WHERE m.status = 'CLOSED' AND m."closedAt" >= ${new Date(now.getTime() - RECENT_DAYS * 86_400_000)}::timestamp ${where}
       ORDER BY m."closedAt" DESC
       LIMIT ${LIST_LENGTH}`,
    db.$queryRaw<{ level: string; count: number }[]>`
      SELECT level::text AS level, count(*)::int AS count FROM "Escalation" e
       WHERE "resolvedAt" IS NULL ${inScope(scope, "e")}
       GROUP BY 1`,
    db.$queryRaw<{ consortium: string; periodEnding: Date; filedAt: Date; id: string }[]>`
      SELECT DISTINCT ON (s."consortiumId") c.code AS consortium, s."periodEnding", s."filedAt", s.id
        FROM "StatusReport" s JOIN "Consortium" c ON c.id = s."consortiumId"
       WHERE true ${inScope(scope, "s")}
       ORDER BY s."consortiumId", s."periodEnding" DESC, s."filedAt" DESC`,
  ]);

  return {
    ...countsByState(counts),
    aging: agingByState(aging),
    overdue: { ...(overdueCounts[0] ?? { tooLong: 0, vote: 0, reconsider: 0, total: 0 }), items: overdueItems.map(withReasons) },
    alerts,
    alertCounts: Object.fromEntries(alertCounts.map((row) => [row.kind, row._count._all])) as Partial<Record<"SCOPE" | "SCHEDULE" | "COST", number>>,
    decisions: decisions.map(({ total: _total, ...decision }) => decision),
    decisionsTotal: decisions[0]?.total ?? 0,
    openEscalations: Object.fromEntries(escalations.map((row) => [row.level, row.count])) as Record<string, number>,
    latestReports: reports,
  };
}

export const alertSelect = {
  id: true,
  kind: true,
  description: true,
  raisedAt: true,
  resolvedAt: true,
  resolution: true,
  consortium: { select: { code: true } },
  raisedBy: { select: { name: true } },
  changeRequest: { select: { id: true, number: true, title: true } },
} as const;

interface OverdueRow {
  id: string;
  number: number;
  title: string;
  state: CrState;
  consortium: string;
  stateChangedAt: Date;
  reconsiderOn: Date | null;
  daysInState: number;
  tooLong: boolean;
  vote: boolean;
  reconsider: boolean;
}

interface DecisionRow {
  id: string;
  number: number;
  title: string;
  state: CrState;
  consortium: string;
  gate: Gate;
  motionId: string;
  closedAt: Date;
  explanation: string | null;
  total: number;
}

function withReasons({ tooLong, vote, reconsider, ...row }: OverdueRow) {
  const reasons: OverdueReason[] = [];
  if (tooLong) reasons.push("STATE_TOO_LONG");
  if (vote) reasons.push("VOTE_PAST_DEADLINE");
  if (reconsider) reasons.push("RECONSIDER_DATE_PASSED");
  return { ...row, reasons };
}

/** The state × consortium grid, with totals each way and what each party is holding. */
function countsByState(rows: { state: CrState; consortium: string; count: number }[]) {
  const consortia = [...new Set(rows.map((row) => row.consortium))].sort();
  const byState = CR_STATES.map((state) => {
    const cells = Object.fromEntries(consortia.map((code) => [code, 0])) as Record<string, number>;
    for (const row of rows) if (row.state === state) cells[row.consortium] = row.count;
    return { state, byConsortium: cells, total: Object.values(cells).reduce((sum, n) => sum + n, 0) };
  });
  const waitingOn = PARTIES.map((party) => ({
    party,
    count: byState.filter((row) => WAITING_ON[row.state] === party).reduce((sum, row) => sum + row.total, 0),
  })) satisfies { party: Party; count: number }[];
  const total = byState.reduce((sum, row) => sum + row.total, 0);
  const open = byState.filter((row) => OPEN_STATES.includes(row.state)).reduce((sum, row) => sum + row.total, 0);
  return { consortia, byState, waitingOn, total, open };
}

/** For each open state: how many sit in each aging bucket, and the average days in state. */
function agingByState(rows: { state: CrState; bucket: number; count: number; days: number }[]) {
  return OPEN_STATES.map((state) => {
    const mine = rows.filter((row) => row.state === state);
    const buckets = AGING_BUCKETS.map((_, index) => mine.find((row) => row.bucket === index)?.count ?? 0);
    const count = buckets.reduce((sum, n) => sum + n, 0);
    const days = mine.reduce((sum, row) => sum + row.days, 0);
    return { state, buckets, count, averageDays: count ? Math.round(days / count) : null };
  }).filter((row) => row.count > 0);
}

export type Dashboard = Awaited<ReturnType<typeof dashboard>>;
