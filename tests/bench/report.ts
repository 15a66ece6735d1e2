import type { Measurement } from "./measure.ts";
import { BASELINE } from "./scenarios.ts";

/** The table of results, and the performance targets checked against it. */
export interface Row extends Measurement {
  scenario: string;
  /**
   * The baseline's throughput at the same concurrency measured alongside this row (the mean
   * of a run right before and one right after it), or null when it was not.
   */
  baselineAlongside: number | null;
  /**
   * Throughput divided by the baseline's at the same concurrency, in this run: the one
   * measured alongside when there is one, else the baseline scenario's own row.
   */
  ratioToBaseline: number | null;
}

export interface Target {
  name: string;
  /** The measured value, or null when the scenario did not run. */
  actual: (rows: Row[]) => number | null;
  limit: number;
  kind: "max" | "min";
  unit: string;
}

const find = (rows: Row[], scenario: string, connections: number) => rows.find((row) => row.scenario === scenario && row.connections === connections);

const ratioPercent = (rows: Row[], scenario: string, connections: number) => {
  const ratio = find(rows, scenario, connections)?.ratioToBaseline;
  return ratio == null ? null : Math.round(ratio * 1000) / 10;
};

/** A scenario's p95 at 1 user and its throughput at 20 users as a share of the baseline's. */
function pageTargets(scenario: string, p95Ms: number, minSharePercent: number): Target[] {
  return [
    { name: `${scenario} p95 at 1 user`, actual: (rows) => find(rows, scenario, 1)?.latencyMs.p95 ?? null, limit: p95Ms, kind: "max", unit: "ms" },
    {
      name: `${scenario} throughput at 20 users vs ${BASELINE}`,
      actual: (rows) => ratioPercent(rows, scenario, 20),
      limit: minSharePercent,
      kind: "min",
      unit: "%",
    },
  ];
}

export const TARGETS: Target[] = [
  ...pageTargets("home", 25, 25),
  // Issue 3: casting a ballot, p95 at most 25 ms for one voter; 50 concurrent voters on one
  // motion get no errors and at least 20% of /api/health's throughput in the same run.
  { name: "cast ballot p95 at 1 voter", actual: (rows) => find(rows, "cast ballot", 1)?.latencyMs.p95 ?? null, limit: 25, kind: "max", unit: "ms" },
  { name: "cast ballot failures at 50 voters", actual: (rows) => find(rows, "cast ballot", 50)?.failures ?? null, limit: 0, kind: "max", unit: "" },
  { name: `cast ballot throughput at 50 voters vs ${BASELINE}`, actual: (rows) => ratioPercent(rows, "cast ballot", 50), limit: 20, kind: "min", unit: "%" },
  // Issue 4: with 10,000 change requests and their history.
  ...pageTargets("CPL dashboard", 60, 15),
  ...pageTargets("change request list (filtered)", 60, 15),
  // Issue 14: the public matrix, cached, serves at least what /api/health does at 20 readers;
  // the Process Manager's queue with 5,000 applications, p95 at most 60 ms for one user.
  {
    name: `public matrix throughput at 20 readers vs ${BASELINE}`,
    actual: (rows) => ratioPercent(rows, "public matrix", 20),
    limit: 100,
    kind: "min",
    unit: "%",
  },
  { name: "access queue p95 at 1 user", actual: (rows) => find(rows, "access queue", 1)?.latencyMs.p95 ?? null, limit: 60, kind: "max", unit: "ms" },
];

export interface TargetResult {
  name: string;
  target: string;
  actual: number | null;
  pass: boolean;
}

export function checkTargets(rows: Row[]): TargetResult[] {
  return TARGETS.map((target) => {
    const actual = target.actual(rows);
    const pass = actual !== null && Number.isFinite(actual) && (target.kind === "max" ? actual <= target.limit : actual >= target.limit);
    return { name: target.name, target: `${target.kind === "max" ? "<=" : ">="} ${target.limit} ${target.unit}`, actual, pass };
  });
}

export function withRatios(rows: Omit<Row, "ratioToBaseline">[]): Row[] {
  return rows.map((row) => {
    const base = row.baselineAlongside ?? rows.find((other) => other.scenario === BASELINE && other.connections === row.connections)?.throughput;
    const ratio = base ? Math.round((row.throughput / base) * 1000) / 1000 : null;
    return { ...row, ratioToBaseline: ratio };
  });
}

export function table(rows: Row[]): string {
  const header = [
    "scenario",
    "conns",
    "requests",
    "errors",
    "non-2xx",
    "failed",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "req/s",
    `${BASELINE} req/s alongside`,
    `vs ${BASELINE}`,
  ];
  const body = rows.map((row) => [
    row.scenario,
    String(row.connections),
    String(row.requests),
    String(row.errors),
    String(row.non2xx),
    String(row.failures),
    row.latencyMs.p50.toFixed(1),
    row.latencyMs.p95.toFixed(1),
    row.latencyMs.p99.toFixed(1),
    row.throughput.toFixed(1),
    row.baselineAlongside === null ? "-" : row.baselineAlongside.toFixed(1),
    row.ratioToBaseline === null ? "-" : `${(row.ratioToBaseline * 100).toFixed(1)}%`,
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...body.map((cells) => cells[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

export function targetLines(results: TargetResult[]): string {
  return results.map((result) => `${result.pass ? "PASS" : "FAIL"}  ${result.name}: ${result.actual ?? "not measured"} (target ${result.target})`).join("\n");
}
