/**
 * The Process Manager's queue: its clocks over the working-day index agree with
 * applicationClocks (src/domain/access/clocks.ts) day for day, its order is mostUrgent's, and
 * what each state waits on is written out by hand from process 6.3 to 7.2.
 */
import { describe, expect, it } from "vitest";
import { applicationClocks, mostUrgent, type ApplicationFacts } from "@/domain/access/clocks";
import { clocksOver, indexSpan, isOpen, rankQueue, waitingOn, WorkingDayIndex, type QueueFacts } from "@/domain/access/queue";
import { addDays, day, type Day } from "@/domain/calendar/day";
import { addWorkingDays, workingDaysBetween } from "@/domain/calendar/working-days";

const TODAY = day("2026-12-03");

describe("the working-day index", () => {
  // Thanksgiving (Nov 26–27), Christmas and New Year's Day fall in the span.
  const index = new WorkingDayIndex(day("2026-10-01"), day("2027-03-31"));
  it("counts and adds as the calendar does, holidays and weekends included", () => {
    const days = Array.from({ length: 150 }, (_, n) => addDays(day("2026-10-01"), n));
    for (const from of days.filter((_, n) => n % 7 === 0)) {
      for (const to of days.filter((_, n) => n % 5 === 0)) expect(index.between(from, to) + 0, `${from} → ${to}`).toBe(workingDaysBetween(from, to) + 0);
      for (const count of [0, 1, 3, 15, 30, 45]) expect(index.add(from, count), `${from} + ${count}`).toBe(addWorkingDays(from, count));
    }
  });

  it("asks the calendar outside its span", () => {
    expect(index.add(day("2026-06-01"), 15)).toBe(addWorkingDays("2026-06-01", 15));
    expect(index.add(day("2027-03-25"), 45)).toBe(addWorkingDays("2027-03-25", 45));
    expect(index.between(day("2026-06-01"), TODAY)).toBe(workingDaysBetween("2026-06-01", TODAY));
  });
});

/** Facts for one application, the steps `n` days apart from its identification. */
function factsOf(seed: number): ApplicationFacts {
  const identifiedOn = addDays(TODAY, -((seed * 13) % 140));
  const at = (days: number) => addDays(identifiedOn, days);
  const step = seed % 9;
  const gap = 3 + (seed % 11);
  return {
    identifiedOn,
    conversionOn: seed % 4 === 0 ? day("2026-11-10") : day("2026-02-02"),
    invitationSentOn: step >= 1 ? at(gap) : null,
    submittedOn: step >= 2 ? at(2 * gap) : null,
    legalAnsweredOn: step >= 3 ? at(3 * gap) : null,
    legalAuthorized: step >= 3 ? seed % 5 !== 0 : null,
    decidedOn: step >= 4 ? at(4 * gap) : null,
    mouReceivedOn: step >= 5 ? at(5 * gap) : null,
    countersignedOn: step >= 6 ? at(6 * gap) : null,
    accessEstablishedOn: step >= 7 ? at(7 * gap) : null,
  };
}

describe("the queue's clocks", () => {
  const facts = Array.from({ length: 240 }, (_, seed) => factsOf(seed));
  const span = indexSpan(facts, TODAY);
  const index = new WorkingDayIndex(span.from, span.to);

  it("are applicationClocks' for every application, whatever its step", () => {
    for (const [seed, fact] of facts.entries()) expect(clocksOver(index, fact, TODAY), `seed ${seed}`).toEqual(applicationClocks(fact, TODAY));
  });

  it("rank as mostUrgent ranks each application's clocks, then the ones with none by how long they have waited", () => {
    const items = facts.map((fact, seed) => ({
      facts: {
        ...fact,
        state: "UNDER_REVIEW",
        legalRequested: true,
        connectivityRequested: true,
        connectivityAnswered: false,
        packageSent: false,
        officeIdRecorded: false,
        infrastructureEvaluated: false,
      } satisfies QueueFacts,
      waitingSince: new Date(Date.UTC(2026, 10, 1 + (seed % 20))),
      seed,
    }));
    const ranked = rankQueue(items, TODAY);
    for (const entry of ranked) expect(entry.urgent ?? null).toEqual(mostUrgent(applicationClocks(entry.item.facts, TODAY), TODAY)[0] ?? null);
    const limits = ranked.filter((entry) => entry.urgent).map((entry) => entry.urgent!.limitOn);
    expect(limits).toEqual([...limits].sort());
    const idle = ranked.filter((entry) => !entry.urgent);
    expect(ranked.slice(-idle.length)).toEqual(idle);
    expect(idle.map((entry) => entry.item.waitingSince.getTime())).toEqual(idle.map((entry) => entry.item.waitingSince.getTime()).sort((a, b) => a - b));
  });

  it("a late clock reads as late, the most late first", () => {
    const late = (days: number) => ({
      ...factsOf(2),
      submittedOn: addDays(TODAY, -days),
      legalAnsweredOn: null,
      legalAuthorized: null,
      decidedOn: null,
      mouReceivedOn: null,
      countersignedOn: null,
      accessEstablishedOn: null,
    });
    const ranked = rankQueue(
      [40, 90, 25].map((days) => ({ facts: { ...late(days), state: "UNDER_REVIEW" as const } as QueueFacts, waitingSince: new Date(), days })),
      TODAY,
    );
    expect(ranked.map((entry) => entry.item.days)).toEqual([90, 40, 25]);
    expect(ranked[0]!.urgent).toMatchObject({ key: "legalReview", status: "late" });
    expect(ranked[0]!.urgent!.workingDaysLeft).toBe(workingDaysBetween(TODAY, ranked[0]!.urgent!.limitOn));
  });
});

