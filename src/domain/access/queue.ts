/**
 * The Process Manager's queue (Third Party Access Process 1.5: the Process Manager "Receives
 * Applications and manages approval process"): every open application, what it waits for and
 * on whom, with its running clocks of process 4, most urgent first.
 *
 * The clocks are applicationClocks' (src/domain/access/clocks.ts), computed here over a
 * working-day index built once for the whole queue: counting working days one calendar day at a
 * time costs milliseconds per application when a clock has run for a year, and the queue holds
 * thousands. tests/unit/access-queue.test.ts holds the two to the same answers.
 */
import {
  applicationClocks,
  type WorkingDayCount,
  CLOCK_KEYS,
  clockCompletions,
  clockTriggers,
  earliestInvitationDay,
  type ApplicationFacts,
  type Clock,
} from "@/domain/access/clocks";
import { CLOSED_STATES, type AccessState } from "@/domain/access/lifecycle";
import { DCSS_ACCESS_ROLES, LCSA_ACCESS_ROLES } from "@/domain/access/permissions";
import { addDays, type Day } from "@/domain/calendar/day";
import { addWorkingDays, isWorkingDay, workingDaysBetween } from "@/domain/calendar/working-days";
import { isAdministrator, type Principal } from "@/lib/permissions";

// ------------------------------------------------------------------ the working-day index

/**
 * California's working days between two days, counted once: each day's count of working days
 * since the first, so a count between two days is a subtraction and "n working days after" a
 * lookup. Outside the span it asks the calendar itself (the same answer, slower).
 */
export class WorkingDayIndex implements WorkingDayCount {
  private readonly position = new Map<string, number>();
  /** cumulative[i]: working days after `from` up to and including the i-th day. */
  private readonly cumulative: number[] = [];
  /** at[k]: the index of the day on which the k-th working day after `from` falls (at[0] = 0). */
  private readonly at: number[] = [0];
  private readonly days: Day[] = [];

  constructor(from: Day, to: Day) {
    let count = 0;
    for (let current = from, index = 0; current <= to; current = addDays(current, 1), index++) {
      if (index > 0 && isWorkingDay(current)) {
        count += 1;
        this.at.push(index);
      }
      this.cumulative.push(count);
      this.days.push(current);
      this.position.set(current, index);
    }
  }

  private indexOf(value: Day): number | null {
    return this.position.get(value) ?? null;
  }

  /** Working days after `from` up to and including `to` (negative when `to` is earlier): workingDaysBetween. */
  between(from: Day, to: Day): number {
    const a = this.indexOf(from);
    const b = this.indexOf(to);
    if (a === null || b === null) return workingDaysBetween(from, to);
    return this.cumulative[b]! - this.cumulative[a]!;
  }

  /** The working day `count` (≥ 0) working days after `from`: addWorkingDays. */
  add(from: Day, count: number): Day {
    const a = this.indexOf(from);
    if (count === 0) return from;
    const target = a === null ? undefined : this.at[this.cumulative[a]! + count];
    return target === undefined ? (addWorkingDays(from, count) as Day) : this.days[target]!;
  }

  /** earliestInvitationDay, once per conversion day. */
  earliestInvitation(conversionOn: Day): Day {
    return earliestInvitation(conversionOn);
  }
}

// ------------------------------------------------------------------ the clocks, over the index

// A county's conversion day gives the same earliest invitation day for every application in it.
const earliestOf = new Map<Day, Day>();
function earliestInvitation(conversionOn: Day): Day {
  let earliest = earliestOf.get(conversionOn);
  if (!earliest) earliestOf.set(conversionOn, (earliest = earliestInvitationDay(conversionOn)));
  return earliest;
}

/** The days an index for these applications must cover: their earliest trigger or completion to well past today and every trigger. */
export function indexSpan(facts: readonly ApplicationFacts[], today: Day): { from: Day; to: Day } {
  let from = today;
  let to = today;
  for (const fact of facts) {
    for (const started of Object.values(clockTriggers(fact, earliestInvitation))) {
      if (started && started < from) from = started;
      if (started && started > to) to = started;
    }
    for (const completed of Object.values(clockCompletions(fact))) if (completed && completed < from) from = completed;
  }
  // 45 working days (the longest goal) are at most 70 calendar days; a margin for holidays.
  return { from, to: addDays(to, 100) };
}

/** applicationClocks(facts, today), over the index. */
export function clocksOver(index: WorkingDayIndex, facts: ApplicationFacts, today: Day): Clock[] {
  return applicationClocks(facts, today, index);
}

// ------------------------------------------------------------------ what waits, and on whom

/** What the queue knows of an application beyond its clocks' facts. */
export interface QueueFacts extends ApplicationFacts {
  state: AccessState;
  legalRequested: boolean;
  connectivityRequested: boolean;
  connectivityAnswered: boolean;
  packageSent: boolean;
  officeIdRecorded: boolean;
  infrastructureEvaluated: boolean;
}

/** The people an application waits on, as section 1.5 names them. */
export const WAITING_ON = {
  PROCESS_MANAGER: "Process Manager",
  REQUESTOR: "Requestor",
  DCSS_LEGAL: "DCSS Legal",
  INFRASTRUCTURE_MANAGER: "Infrastructure Manager",
  LEGAL_AND_INFRASTRUCTURE: "DCSS Legal and the Infrastructure Manager",
  PROCESS_OWNER: "Process Owner",
} as const;
export type WaitingOn = keyof typeof WAITING_ON;

export interface Waiting {
  on: WaitingOn;
  /** What they are to do, as a sentence's predicate: "send the invitation letter". */
  what: string;
}

