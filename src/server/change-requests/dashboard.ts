import "server-only";
import { californiaDay } from "@/domain/calendar/california-day";
import { CR_STATES, type CrState, type Gate } from "@/domain/change-requests/lifecycle";
import { AGING_BUCKETS, AGING_THRESHOLDS, OPEN_STATES, PARTIES, WAITING_ON, type OverdueReason, type Party } from "@/domain/change-requests/queue";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { daysInStateSql, reconsiderPassedSql, stateTooLongSql, votePastDeadlineSql } from "@/server/change-requests/queue-sql";
import { privateDraftSql } from "@/server/change-requests/visibility";

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
function inScope(scope: Scope, alias: "cr" | "e" | "s" | "a"): Prisma.Sql {
  return scope.consortiumId ? Prisma.sql`AND ${Prisma.raw(alias)}."consortiumId" = ${scope.consortiumId}` : Prisma.empty;
}

interface DashboardRow {
  groups: GroupRow[];
  overdue: (Omit<OverdueRow, "stateChangedAt" | "reconsiderOn"> & { stateChangedAt: string; reconsiderOn: string | null })[];
  decisions: (Omit<DecisionRow, "closedAt"> & { closedAt: string })[];
  decisionsTotal: number;
  escalations: { level: string; count: number }[];
  reports: { consortium: string; periodEnding: string; filedAt: string; id: string }[];
  alerts: {
    id: string;
    kind: "SCOPE" | "SCHEDULE" | "COST";
    description: string;
    raisedAt: string;
    consortium: string;
    raisedBy: string;
    crId: string | null;
    crNumber: number | null;
    crTitle: string | null;
  }[];
  alertCounts: { kind: "SCOPE" | "SCHEDULE" | "COST"; count: number }[];
}

/** One row per state × consortium × aging bucket × overdue reasons, from one pass over the change requests. */
interface GroupRow {
  state: CrState;
  consortium: string;
  bucket: number;
  tooLong: boolean;
  vote: boolean;
  reconsider: boolean;
  count: number;
  days: number;
}

/**
 * The figures, exact as of `now` (status reports file them; the tests move the clock).
 * The dashboard page reads them through `currentDashboard`, which keeps them for a minute.
 */
export async function dashboard(scope: Scope, now = new Date()) {
  const [row] = await db.$queryRaw<DashboardRow[]>`${figuresSql(scope, now)}`;
  return present(row!);
}

/**
 * Recomputing the figures reads every change request (about 25 ms at 10,000 of them), and
 * the dashboard is read far more often than change requests move: so the page keeps them
 * in `CrDashboardSnapshot` and recomputes when something changed since (the
 * `dashboard_version` sequence moved) or a minute has passed, whichever comes first. The
 * snapshot lives in PostgreSQL, not in this process, so every instance of the app shares it.
 * It is a cache, not a record: writing it is not audited.
 */
export const SNAPSHOT_SECONDS = 60;

interface Consortium {
  id: string;
  code: string;
  name: string;
}

/**
 * The dashboard page's figures for all change requests or one consortium's (by its code; an
 * unknown code means all), with the consortia for the picker: one query when the snapshot
 * is fresh, and one more to recompute and store it when it is not.
 */
export async function currentDashboard(consortiumCode: string | null) {
  const [cached] = await db.$queryRaw<{ consortia: Consortium[] | null; chosen: string | null; version: bigint; figures: DashboardRow | null }[]>`
    WITH chosen AS (SELECT id FROM "Consortium" WHERE code = ${consortiumCode ?? ""})
    SELECT (SELECT json_agg(json_build_object('id', c.id, 'code', c.code, 'name', c.name) ORDER BY c.code) FROM "Consortium" c) AS consortia,
           (SELECT id FROM chosen) AS chosen, v.last_value AS version, s.figures
      FROM "dashboard_version" v
      LEFT JOIN "CrDashboardSnapshot" s
        ON s.scope = coalesce((SELECT id FROM chosen), 'all') AND s.version = v.last_value
       AND s."computedAt" > now() - make_interval(secs => ${SNAPSHOT_SECONDS})`;
  const { consortia, chosen, version } = cached!;
  const consortium = consortia?.find((candidate) => candidate.id === chosen) ?? null;
  const figures = cached!.figures ?? (await storeSnapshot({ consortiumId: chosen }, version));
  return { consortia: consortia ?? [], consortium, figures: present(figures) };
}

/**
 * Computes the figures and stores them with the version read before computing: a change
 * that commits meanwhile moves the sequence past it, so the snapshot is stale at once for
 * the next reader, never wrongly fresh. An older computation never replaces a newer one.
 */
