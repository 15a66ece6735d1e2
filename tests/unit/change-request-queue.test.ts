import { describe, expect, it } from "vitest";
import { CR_STATES, TERMINAL_STATES, type CrState } from "@/domain/change-requests/lifecycle";
import { crNumber } from "@/domain/change-requests/labels";
import { listQuery, parseListFilter, searchedNumber } from "@/domain/change-requests/list-filter";
import {
  AGING_BUCKETS,
  agingBucket,
  OPEN_STATES,
  OVERDUE_AFTER_DAYS,
  overdueReasons,
  PARTIES,
  statesWaitingOn,
  WAITING_ON,
} from "@/domain/change-requests/queue";

const now = new Date("2026-03-10T20:00:00Z");
const today = new Date("2026-03-10T00:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

describe("whom a change request waits on", () => {
  // Governance plan 3.1: the ESC votes on the concept, the package, its authorization after the CCB (3.1.3) and the JAD recommendation; the IAP team (3.1.2) analyses; the CCB decides or the
  // Subcomponent Review looks (3.1.3); the JAD team designs (3.1.4); developers build and test, LCSA users run UAT
  // (3.1.5) and the CPL coordinates the release (3.1.6). Written out here, not read from WAITING_ON.
  const waitsOn: Record<CrState, string | null> = {
    DRAFT: "AUTHOR",
    SUBMITTED: "ESC",
    IMPACT_ANALYSIS: "IMPACT_TEAM",
    PACKAGE_VOTE: "ESC",
    CCB_REVIEW: "CCB",
    ESC_AUTHORIZATION: "ESC",
    SUBCOMPONENT_REVIEW: "SUBCOMPONENT_REVIEW",
    JAD_DESIGN: "JAD_TEAM",
    JAD_VOTE: "ESC",
    BUILD_AND_TEST: "DEVELOPERS",
    UAT: "UAT_TESTERS",
    RELEASE: "CPL",
    DEFERRED: "ESC_RECONSIDER",
    CLOSED: null,
    WITHDRAWN: null,
    VETOED: null,
    REJECTED: null,
    POLICY_BRANCH: null,
  };

  it("each state waits on the party the plan gives it, every finished state on nobody", () => {
    expect(Object.fromEntries(CR_STATES.map((state) => [state, WAITING_ON[state]]))).toEqual(waitsOn);
  });

  it("the ESC's four votes wait on an ESC vote, and every party holds at least one state", () => {
    expect(statesWaitingOn("ESC")).toEqual(["SUBMITTED", "PACKAGE_VOTE", "ESC_AUTHORIZATION", "JAD_VOTE"]);
    for (const party of PARTIES) expect(statesWaitingOn(party).length).toBeGreaterThan(0);
  });
});

describe("overdue", () => {
  const open = (state: CrState, days: number, extra: Partial<Parameters<typeof overdueReasons>[0]> = {}) =>
    overdueReasons({ state, stateChangedAt: daysAgo(days), reconsiderOn: null, openVoteDeadline: null, ...extra }, now, today);

  // The plan sets no limits; these follow its rhythm: the ESC meets at least monthly (2.9) and the Subcomponent Review is
  // monthly (3.1.3), so a vote or a review waits about five weeks; analysis, design, build and test get longer.
  it.each([
    ["DRAFT", 60],
    ["SUBMITTED", 35],
    ["IMPACT_ANALYSIS", 60],
    ["PACKAGE_VOTE", 35],
    ["CCB_REVIEW", 35],
    ["SUBCOMPONENT_REVIEW", 35],
    ["JAD_DESIGN", 90],
    ["JAD_VOTE", 35],
    ["BUILD_AND_TEST", 120],
    ["UAT", 45],
    ["RELEASE", 30],
  ] as [CrState, number][])("%s is overdue after %i days in the step, not on the last day", (state, limit) => {
    expect(open(state, limit)).toEqual([]);
    expect(open(state, limit + 1)).toEqual(["STATE_TOO_LONG"]);
  });

  it("a gate vote still open after its deadline is overdue, one still running is not", () => {
    expect(open("SUBMITTED", 1, { openVoteDeadline: new Date(now.getTime() - 1000) })).toEqual(["VOTE_PAST_DEADLINE"]);
    expect(open("SUBMITTED", 1, { openVoteDeadline: new Date(now.getTime() + 1000) })).toEqual([]);
  });

  it("a deferred change request is overdue the day after its reconsider date, however long it has waited", () => {
    expect(open("DEFERRED", 400, { reconsiderOn: today })).toEqual([]);
    expect(open("DEFERRED", 1, { reconsiderOn: new Date("2026-03-09T00:00:00Z") })).toEqual(["RECONSIDER_DATE_PASSED"]);
  });

  it("a finished change request is never overdue", () => {
    for (const state of TERMINAL_STATES) expect(open(state, 1000, { openVoteDeadline: daysAgo(10) })).toEqual([]);
  });

  it("reasons add up", () => {
    expect(open("JAD_VOTE", 90, { openVoteDeadline: daysAgo(50) })).toEqual(["STATE_TOO_LONG", "VOTE_PAST_DEADLINE"]);
  });

  it("every open state but DEFERRED has a limit, and no finished state has one", () => {
    expect(OPEN_STATES.filter((state) => OVERDUE_AFTER_DAYS[state] === undefined)).toEqual(["DEFERRED"]);
    expect(Object.keys(OVERDUE_AFTER_DAYS)).toHaveLength(12);
    for (const state of ["DEFERRED", "CLOSED", "WITHDRAWN", "VETOED", "REJECTED", "POLICY_BRANCH"] as const) expect(open(state, 10_000)).toEqual([]);
  });
});

describe("aging buckets", () => {
  it.each([
    [0, 0],
    [7, 0],
    [8, 1],
    [30, 1],
    [31, 2],
    [90, 2],
    [91, 3],
    [180, 3],
    [181, 4],
    [5000, 4],
  ])("%i days falls in bucket %i", (days, bucket) => {
    expect(agingBucket(days)).toBe(bucket);
    expect(AGING_BUCKETS[bucket]).toBeDefined();
  });
});

describe("the list's URL", () => {
  it("defaults to the most recently updated first, page 1", () => {
    expect(parseListFilter({})).toEqual({ sort: "updated", dir: "desc", page: 1 });
    expect(listQuery(parseListFilter({}))).toBe("");
  });

  it("round-trips every filter, leaving defaults out", () => {
    const params = {
      q: "arrears",
      state: "UAT",
      consortium: "CASES",
      kind: "DEFECT",
      waiting: "UAT_TESTERS",
      overdue: "yes",
      sort: "age",
      dir: "asc",
      page: "3",
    };
    const filter = parseListFilter(params);
    expect(filter).toEqual({ ...params, page: 3 });
    expect(Object.fromEntries(new URLSearchParams(listQuery(filter)))).toEqual(params);
    expect(listQuery(filter, { page: 1, sort: "age", dir: "desc" })).not.toContain("page=");
  });

  it("ignores what it does not understand instead of failing", () => {
    expect(parseListFilter({ state: "NOPE", consortium: "x; drop", sort: "evil", dir: "sideways", page: "-2", overdue: "maybe", q: "  " })).toEqual({
      sort: "updated",
      dir: "desc",
      page: 1,
    });
    expect(parseListFilter({ state: ["open", "UAT"] }).state).toBe("open");
  });

  it("reads a change request number in a search", () => {
    expect(searchedNumber("CR-0042")).toBe(42);
    expect(searchedNumber("cr 7")).toBe(7);
    expect(searchedNumber("42")).toBe(42);
    expect(searchedNumber("42 notices")).toBeNull();
    expect(searchedNumber(undefined)).toBeNull();
    expect(crNumber(42)).toBe("CR-0042");
    expect(crNumber(12345)).toBe("CR-12345");
  });
});
