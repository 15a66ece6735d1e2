import "server-only";
import { californiaDay } from "@/domain/calendar/california-day";
import { TERMINAL_STATES, type CrKind, type CrState } from "@/domain/change-requests/lifecycle";
import { PAGE_SIZE, searchedNumber, type ListFilter } from "@/domain/change-requests/list-filter";
import type { Party } from "@/domain/change-requests/queue";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { can, type Permission, type Principal } from "@/lib/permissions";
import { daysInStateSql, isOpenSql, overdueSql, stateOrderSql, statesWaitingOnSql, waitingOnSql } from "@/server/change-requests/queue-sql";
import { visibleToSql } from "@/server/change-requests/visibility";

/**
 * The change request list: one SQL statement per page, whatever the filters, returning the
 * page's rows and the total that matched (a window count), so the page costs the same
 * number of queries with 100 change requests as with 10,000.
 */
export interface ListedChangeRequest {
  id: string;
  number: number;
  title: string;
  kind: CrKind;
  state: CrState;
  consortium: string;
  externalRef: string | null;
  authorName: string;
  waitingOn: Party | null;
  daysInState: number;
  stateChangedAt: Date;
  updatedAt: Date;
  priorityRank: number | null;
  overdue: boolean;
}

const TERMINAL = [...TERMINAL_STATES] as string[];

/** `visible`: what the viewer may see (visibility.ts: another author's draft is hidden), always the first condition. */
function whereOf(filter: ListFilter, now: Date, visible: Prisma.Sql): Prisma.Sql {
  const today = californiaDay(now);
  const conditions: Prisma.Sql[] = [visible];
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    const number = searchedNumber(filter.q);
    conditions.push(
      Prisma.sql`(cr.title ILIKE ${pattern} OR cr.scope ILIKE ${pattern} OR cr."externalRef" ILIKE ${pattern}${number === null ? Prisma.empty : Prisma.sql` OR cr.number = ${number}`})`,
    );
  }
  if (filter.state === "open") conditions.push(isOpenSql);
  else if (filter.state === "finished") conditions.push(Prisma.sql`cr.state = ANY(${TERMINAL}::"CrState"[])`);
  else if (filter.state) conditions.push(Prisma.sql`cr.state = ${filter.state}::"CrState"`);
  // Compared as the column's own types (enum, id), so the indexes on them apply.
  if (filter.consortium) conditions.push(Prisma.sql`cr."consortiumId" = (SELECT id FROM "Consortium" WHERE code = ${filter.consortium})`);
  if (filter.kind) conditions.push(Prisma.sql`cr.kind = ${filter.kind}::"CrKind"`);
  if (filter.waiting) conditions.push(statesWaitingOnSql(filter.waiting));
  if (filter.overdue) conditions.push(overdueSql(now, today));
  return Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}`;
}

function orderOf(filter: ListFilter): Prisma.Sql {
  const dir = filter.dir === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  // Every order ends with the number, so pages never overlap or skip rows.
  switch (filter.sort) {
    case "number":
      return Prisma.sql`cr.number ${dir}`;
    case "title":
      return Prisma.sql`lower(cr.title) ${dir}, cr.number ${dir}`;
    case "state":
      return Prisma.sql`${stateOrderSql} ${dir}, cr.number DESC`;
    // Longest in its step first when descending: the oldest stateChangedAt.
    case "age":
      return Prisma.sql`cr."stateChangedAt" ${filter.dir === "asc" ? Prisma.sql`DESC` : Prisma.sql`ASC`}, cr.number DESC`;
    case "updated":
      return Prisma.sql`cr."updatedAt" ${dir}, cr.number DESC`;
  }
}

interface Row extends Omit<ListedChangeRequest, "overdue"> {
  overdue: boolean;
  total: bigint;
}

/**
 * One statement: the matching change requests are counted (an index-only scan for the
 * common filters) and, separately, sorted and cut to the page (an index in the sort's order
 * stops after the page's rows); only the page's rows then get their consortium, author,
 * whom they wait on and whether they are overdue. NOT MATERIALIZED lets PostgreSQL plan the
 * two uses of `matching` each its own way, instead of reading every match once for both.
 */
function selectRows(filter: ListFilter, now: Date, limit: Prisma.Sql, visible: Prisma.Sql) {
  const today = californiaDay(now);
  return db.$queryRaw<Row[]>`
    WITH matching AS NOT MATERIALIZED (SELECT cr.* FROM "ChangeRequest" cr ${whereOf(filter, now, visible)})
    SELECT cr.id, cr.number, cr.title, cr.kind::text AS kind, cr.state::text AS state, c.code AS consortium,
           cr."externalRef", u.name AS "authorName", ${waitingOnSql} AS "waitingOn",
           ${daysInStateSql(now)} AS "daysInState", cr."stateChangedAt", cr."updatedAt", cr."priorityRank",
           ${overdueSql(now, today)} AS overdue, (SELECT count(*) FROM matching) AS total
      FROM (SELECT * FROM matching cr ORDER BY ${orderOf(filter)} ${limit}) cr
      JOIN "Consortium" c ON c.id = cr."consortiumId"
      JOIN "User" u ON u.id = cr."authorId"
     ORDER BY ${orderOf(filter)}`;
}

/** The page of the list `viewer` asked for, of the change requests they may see. */
export async function listChangeRequests(viewer: Principal, filter: ListFilter, now = new Date()) {
  const offset = (filter.page - 1) * PAGE_SIZE;
  const visible = await visibleToSql(db, viewer);
  const rows = await selectRows(filter, now, Prisma.sql`LIMIT ${PAGE_SIZE} OFFSET ${offset}`, visible);
  const total = rows[0] ? Number(rows[0].total) : offset > 0 ? await countMatching(filter, now, visible) : 0;
  return {
    rows: rows.map(({ total: _total, ...row }) => row satisfies ListedChangeRequest),
    total,
    page: filter.page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
  };
}

/** Only when a page past the end was asked for: how many there are, to offer the last page. */
async function countMatching(filter: ListFilter, now: Date, visible: Prisma.Sql): Promise<number> {
  const [row] = await db.$queryRaw<{ total: bigint }[]>`
    SELECT count(*) AS total FROM "ChangeRequest" cr ${whereOf(filter, now, visible)}`;
  return Number(row?.total ?? 0);
}

/** Every matching change request, for the CSV export (capped, and said so). */
export const EXPORT_LIMIT = 50_000;

export async function exportChangeRequests(viewer: Principal, filter: ListFilter, now = new Date()) {
  const rows = await selectRows(filter, now, Prisma.sql`LIMIT ${EXPORT_LIMIT}`, await visibleToSql(db, viewer));
  return rows.map(({ total: _total, ...row }) => row satisfies ListedChangeRequest);
}

/** The consortia, for the filter menu. */
export function listConsortia() {
  return db.consortium.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true, name: true } });
}

/** The consortia in which the user may take an action: a CPL's own, every one for an administrator. */
export async function consortiaWhere(user: Principal, action: Permission) {
  const consortia = await listConsortia();
  return consortia.filter((consortium) => can(user, action, { consortiumId: consortium.id }));
}