const base: QueueFacts = {
  identifiedOn: day("2026-11-02"),
  conversionOn: day("2026-02-02"),
  invitationSentOn: null,
  submittedOn: null,
  legalAnsweredOn: null,
  legalAuthorized: null,
  decidedOn: null,
  mouReceivedOn: null,
  countersignedOn: null,
  accessEstablishedOn: null,
  state: "IDENTIFIED",
  legalRequested: false,
  connectivityRequested: false,
  connectivityAnswered: false,
  packageSent: false,
  officeIdRecorded: false,
  infrastructureEvaluated: false,
};
const on = (fields: Partial<QueueFacts>) => waitingOn({ ...base, ...fields });
const answered: Day = day("2026-11-20");

describe("what each step waits for, and on whom (6.3 to 7.2)", () => {
  it("is written out by hand", () => {
    expect(on({})).toEqual({ on: "PROCESS_MANAGER", what: "send the invitation letter" });
    expect(on({ state: "INVITED" })).toEqual({ on: "REQUESTOR", what: "complete and submit the application" });
    expect(on({ state: "UNDER_REVIEW" })).toEqual({ on: "PROCESS_MANAGER", what: "request the legal review and the connectivity test" });
    expect(on({ state: "UNDER_REVIEW", legalRequested: true })).toEqual({ on: "PROCESS_MANAGER", what: "request the legal review and the connectivity test" });
    expect(on({ state: "UNDER_REVIEW", legalRequested: true, connectivityRequested: true })).toEqual({
      on: "LEGAL_AND_INFRASTRUCTURE",
      what: "answer the legal review and the connectivity test",
    });
    expect(on({ state: "UNDER_REVIEW", legalRequested: true, connectivityRequested: true, connectivityAnswered: true })).toEqual({
      on: "DCSS_LEGAL",
      what: "review the legal authority",
    });
    expect(on({ state: "UNDER_REVIEW", legalRequested: true, connectivityRequested: true, legalAnsweredOn: answered })).toEqual({
      on: "INFRASTRUCTURE_MANAGER",
      what: "test the connection to the DTS Point of Presence",
    });
    expect(on({ state: "UNDER_REVIEW", legalRequested: true, connectivityRequested: true, legalAnsweredOn: answered, connectivityAnswered: true })).toEqual({
      on: "PROCESS_MANAGER",
      what: "send the application to the Process Owner",
    });
    expect(on({ state: "AWAITING_DECISION" })).toEqual({ on: "PROCESS_OWNER", what: "approve or reject the application" });
    expect(on({ state: "APPROVED" })).toEqual({ on: "PROCESS_MANAGER", what: "send the approval package" });
    expect(on({ state: "APPROVED", packageSent: true })).toEqual({ on: "REQUESTOR", what: "return the signed MOU" });
    expect(on({ state: "MOU_SIGNED" })).toEqual({ on: "PROCESS_OWNER", what: "countersign the MOU" });
    expect(on({ state: "ACTIVE" })).toEqual({ on: "INFRASTRUCTURE_MANAGER", what: "create the office ID" });
    expect(on({ state: "ACTIVE", officeIdRecorded: true })).toEqual({ on: "INFRASTRUCTURE_MANAGER", what: "evaluate the infrastructure" });
    expect(on({ state: "ACTIVE", officeIdRecorded: true, infrastructureEvaluated: true })).toBeNull();
    for (const state of ["REJECTED", "WITHDRAWN", "SUPERSEDED"] as const) expect(on({ state })).toBeNull();
  });

  it("an application is open while something of the approval process waits", () => {
    expect(isOpen({ ...base, state: "INVITED" })).toBe(true);
    expect(isOpen({ ...base, state: "ACTIVE", officeIdRecorded: true })).toBe(true);
    expect(isOpen({ ...base, state: "ACTIVE", officeIdRecorded: true, infrastructureEvaluated: true })).toBe(false);
    expect(isOpen({ ...base, state: "REJECTED" })).toBe(false);
  });
});
