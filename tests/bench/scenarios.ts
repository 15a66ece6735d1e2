import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import { fetchCsrf, FORM_HEADERS, setsSession, signIn, signInBody, SIGN_IN_PATH, type CsrfPair } from "./auth.ts";
import type { DataSet } from "./data.ts";
import type { RequestPlan } from "./measure.ts";

/**
 * What the bench measures. A scenario is a fixed GET `path`, or a `setup` that runs once
 * (after the data is loaded and the app is up) and returns the request to measure. Each
 * scenario runs at every concurrency in CONCURRENCIES. Add new ones to SCENARIOS.
 */
export interface BenchContext {
  baseUrl: string;
  db: PrismaClient;
  data: DataSet;
  log: (line: string) => void;
}

export interface Scenario {
  name: string;
  path?: string;
  setup?: (ctx: BenchContext) => Promise<RequestPlan>;
}

/** 1 connection shows latency; 20 show capacity. */
export const CONCURRENCIES = [1, 20];
/** Throughput ratios are taken against this scenario at the same concurrency. */
export const BASELINE = "health";

const SIGN_IN_USERS = ["admin@demo.local", "chair@demo.local", "cpl@demo.local", "director@demo.local"];
const CSRF_POOL = 20;

/** Signs the admin in once and shares the cookie between scenarios. */
let adminCookie: Promise<string> | null = null;
export function adminSession(ctx: BenchContext): Promise<string> {
  adminCookie ??= signIn(ctx.baseUrl, "admin@demo.local");
  return adminCookie;
}

/**
 * A GET of a signed-in page as the admin. Checks once that it answers 200 with the page
 * rather than the sign-in form, and warns when `marker` (text the page should show) is absent.
 */
export function signedInPage(name: string, path: string, marker?: RegExp): Scenario {
  return {
    name,
    async setup(ctx) {
      const cookie = await adminSession(ctx);
      const response = await fetch(`${ctx.baseUrl}${path}`, { headers: { cookie }, redirect: "manual" });
      const html = await response.text();
      if (response.status !== 200) {
        throw new Error(`${name}: GET ${path} answered ${response.status} (location: ${response.headers.get("location") ?? "-"})`);
      }
      if (/type="password"|action="\/api\/auth\/callback/.test(html)) {
        throw new Error(`${name}: GET ${path} answered the sign-in page, not the signed-in page`);
      }
      if (marker && !marker.test(html)) ctx.log(`warning: ${name}: GET ${path} does not show ${String(marker)}`);
      return { path, headers: { cookie } };
    },
  };
}

/** The list as a CPL narrows it: one consortium's open change requests, longest waiting first. */
export const CR_LIST_FILTERED = "/change-requests?state=open&consortium=CASES&sort=age";

export const SCENARIOS: Scenario[] = [
  { name: "health", path: "/api/health" },
  {
    name: "sign-in",
    async setup(ctx) {
      const pool: CsrfPair[] = [];
      for (let i = 0; i < CSRF_POOL; i++) pool.push(await fetchCsrf(ctx.baseUrl));
      // One real sign-in first, so a broken sign-in stops the bench before it counts failures.
      await signIn(ctx.baseUrl, SIGN_IN_USERS[0]!);
      let next = 0;
      return {
        method: "POST",
        path: SIGN_IN_PATH,
        headers: FORM_HEADERS,
        vary: () => {
          const i = next++;
          const csrf = pool[i % pool.length]!;
          return { headers: { ...FORM_HEADERS, cookie: csrf.cookie }, body: signInBody(csrf, SIGN_IN_USERS[i % SIGN_IN_USERS.length]!) };
        },
        accept: (status) => status >= 200 && status < 400,
        check: (_status, headers) => (setsSession(headers["set-cookie"]) ? null : "no session cookie"),
      };
    },
  },
  signedInPage("home", "/", /Alex Admin|admin@demo\.local/),
  signedInPage("CPL dashboard", "/dashboard", /Change request dashboard/),
  signedInPage("change request list (filtered)", CR_LIST_FILTERED, /of [\d,]+ change requests/),
];


/** Pages whose number of database queries must not grow with the number of change requests. */
export const QUERY_COUNT_PAGES = [
  { name: "CPL dashboard", path: "/dashboard" },
  { name: "change request list (filtered)", path: CR_LIST_FILTERED },
];
