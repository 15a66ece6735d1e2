import { describe, expect, it } from "vitest";
import type { Measurement } from "../bench/measure.ts";
import { checkTargets, withRatios } from "../bench/report.ts";

const measured = (scenario: string, connections: number, throughput: number, baselineAlongside: number | null = null) =>
  ({
    scenario,
    connections,
    baselineAlongside,
    durationS: 10,
    requests: Math.round(throughput * 10),
    errors: 0,
    non2xx: 0,
    failures: 0,
    statusCodes: {},
    rejections: {},
    latencyMs: { p50: 10, p95: 20, p99: 30, max: 40, mean: 12 },
    throughput,
  }) satisfies Measurement & { scenario: string; baselineAlongside: number | null };

describe("the bench's throughput ratios", () => {
  it("compare a scenario with the baseline measured alongside it when there is one", () => {
    const rows = withRatios([measured("health", 20, 400), measured("CPL dashboard", 20, 60, 300)]);
    expect(rows.find((row) => row.scenario === "CPL dashboard")?.ratioToBaseline).toBe(0.2);
  });

  it("fall back to the baseline scenario's row at the same concurrency", () => {
    const rows = withRatios([measured("health", 1, 100), measured("health", 20, 400), measured("home", 20, 100)]);
    expect(rows.find((row) => row.scenario === "home")?.ratioToBaseline).toBe(0.25);
  });

  it("feed the targets in percent, and a missing scenario fails its target", () => {
    const rows = withRatios([measured("CPL dashboard", 20, 45, 300)]);
    const results = checkTargets(rows);
    expect(results.find((result) => result.name === "CPL dashboard throughput at 20 users vs health")).toMatchObject({ actual: 15, pass: true });
    expect(results.find((result) => result.name === "change request list (filtered) throughput at 20 users vs health")).toMatchObject({
      actual: null,
      pass: false,
    });
  });
});