async function storeSnapshot(scope: Scope, version: bigint): Promise<DashboardRow> {
  const [row] = await db.$queryRaw<{ figures: DashboardRow }[]>`
    WITH f AS (${figuresSql(scope, new Date())}),
    stored AS (
      INSERT INTO "CrDashboardSnapshot" AS s (scope, version, "computedAt", figures)
      SELECT ${scope.consortiumId ?? "all"}, ${version}, now(), to_jsonb(f) FROM f
      ON CONFLICT (scope) DO UPDATE SET version = excluded.version, "computedAt" = excluded."computedAt", figures = excluded.figures
        WHERE s.version <= excluded.version
    )
    SELECT to_jsonb(f) AS figures FROM f`;
  return row!.figures;
}

/**
 * Everything in one statement: one pass over the change requests feeds every count, the
 * aging and the overdue figures (grouped by state, consortium, bucket and reasons), and the
 * short lists ride along as JSON. One round trip and one plan per page view. The pass keeps
 * only narrow columns; titles and codes are joined for the ten rows of each list.
 */
function figuresSql(scope: Scope, now: Date): Prisma.Sql {
  const today = californiaDay(now);
  const where = inScope(scope, "cr");
  const cutoff = new Date(now.getTime() - RECENT_DAYS * 86_400_000);
  const json = (query: Prisma.Sql) => Prisma.sql`(SELECT coalesce(json_agg(x), '[]'::json) FROM (${query}) x)`;
  return Prisma.sql`
    WITH scoped AS (
      SELECT cr.id, cr.number, cr.state, cr."consortiumId", cr."stateChangedAt",
             ${daysInStateSql(now)} AS days,
             ${stateTooLongSql(now)} AS too_long, ${votePastDeadlineSql(now)} AS vote, ${reconsiderPassedSql(today)} AS reconsider
        FROM "ChangeRequest" cr
       -- Drafts are their authors' and the CPL's until submitted (visibility.ts): the dashboard, shown to the ESC and the TAB, follows submitted ones.
       WHERE NOT ${privateDraftSql} ${where}
    )
    SELECT
      ${json(Prisma.sql`
        SELECT g.state::text AS state, c.code AS consortium, g.bucket, g."tooLong", g.vote, g.reconsider, g.count, g.days
          FROM (SELECT state, "consortiumId", width_bucket(days, ${AGING_THRESHOLDS}::int[]) AS bucket,
                       too_long AS "tooLong", vote, reconsider, count(*)::int AS count, sum(days)::int AS days
                  FROM scoped GROUP BY 1, 2, 3, 4, 5, 6) g
          JOIN "Consortium" c ON c.id = g."consortiumId"`)} AS groups,
      ${json(Prisma.sql`
        SELECT s.id, s.number, cr.title, s.state::text AS state, c.code AS consortium, s."stateChangedAt", cr."reconsiderOn",
               s.days AS "daysInState", s.too_long AS "tooLong", s.vote, s.reconsider
          FROM (SELECT * FROM scoped WHERE too_long OR vote OR reconsider ORDER BY "stateChangedAt" ASC, number ASC LIMIT ${LIST_LENGTH}) s
          JOIN "ChangeRequest" cr ON cr.id = s.id
          JOIN "Consortium" c ON c.id = s."consortiumId"
         ORDER BY s."stateChangedAt" ASC, s.number ASC`)} AS overdue,
      ${json(Prisma.sql`
        SELECT cr.id, cr.number, cr.title, cr.state::text AS state, c.code AS consortium, d.gate::text AS gate,
               d.id AS "motionId", d."closedAt", m.result->>'explanation' AS explanation, d.total
          FROM (SELECT m.id, m."closedAt", g."changeRequestId", g.gate, count(*) OVER ()::int AS total
                  FROM "Motion" m JOIN "CrGateMotion" g ON g."motionId" = m.id
                 WHERE m.status = 'CLOSED' AND m."closedAt" >= ${cutoff}::timestamp
                   -- A decision moves the change request, so only those that moved since the cutoff can have one.
                   AND g."changeRequestId" IN (SELECT cr.id FROM "ChangeRequest" cr WHERE cr."stateChangedAt" >= ${cutoff}::timestamp ${where})
                 ORDER BY m."closedAt" DESC LIMIT ${LIST_LENGTH}) d
          JOIN "Motion" m ON m.id = d.id
          JOIN "ChangeRequest" cr ON cr.id = d."changeRequestId"
          JOIN "Consortium" c ON c.id = cr."consortiumId"
         ORDER BY d."closedAt" DESC`)} AS decisions,
      ${json(Prisma.sql`
        SELECT level::text AS level, count(*)::int AS count FROM "Escalation" e
         WHERE "resolvedAt" IS NULL ${inScope(scope, "e")} GROUP BY 1`)} AS escalations,
      ${json(Prisma.sql`
        SELECT DISTINCT ON (s."consortiumId") c.code AS consortium, s."periodEnding", s."filedAt", s.id
          FROM "StatusReport" s JOIN "Consortium" c ON c.id = s."consortiumId"
         WHERE true ${inScope(scope, "s")}
         ORDER BY s."consortiumId", s."periodEnding" DESC, s."filedAt" DESC`)} AS reports,
      ${json(Prisma.sql`
        SELECT a.id, a.kind::text AS kind, a.description, a."raisedAt", c.code AS consortium, u.name AS "raisedBy",
               cr.id AS "crId", cr.number AS "crNumber", cr.title AS "crTitle"
          FROM "CrAlert" a
          JOIN "Consortium" c ON c.id = a."consortiumId"
          JOIN "User" u ON u.id = a."raisedById"
          LEFT JOIN "ChangeRequest" cr ON cr.id = a."changeRequestId"
         WHERE a."resolvedAt" IS NULL ${inScope(scope, "a")}
         ORDER BY a."raisedAt" DESC LIMIT ${LIST_LENGTH}`)} AS alerts,
      ${json(Prisma.sql`
        SELECT a.kind::text AS kind, count(*)::int AS count FROM "CrAlert" a
         WHERE a."resolvedAt" IS NULL ${inScope(scope, "a")} GROUP BY 1`)} AS "alertCounts"`;
}