/**
 * What the application waits for next, and on whom (process 6.3 to 7.2); null when nothing of
 * the approval process is left: closed, or access established (office ID and evaluation
 * recorded; the LCSA's account set-up has no goal, process 4).
 */
export function waitingOn(facts: QueueFacts): Waiting | null {
  switch (facts.state) {
    case "IDENTIFIED":
      return { on: "PROCESS_MANAGER", what: "send the invitation letter" };
    case "INVITED":
      return { on: "REQUESTOR", what: "complete and submit the application" };
    case "UNDER_REVIEW": {
      if (!facts.legalRequested || !facts.connectivityRequested) return { on: "PROCESS_MANAGER", what: "request the legal review and the connectivity test" };
      const legal = facts.legalAnsweredOn === null;
      const connectivity = !facts.connectivityAnswered;
      if (legal && connectivity) return { on: "LEGAL_AND_INFRASTRUCTURE", what: "answer the legal review and the connectivity test" };
      if (legal) return { on: "DCSS_LEGAL", what: "review the legal authority" };
      if (connectivity) return { on: "INFRASTRUCTURE_MANAGER", what: "test the connection to the DTS Point of Presence" };
      return { on: "PROCESS_MANAGER", what: "send the application to the Process Owner" };
    }
    case "AWAITING_DECISION":
      return { on: "PROCESS_OWNER", what: "approve or reject the application" };
    case "APPROVED":
      return facts.packageSent ? { on: "REQUESTOR", what: "return the signed MOU" } : { on: "PROCESS_MANAGER", what: "send the approval package" };
    case "MOU_SIGNED":
      return { on: "PROCESS_OWNER", what: "countersign the MOU" };
    case "ACTIVE":
      if (!facts.officeIdRecorded) return { on: "INFRASTRUCTURE_MANAGER", what: "create the office ID" };
      if (!facts.infrastructureEvaluated) return { on: "INFRASTRUCTURE_MANAGER", what: "evaluate the infrastructure" };
      return null;
    default:
      return null;
  }
}

/** Whether the application is still in the Process Manager's queue (nothing else filters it out). */
export function isOpen(facts: QueueFacts): boolean {
  return !CLOSED_STATES.includes(facts.state) && waitingOn(facts) !== null;
}

// ------------------------------------------------------------------ the order

export interface Ranked<T> {
  item: T;
  clocks: Clock[];
  /** The most urgent open clock: late ones first, the most late first, then the fewest working days left. */
  urgent: Clock | null;
}

/**
 * Most urgent first. An open clock's working days left fall as its limit day nears, so ordering
 * by the limit day is clocks.ts mostUrgent's order (late, the most late first; then the fewest
 * days left); ties go to the process's order of clocks. Applications with no open clock (with the
 * Requestor, whose steps have no goal: process 4) follow, the longest waiting first.
 */
const compareDays = (a: Day, b: Day) => (a < b ? -1 : a > b ? 1 : 0);

export function rankQueue<T extends { facts: QueueFacts; waitingSince: Date }>(items: readonly T[], today: Day): Ranked<T>[] {
  const index = new WorkingDayIndex(
    ...(Object.values(
      indexSpan(
        items.map((item) => item.facts),
        today,
      ),
    ) as [Day, Day]),
  );
  const ranked = items.map((item) => {
    const clocks = clocksOver(index, item.facts, today);
    const open = clocks.filter((clock) => clock.completedOn === null);
    const urgent = open.reduce<Clock | null>(
      (best, clock) =>
        !best || clock.limitOn < best.limitOn || (clock.limitOn === best.limitOn && CLOCK_KEYS.indexOf(clock.key) < CLOCK_KEYS.indexOf(best.key))
          ? clock
          : best,
      null,
    );
    return { item, clocks, urgent };
  });
  return ranked.sort((a, b) => {
    // Days are ISO strings: compared as strings, without localeCompare's cost over thousands.
    if (a.urgent && b.urgent) return compareDays(a.urgent.limitOn, b.urgent.limitOn) || CLOCK_KEYS.indexOf(a.urgent.key) - CLOCK_KEYS.indexOf(b.urgent.key);
    if (a.urgent || b.urgent) return a.urgent ? -1 : 1;
    return a.item.waitingSince.getTime() - b.item.waitingSince.getTime();
  });
}

// ------------------------------------------------------------------ whose applications

/**
 * Whose applications a person finds in the queue: DCSS's access roles (statewide) and the
 * administrator all of them; an LCSA's roles their own LCSA's (section 5: "LCSA Directors,
 * Requestors, Coordinators, Administrators can check at any time"); a Requestor its own
 * organization's; accessPermissions.read's rule, as a scope for the query.
 */
export type QueueScope = { all: true } | { all: false; lcsaIds: string[]; organizationIds: string[] };

export function queueScope(principal: Principal): QueueScope {
  if (isAdministrator(principal) || principal.grants.some((grant) => (DCSS_ACCESS_ROLES as readonly string[]).includes(grant.role))) return { all: true };
  const ids = (roles: readonly string[], pick: (scope: Principal["grants"][number]["scope"]) => string | null | undefined) => [
    ...new Set(principal.grants.flatMap((grant) => (roles.includes(grant.role) ? [pick(grant.scope)].filter((id): id is string => Boolean(id)) : []))),
  ];
  return {
    all: false,
    lcsaIds: ids(LCSA_ACCESS_ROLES, (scope) => scope.lcsaId),
    organizationIds: ids(["REQUESTOR"], (scope) => scope.organizationId),
  };
}
