import type { EventEmitter } from "node:events";
import autocannon from "autocannon";

/**
 * One autocannon run against 127.0.0.1. autocannon 9 reports p50/p90/p97.5/p99 but no p95,
 * so every response's latency is recorded here (from the instance's `response` event) and
 * the percentiles are computed from that list.
 */
export interface RequestPlan {
  method?: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** Called before every request, e.g. to rotate tokens; what it returns replaces the defaults. */
  vary?: () => { headers?: Record<string, string>; body?: string };
  /**
   * Called once per connection with its number (0, 1, …): what it returns is that
   * connection's request for the whole run, e.g. one voter per connection.
   */
  perConnection?: (index: number) => { headers?: Record<string, string>; body?: string };
  /** Statuses that count as success; 2xx by default. */
  accept?: (status: number) => boolean;
  /** Looks at an accepted response's headers and body; a returned reason counts the response as rejected. */
  check?: (status: number, headers: Record<string, string | string[] | undefined>, body: string) => string | null;
}

export interface Measurement {
  connections: number;
  durationS: number;
  requests: number;
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
  /** Responses whose status was not accepted, or that `check` rejected. */
  failures: number;
  statusCodes: Record<string, number>;
  rejections: Record<string, number>;
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  throughput: number;
}

export const is2xx = (status: number) => status >= 200 && status < 300;

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

let current: autocannon.Instance | null = null;

/** Stops a run in progress (for Ctrl-C). */
export function stopMeasuring(): void {
  current?.stop();
}

export async function measure(baseUrl: string, plan: RequestPlan, connections: number, durationS: number): Promise<Measurement> {
  const accept = plan.accept ?? is2xx;
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  const rejections: Record<string, number> = {};
  let failures = 0;
  const countFailure = (reason: string) => {
    failures += 1;
    rejections[reason] = (rejections[reason] ?? 0) + 1;
  };

  const request: autocannon.Request = {
    method: plan.method ?? "GET",
    path: plan.path,
    headers: plan.headers,
    body: plan.body,
  };
  if (plan.vary) {
    const vary = plan.vary;
    request.setupRequest = (req) => {
      const next = vary();
      return { ...req, headers: { ...plan.headers, ...next.headers }, body: next.body ?? plan.body };
    };
  }
  let setupClient: ((client: autocannon.Client) => void) | undefined;
  if (plan.perConnection) {
    const perConnection = plan.perConnection;
    let index = 0;
    setupClient = (client) => {
      const own = perConnection(index++);
      client.setHeadersAndBody({ ...plan.headers, ...own.headers }, own.body ?? plan.body ?? "");
    };
  }
  if (plan.check) {
    const check = plan.check;
    // autocannon hands onResponse (status, body, context, headers); its typings lag behind.
    (request as { onResponse?: unknown }).onResponse = (
      status: number,
      body: unknown,
      _context: unknown,
      headers: Record<string, string | string[] | undefined>,
    ) => {
      if (!accept(status)) return;
      const lower = Object.fromEntries(Object.entries(headers ?? {}).map(([key, value]) => [key.toLowerCase(), value]));
      const reason = check(status, lower, typeof body === "string" ? body : Buffer.isBuffer(body) ? body.toString("utf8") : "");
      if (reason) countFailure(reason);
    };
  }

  const started = process.hrtime.bigint();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: baseUrl, connections, duration: durationS, requests: [request], timeout: 30, ...(setupClient ? { setupClient } : {}) },
      (error, res) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(res)),
    );
    current = instance;
    // The instance emits (client, statusCode, resBytes, responseTime in ms).
    (instance as unknown as EventEmitter).on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      latencies.push(responseTime);
      statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1;
      if (!accept(statusCode)) countFailure(`HTTP ${statusCode}`);
    });
  }).finally(() => (current = null));
  const elapsedS = Number(process.hrtime.bigint() - started) / 1e9;

  latencies.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  const mean = latencies.length ? latencies.reduce((sum, n) => sum + n, 0) / latencies.length : Number.NaN;
  return {
    connections,
    durationS: round(result.duration || elapsedS),
    requests: latencies.length,
    errors: result.errors,
    non2xx: result.non2xx,
    failures: failures + result.errors,
    statusCodes,
    rejections,
    latencyMs: {
      p50: round(percentile(latencies, 50)),
      p95: round(percentile(latencies, 95)),
      p99: round(percentile(latencies, 99)),
      max: round(latencies.at(-1) ?? Number.NaN),
      mean: round(mean),
    },
    throughput: round(latencies.length / (result.duration || elapsedS)),
  };
}
