import { randomBytes } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { startApp, sleep, type AppProcess } from "./app.ts";
import { generateData, growChangeRequests, startDatabase, type BenchDatabase } from "./data.ts";
import { measure, stopMeasuring, type RequestPlan } from "./measure.ts";
import { countQueriesAcrossGrowth, queryCountTable, type QueryCountRow } from "./query-count.ts";
import { checkTargets, table, targetLines, withRatios, type Row, type TargetResult } from "./report.ts";
import { adminSession, sessionOf, BASELINE, BASELINE_PATH, CONCURRENCIES, QUERY_COUNT_PAGES, SCENARIOS, type BenchContext, type Check } from "./scenarios.ts";

/**
 * `npm run bench -- [--size N] [--change-requests N] [--applications N] [--duration S] [--port P]`: a clean
 * run against the production build. Its own embedded PostgreSQL in .data/bench/pg (wiped
 * first), migrated, seeded and filled with a generated data set of `--size` users and 100
 * change requests; then the app via `src/cli/start.ts` with DATABASE_URL pointing there;
 * then the queries each change request page runs are counted, the change requests grown to
 * `--change-requests` (10,000) with their history and counted again; then every scenario at
 * 1 and 20 connections with autocannon, all on 127.0.0.1; at more than one connection the
 * baseline (/api/health) runs right before and right after each scenario, and the
 * scenario's throughput is compared with the mean of the two. Prints the tables and the
 * targets, and writes .data/bench/results.json. Exits 0 when it measured (even if a target
 * failed); 1 when the app did not start, a scenario failed or a check found wrong data.
 */
const { values } = parseArgs({
  options: {
    size: { type: "string", default: "1000" },
    "change-requests": { type: "string", default: "10000" },
    applications: { type: "string", default: "5000" },
    duration: { type: "string", default: "10" },
    port: { type: "string", default: "3200" },
  },
});
const positive = (name: string, raw: string | undefined) => {
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    console.error(`[bench] --${name} must be a positive whole number (got ${raw})`);
    process.exit(2);
  }
  return value;
};
const size = positive("size", values.size);
const changeRequests = positive("change-requests", values["change-requests"]);
const applications = positive("applications", values.applications);
const duration = positive("duration", values.duration);
const port = positive("port", values.port);

const root = process.cwd();
const dataDir = path.join(root, ".data", "bench");
const resultsFile = path.join(dataDir, "results.json");
const log = (line: string) => console.log(`[bench] ${line}`);

let database: BenchDatabase | null = null;
let app: AppProcess | null = null;
let cleaning: Promise<void> | null = null;

function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    stopMeasuring();
    if (app) {
      log("stopping the app");
      await app.stop().catch(() => {});
    }
    if (database) {
      log("stopping PostgreSQL");
      // Bounded: if PostgreSQL already went (Ctrl-C reaches it too), stop() never resolves.
      await Promise.race([database.stop(), sleep(15_000)]);
    }
  })();
  return cleaning;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    log(`${signal}: shutting down`);
    void cleanup().finally(() => process.exit(130));
  });
}

