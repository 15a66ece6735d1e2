import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import { fetchCsrf, FORM_HEADERS, setsSession, signIn, signInBody, SIGN_IN_PATH, type CsrfPair } from "./auth.ts";
import { BALLOT_VOTERS, type DataSet } from "./data.ts";
import type { RequestPlan } from "./measure.ts";
import { actionOutcome, actionPost, builtActionId, postAction, serverActionId } from "./server-actions.ts";

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
  /** Overrides CONCURRENCIES for this scenario. */
  concurrencies?: number[];
  /** Runs after the scenario's measurements: checks what they left in the database. */
  verify?: (ctx: BenchContext) => Promise<Check>;
}

/** A correctness check after a scenario: passed or not, and what was found. */
export interface Check {
  name: string;
  pass: boolean;
  detail: string;
}

/** 1 connection shows latency; 20 show capacity. */
export const CONCURRENCIES = [1, 20];
/**
 * Throughput ratios are taken against this scenario at the same concurrency, measured right
 * before and right after each scenario (see run.ts): on a shared machine the capacity
 * drifts over the minutes a run takes, and a baseline taken at the start would compare
 * scenarios with a machine that is no longer there.
 */
export const BASELINE = "health";
export const BASELINE_PATH = "/api/health";

const SIGN_IN_USERS = ["admin@demo.local", "chair@demo.local", "cpl@demo.local", "director@demo.local"];
const CSRF_POOL = 20;

/** Signs each person in once and shares the cookie between scenarios. */
const cookies = new Map<string, Promise<string>>();
export function sessionOf(ctx: BenchContext, email: string): Promise<string> {
  if (!cookies.has(email)) cookies.set(email, signIn(ctx.baseUrl, email));
  return cookies.get(email)!;
}

export function adminSession(ctx: BenchContext): Promise<string> {
  return sessionOf(ctx, "admin@demo.local");
}

/** The home page is measured as the CASES CPL: the longest task list of the demo roles (a step on most open change requests). */
export const HOME_USER = "cpl@demo.local";

/**
 * A GET of a signed-in page as the admin. Checks once that it answers 200 with the page
 * rather than the sign-in form, and warns when `marker` (text the page should show) is absent.
 */
