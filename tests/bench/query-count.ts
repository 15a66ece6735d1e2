import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import { growChangeRequests, type DataSet } from "./data.ts";
import type { BenchContext } from "./scenarios.ts";

/**
 * How many SQL statements one page request runs, read from PostgreSQL's pg_stat_statements
 * (every statement the app executes, counted by the server itself: nothing in the app is
 * instrumented). Each page is requested alone several times; the smallest difference of
 * the call counters before and after one request is that page's count (anything else the
 * server did meanwhile can only add). Taken with the small data set, then again after it
 * has grown: a page whose count grows with the data runs a query per row.
 */
export interface QueryCountRow {
  page: string;
  path: string;
  /** The page's ceiling, if it has one. */
  most?: number;
  small: number;
  large: number;
  changeRequests: { small: number; large: number };
  applications: { small: number; large: number };
}

const SAMPLES = 5;

async function statementCalls(db: PrismaClient): Promise<number> {
  const [row] = await db.$queryRawUnsafe<{ calls: bigint | null }[]>(
    `SELECT sum(s.calls)::bigint AS calls
       FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
      WHERE d.datname = current_database() AND s.query NOT ILIKE '%pg_stat_statements%'`,
  );
  return Number(row?.calls ?? 0);
}

async function queriesPerRequest(ctx: BenchContext, path: string, cookie: string): Promise<number> {
  const get = async () => {
    const response = await fetch(`${ctx.baseUrl}${path}`, { headers: { cookie }, redirect: "manual" });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
  };
  await get(); // warm: the first request may compile or prepare
  let fewest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < SAMPLES; i++) {
    const before = await statementCalls(ctx.db);
    await get();
    fewest = Math.min(fewest, (await statementCalls(ctx.db)) - before);
  }
  return fewest;
}

export async function countQueriesAcrossGrowth(
  ctx: BenchContext,
  pages: { name: string; path: string; email?: string; most?: number }[],
  cookieOf: (email?: string) => Promise<string>,
  grow: { data: DataSet; to: number; applications: number },
): Promise<QueryCountRow[]> {
  const small = grow.data.changeRequests;
  const smallApplications = grow.data.applications;
  const before = [];
  for (const page of pages) before.push(await queriesPerRequest(ctx, page.path, await cookieOf(page.email)));
  ctx.log(`growing to ${grow.to} change requests with their history`);
  const started = Date.now();
  await growChangeRequests(ctx.db, grow.data, grow.to, grow.applications);
  await ctx.db.$executeRawUnsafe("ANALYZE");
  ctx.log(`grew in ${Math.round((Date.now() - started) / 1000)} s`);
  const rows: QueryCountRow[] = [];
  for (const [index, page] of pages.entries()) {
    rows.push({
      page: page.name,
      path: page.path,
      ...(page.most === undefined ? {} : { most: page.most }),
      small: before[index]!,
      large: await queriesPerRequest(ctx, page.path, await cookieOf(page.email)),
      changeRequests: { small, large: grow.data.changeRequests },
      applications: { small: smallApplications, large: grow.data.applications },
    });
  }
  return rows;
}

export function queryCountTable(rows: QueryCountRow[]): string {
  const header = ["page", "queries @ small", "queries @ large", "change requests", "applications", "same"];
  const body = rows.map((row) => [
    row.page,
    String(row.small),
    String(row.large),
    `${row.changeRequests.small} → ${row.changeRequests.large}`,
    `${row.applications.small} → ${row.applications.large}`,
    row.small === row.large ? "yes" : "NO",
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...body.map((cells) => cells[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}