async function main(): Promise<number> {
  log(`size ${size}, ${duration} s per scenario and concurrency, port ${port}`);
  await rm(dataDir, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });

  log("starting PostgreSQL in .data/bench/pg, migrating and seeding");
  database = await startDatabase(path.join(dataDir, "pg"));
  const data = await generateData(database.db, size, log);
  log(
    `data set: ${Object.entries(data.counts)
      .map(([table, n]) => `${n} ${table}`)
      .join(", ")}`,
  );

  log("starting the app (builds first if the sources changed; up to 5 minutes)");
  const started = Date.now();
  try {
    app = await startApp({
      port,
      dataDir,
      databaseUrl: database.url,
      secret: randomBytes(32).toString("base64url"),
      logFile: path.join(dataDir, "app.log"),
      log,
    });
  } catch (error) {
    console.error(`[bench] the app did not start: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  log(`app healthy at ${app.baseUrl} after ${Math.round((Date.now() - started) / 1000)} s`);

  const ctx: BenchContext = { baseUrl: app.baseUrl, db: database.db, data, log };
  const setupErrors: Record<string, string> = {};
  let queryCounts: QueryCountRow[] = [];
  try {
    log("counting database queries per page");
    queryCounts = await countQueriesAcrossGrowth(ctx, QUERY_COUNT_PAGES, (email) => (email ? sessionOf(ctx, email) : adminSession(ctx)), {
      data,
      to: changeRequests,
      applications,
    });
  } catch (error) {
    setupErrors.queryCount = error instanceof Error ? error.message : String(error);
    console.error(`[bench] query count failed: ${setupErrors.queryCount}`);
    await growChangeRequests(database.db, data, changeRequests, applications);
  }
  log(
    `data set now: ${Object.entries(data.counts)
      .map(([table, n]) => `${n} ${table}`)
      .join(", ")}`,
  );
  const rows: Omit<Row, "ratioToBaseline">[] = [];
  const checks: Check[] = [];
  for (const scenario of SCENARIOS) {
    let plan: RequestPlan;
    try {
      plan = scenario.setup ? await scenario.setup(ctx) : { path: scenario.path ?? "/" };
    } catch (error) {
      setupErrors[scenario.name] = error instanceof Error ? error.message : String(error);
      console.error(`[bench] ${scenario.name}: setup failed: ${setupErrors[scenario.name]}`);
      continue;
    }
    await measure(app.baseUrl, plan, 4, 1); // warm-up, not counted
    for (const connections of scenario.concurrencies ?? CONCURRENCIES) {
      const alongside = scenario.name !== BASELINE && connections > 1;
      const baseline = () => {
        log(`${BASELINE} alongside: ${connections} connection(s) for ${duration} s`);
        return measure(app!.baseUrl, { path: BASELINE_PATH }, connections, duration);
      };
      const before = alongside ? await baseline() : null;
      log(`${scenario.name}: ${connections} connection(s) for ${duration} s`);
      const result = await measure(app.baseUrl, plan, connections, duration);
      const after = alongside ? await baseline() : null;
      const baselineAlongside = before && after ? Math.round(((before.throughput + after.throughput) / 2) * 10) / 10 : null;
      rows.push({ scenario: scenario.name, ...result, baselineAlongside });
      if (result.failures) {
        console.error(
          `[bench] ${scenario.name} @${connections}: ${result.failures} failed: ${JSON.stringify({ ...result.rejections, errors: result.errors })}`,
        );
      }
    }
    if (scenario.verify) {
      const check = await scenario
        .verify(ctx)
        .catch((error: unknown) => ({ name: `${scenario.name}: check`, pass: false, detail: error instanceof Error ? error.message : String(error) }));
      checks.push(check);
    }
  }

  const measured = withRatios(rows);
  const targets: TargetResult[] = [
    ...checkTargets(measured),
    ...queryCounts.map((row) => ({
      name: `${row.page}: queries per page with ${row.changeRequests.small} and ${row.changeRequests.large} change requests, ${row.applications.small} and ${row.applications.large} applications`,
      target: "equal",
      actual: row.large,
      pass: row.small === row.large,
    })),
    ...queryCounts.flatMap((row) =>
      row.most === undefined ? [] : [{ name: `${row.page}: queries per page`, target: `<= ${row.most}`, actual: row.large, pass: row.large <= row.most }],
    ),
  ];
  console.log(
    `\n${table(measured)}\n\n${queryCountTable(queryCounts)}\n\n${targetLines(targets)}\n${checks.map((check) => `${check.pass ? "PASS" : "FAIL"}  ${check.name}: ${check.detail}`).join("\n")}\n`,
  );
  for (const [name, message] of Object.entries(setupErrors)) console.log(`ERROR ${name}: ${message}`);

  const report = {
    at: new Date().toISOString(),
    options: { size, changeRequests, applications, durationS: duration, port, concurrencies: CONCURRENCIES },
    node: process.version,
    data: { size: data.size, changeRequests: data.changeRequests, applications: data.applications, counts: data.counts },
    queryCounts,
    results: measured,
    targets,
    checks,
    setupErrors,
  };
  await writeFile(resultsFile, `${JSON.stringify(report, null, 2)}\n`);
  log(`results written to ${path.relative(root, resultsFile)}`);

  const failed = measured.some((row) => row.failures > 0) || Object.keys(setupErrors).length > 0 || checks.some((check) => !check.pass);
  return failed ? 1 : 0;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error(`[bench] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  code = 1;
} finally {
  await cleanup();
}
process.exit(code);