/** The statement's JSON as the page uses it: counts folded, dates parsed. */
function present(figures: DashboardRow) {
  // JSON carries timestamps without a zone; the columns hold UTC.
  const utc = (text: string) => new Date(text.includes("T") && !/(?:[zZ]|[+-]\d\d:?\d\d)$/.test(text) ? `${text}Z` : text);
  const groups = figures.groups;

  return {
    ...countsByState(groups),
    aging: agingByState(groups),
    overdue: {
      ...overdueCounts(groups),
      items: figures.overdue.map((item) =>
        withReasons({ ...item, stateChangedAt: utc(item.stateChangedAt), reconsiderOn: item.reconsiderOn ? utc(item.reconsiderOn) : null }),
      ),
    },
    alerts: figures.alerts.map((alert) => ({
      id: alert.id,
      kind: alert.kind,
      description: alert.description,
      raisedAt: utc(alert.raisedAt),
      consortium: { code: alert.consortium },
      raisedBy: { name: alert.raisedBy },
      changeRequest: alert.crId ? { id: alert.crId, number: alert.crNumber!, title: alert.crTitle! } : null,
    })),
    alertCounts: Object.fromEntries(figures.alertCounts.map((entry) => [entry.kind, entry.count])) as Partial<Record<"SCOPE" | "SCHEDULE" | "COST", number>>,
    decisions: figures.decisions.map(({ total: _total, ...decision }) => ({ ...decision, closedAt: utc(decision.closedAt) })),
    decisionsTotal: figures.decisions[0]?.total ?? 0,
    openEscalations: Object.fromEntries(figures.escalations.map((entry) => [entry.level, entry.count])) as Record<string, number>,
    latestReports: figures.reports.map((report) => ({ ...report, periodEnding: utc(report.periodEnding), filedAt: utc(report.filedAt) })),
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
function countsByState(rows: GroupRow[]) {
  const consortia = [...new Set(rows.map((row) => row.consortium))].sort();
  const byState = CR_STATES.map((state) => {
    const cells = Object.fromEntries(consortia.map((code) => [code, 0])) as Record<string, number>;
    for (const row of rows) if (row.state === state) cells[row.consortium] = (cells[row.consortium] ?? 0) + row.count;
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

/** Overdue change requests by reason, and in all (one can have several reasons). */
function overdueCounts(rows: GroupRow[]) {
  const sum = (keep: (row: GroupRow) => boolean) => rows.filter(keep).reduce((total, row) => total + row.count, 0);
  return {
    tooLong: sum((row) => row.tooLong),
    vote: sum((row) => row.vote),
    reconsider: sum((row) => row.reconsider),
    total: sum((row) => row.tooLong || row.vote || row.reconsider),
  };
}

/** For each open state: how many sit in each aging bucket, and the average days in state. */
function agingByState(rows: GroupRow[]) {
  return OPEN_STATES.map((state) => {
    const mine = rows.filter((row) => row.state === state);
    const buckets = AGING_BUCKETS.map((_, index) => mine.filter((row) => row.bucket === index).reduce((sum, row) => sum + row.count, 0));
    const count = buckets.reduce((sum, n) => sum + n, 0);
    const days = mine.reduce((sum, row) => sum + row.days, 0);
    return { state, buckets, count, averageDays: count ? Math.round(days / count) : null };
  }).filter((row) => row.count > 0);
}

export type Dashboard = Awaited<ReturnType<typeof dashboard>>;