export function signedInPage(name: string, path: string, marker?: RegExp, email = "admin@demo.local"): Scenario {
  return {
    name,
    async setup(ctx) {
      const cookie = await sessionOf(ctx, email);
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

/** Voter i always chooses CHOICES[i % 3], so the expected tally is known in advance. */
const CHOICES = ["approve", "reject", "defer"] as const;

/**
 * Casting a ballot as the browser does: the motion page's ballot form posts its server
 * action (src/app/(app)/motions/actions.ts castBallotAction → castBallot). One connection
 * per voter: at 1 connection one voter changes their vote over and over; at 50, the whole
 * committee votes on one motion at once. Every answer must say the vote was recorded.
 */
const castBallot: Scenario = {
  name: "cast ballot",
  concurrencies: [1, BALLOT_VOTERS],
  async setup(ctx) {
    const ballot = ctx.data.ballot;
    if (!ballot) throw new Error("the data set has no motion to vote on (ballotCommittee generator)");
    const cookies: string[] = [];
    for (const email of ballot.voterEmails) cookies.push(await signIn(ctx.baseUrl, email));
    const path = `/motions/${ballot.motionId}`;
    const actionId = await serverActionId(ctx.baseUrl, path, cookies[0]!, "choice");
    const posts = cookies.map((cookie, i) => actionPost(ctx.baseUrl, actionId, { motionId: ballot.motionId, choice: CHOICES[i % CHOICES.length]! }, cookie));
    // One vote first, so a broken action stops the bench before it counts failures.
    const first = await postAction(ctx.baseUrl, path, posts[0]!);
    if (!first.ok) throw new Error(`casting a ballot failed: ${first.reason}`);
    return {
      method: "POST",
      path,
      headers: posts[0]!.headers,
      body: posts[0]!.body,
      perConnection: (i) => posts[i % posts.length]!,
      check: (_status, _headers, body) => {
        const outcome = actionOutcome(body);
        return outcome.ok ? null : outcome.reason;
      },
    };
  },
  async verify(ctx) {
    const name = "cast ballot: the tally equals the ballots cast";
    const ballot = ctx.data.ballot!;
    const voters = await ctx.db.user.findMany({ where: { email: { in: ballot.voterEmails } }, select: { id: true, email: true } });
    const choiceOf = new Map(voters.map((voter) => [voter.id, CHOICES[ballot.voterEmails.indexOf(voter.email) % CHOICES.length]!]));
    const ballots = await ctx.db.ballot.findMany({ where: { motionId: ballot.motionId }, select: { voterId: true, choice: true } });
    const problems: string[] = [];
    if (ballots.length !== BALLOT_VOTERS) problems.push(`${ballots.length} ballots for ${BALLOT_VOTERS} voters`);
    const wrong = ballots.filter((row) => row.choice !== choiceOf.get(row.voterId));
    if (wrong.length) problems.push(`${wrong.length} ballots differ from their voter's choice`);

    // Close the motion as the administrator does (the chair's "Close and count" form), then compare.
    const admin = await adminSession(ctx);
    const path = `/motions/${ballot.motionId}`;
    const closeId = await builtActionId("src/app/(app)/motions/actions.ts", "closeMotionAction");
    const close = await postAction(ctx.baseUrl, path, actionPost(ctx.baseUrl, closeId, { motionId: ballot.motionId, confirm: "yes" }, admin));
    if (!close.ok) problems.push(`closing the motion failed: ${close.reason}`);
    const motion = await ctx.db.motion.findUniqueOrThrow({ where: { id: ballot.motionId }, select: { status: true, result: true } });
    const result = motion.result as { counts: Record<string, number>; votesCast: number; abstentions: number; explanation: string } | null;
    const cast: Record<string, number> = Object.fromEntries(CHOICES.map((choice) => [choice, ballots.filter((row) => row.choice === choice).length]));
    if (!result) problems.push(`the motion is ${motion.status} with no result`);
    else {
      for (const choice of CHOICES)
        if (result.counts[choice] !== cast[choice]) problems.push(`tally ${choice} ${result.counts[choice]}, ballots ${cast[choice]}`);
      if (result.votesCast + result.abstentions !== ballots.length)
        problems.push(`tally counts ${result.votesCast + result.abstentions} votes, ${ballots.length} ballots exist`);
    }
    const counts = CHOICES.map((choice) => `${choice} ${cast[choice]}`).join(", ");
    return {
      name,
      pass: problems.length === 0,
      detail: problems.length ? problems.join("; ") : `${ballots.length} ballots from ${BALLOT_VOTERS} voters (${counts}); ${result?.explanation ?? ""}`,
    };
  },
};

/** The list as a CPL narrows it: one consortium's open change requests, longest waiting first. */
export const CR_LIST_FILTERED = "/change-requests?state=open&consortium=CASES&sort=age";

/** The Process Manager's queue holds every open application: the longest of the access pages. */
export const ACCESS_QUEUE_USER = "process.manager@demo.local";

/**
 * The public Approved User Account Matrix, signed out (Third Party Access Process 5: "available
 * to interested persons from all organizations"). After the measurements, a countersignature
 * (an application becomes ACTIVE with its term, as the countersign command leaves it) must be
 * on the page within a second.
 */
const MATRIX_PATH = "/matrix";
const publicMatrix: Scenario = {
  name: "public matrix",
  async setup(ctx) {
    const response = await fetch(`${ctx.baseUrl}${MATRIX_PATH}`);
    const html = await response.text();
    if (response.status !== 200) throw new Error(`public matrix: GET ${MATRIX_PATH} answered ${response.status}`);
    if (!/Approved User Account Matrix/.test(html)) throw new Error("public matrix: the page does not say what it is");
    return { path: MATRIX_PATH };
  },
  async verify(ctx) {
    const name = "public matrix: a countersignature shows within a second";
    const organization = await ctx.db.thirdPartyOrganization.create({
      data: { name: `Bench Countersigned ${Date.now()}`, county: { connect: { name: "Yolo" } }, lcsa: { connect: { code: "yolo" } } },
      select: { id: true, name: true, countyId: true, lcsaId: true },
    });
    const director = await ctx.db.user.findUniqueOrThrow({ where: { email: "director@demo.local" }, select: { id: true } });
    const last = await ctx.db.accessApplication.aggregate({ _max: { number: true } });
    const now = new Date();
    const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
    const countersignedAt = new Date();
    await ctx.db.accessApplication.create({
      data: {
        number: (last._max.number ?? 0) + 1,
        organizationId: organization.id,
        countyId: organization.countyId,
        lcsaId: organization.lcsaId,
        state: "ACTIVE",
        inviteeName: "Bench",
        inviteeTitle: "Director",
        inviteeAddress: "1 Bench Street",
        inviteeEmail: "bench.countersigned@bench.local",
        coordinatorName: "Bench",
        coordinatorTitle: "Coordinator",
        coordinatorContact: "bench@bench.local",
        sysadminName: "Bench",
        sysadminTitle: "System Administrator",
        sysadminContact: "bench@bench.local",
        recommendedAccounts: 7,
        approvedAccounts: 7,
        invitationOn: today,
        identifiedById: director.id,
        countersignedAt,
        termStartsOn: today,
        termEndsOn: new Date(today.getTime() + 3 * 365 * 24 * 60 * 60 * 1000),
      },
    });
    for (;;) {
      const html = await (await fetch(`${ctx.baseUrl}${MATRIX_PATH}`)).text();
      const waited = Date.now() - countersignedAt.getTime();
      if (html.includes(organization.name)) return { name, pass: waited <= 1000, detail: `on the page ${waited} ms after it was recorded` };
      if (waited > 5000) return { name, pass: false, detail: "not on the page 5 s after it was recorded" };
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  },
};

export const SCENARIOS: Scenario[] = [
  { name: BASELINE, path: BASELINE_PATH },
  castBallot,
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
  signedInPage("home", "/", /Your tasks/, HOME_USER),
  publicMatrix,
  signedInPage("access queue", "/access", /TPA-\d{4}/, ACCESS_QUEUE_USER),
  signedInPage("CPL dashboard", "/dashboard", /Change request dashboard/),
  signedInPage("change request list (filtered)", CR_LIST_FILTERED, /of [\d,]+ change requests/),
];

/**
 * Pages whose number of database queries must not grow with the number of change requests,
 * and, where given, may not exceed `most`: the account page is the app shell and little
 * else, so its ceiling is what every signed-in page pays (the session, then the page's own
 * read). A query added to the shell (a layout, or a boundary such as forbidden.tsx, which
 * Next renders with every page) shows here.
 */
export const QUERY_COUNT_PAGES: { name: string; path: string; email?: string; most?: number }[] = [
  { name: "account (the app shell)", path: "/account", most: 2 },
  { name: "home (the CPL's task list)", path: "/", email: HOME_USER, most: 6 },
  { name: "access queue (the Process Manager's)", path: "/access", email: ACCESS_QUEUE_USER },
  { name: "CPL dashboard", path: "/dashboard" },
  { name: "change request list (filtered)", path: CR_LIST_FILTERED },
];
