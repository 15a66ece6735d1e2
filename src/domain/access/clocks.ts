/**
 * The clocks of a third-party access application: the goals of Third Party Access Process 4,
 * "TIMELINE FOR PROCESS ACTIONS", in working days of California's calendar
 * (src/domain/calendar/working-days.ts). The document is plain that these are goals: "The
 * table describes goals rather than deadlines ... DCSS staff may from time to time have to
 * adjust the processing timelines to accommodate higher priority assignments." So a clock past
 * its goal is shown as late and reported, never a refusal. What the Requestor and the LCSA
 * do has no clock: "This process does not anticipate deadlines for either of these activities."
 *
 * A trigger's day is day 0: a goal of 15 working days is due on the 15th working day after it,
 * by the end of that day.
 */
import { day, type Day } from "@/domain/calendar/day";
import { addWorkingDays, workingDaysBetween } from "@/domain/calendar/working-days";
import type { Role } from "@/domain/identity/roles";
import { formatDay } from "@/lib/format";

export const CLOCK_KEYS = ["invitation", "legalReview", "conditionalApproval", "countersignature", "accessEstablished"] as const;
export type ClockKey = (typeof CLOCK_KEYS)[number];

/** Process 4, the comment on "Review Application for Legal Authority": "Action may be delayed if: …". */
export const LEGAL_DELAYS = {
  PURPOSE_UNCLEAR: "purpose statement is unclear",
  ROLE_INADEQUATE: "CSE security role is inadequate for purpose",
  LEGAL_RESEARCH: "extensive legal research is necessary",
} as const;
export type LegalDelay = keyof typeof LEGAL_DELAYS;

/** Process 4, the comment on "Issue Conditional Approval": "Action may be delayed if …". */
export const APPROVAL_DELAYS = {
  USERS_EXCEED_UAAG: "number of users requested exceeds UAAG and justification for additional users must be approved",
} as const;
export type ApprovalDelay = keyof typeof APPROVAL_DELAYS;

interface ClockDefinition {
  /** The DCSS action of process 4, as the table names it. */
  label: string;
  owedBy: Role;
  /** Working days after the trigger by which the goal is met. */
  goalWorkingDays: number;
  /** Working days after which the clock is late: the goal, or the far end of a range. */
  limitWorkingDays: number;
  /** What the document says may delay the action. */
  delays: readonly string[];
}

export const CLOCKS: Record<ClockKey, ClockDefinition> = {
  // "Receipt of LCSA Identification information or elapse of 2 months following CSE conversion,
  // whichever occurs later": "Send Invitation Letter to Requestor", "Within 15 working days".
  // The Process Manager sends it (6.3).
  invitation: { label: "Send Invitation Letter to Requestor", owedBy: "PROCESS_MANAGER", goalWorkingDays: 15, limitWorkingDays: 15, delays: [] },
  // "Receipt of Application from Requestor": "Within 15 working days". DCSS Legal reviews it;
  // the Process Manager "Obtains legal review of the application" (6.5 item 1).
  legalReview: {
    label: "Review Application for Legal Authority for Access for Purpose described in the Application",
    owedBy: "DCSS_LEGAL",
    goalWorkingDays: 15,
    limitWorkingDays: 15,
    delays: Object.values(LEGAL_DELAYS),
  },
  // "Receipt of opinion from DCSS Legal that access to Requestor is legally authorized":
  // "Within 15 working days". The Process Owner "Approves Requests for Third Party Access" (1.5, 6.6).
  conditionalApproval: {
    label: "Issue Conditional Approval of Application for Access, Send Training, Certification Statements and Final MOU to Requestor",
    owedBy: "PROCESS_OWNER",
    goalWorkingDays: 15,
    limitWorkingDays: 15,
    delays: Object.values(APPROVAL_DELAYS),
  },
  // "Receipt of MOU signed by Requestor": "Within 15 working days". The Process Owner "Signs MOU
  // on behalf of DCSS" (1.5); 6.9 lists the matrix and the notice to the Infrastructure Manager.
  countersignature: {
    label: "Obtain DCSS signature for MOU, Update Approved User Account matrix, Notify Infrastructure Management that Requestor is approved",
    owedBy: "PROCESS_OWNER",
    goalWorkingDays: 15,
    limitWorkingDays: 15,
    delays: [],
  },
  // "Receipt of Notice that Requestor is Approved": "Establish Access", "Within 30-45 working
  // days": due from the 30th, late after the 45th. The Infrastructure Manager creates the office ID (7.1).
  accessEstablished: { label: "Establish Access", owedBy: "INFRASTRUCTURE_MANAGER", goalWorkingDays: 30, limitWorkingDays: 45, delays: [] },
};

/** Within this many working days of its goal an open clock is due soon (the product's rule, not the document's). */
export const DUE_SOON_WORKING_DAYS = 3;
/** A clock past its goal is reported to the Process Owner after this many more working days (the product's rule, not the document's). */
export const ESCALATE_AFTER_WORKING_DAYS = 5;
export const ESCALATE_TO: Role = "PROCESS_OWNER";

/** What an application records of each step: the day each trigger arrived and each action was done. */
export interface ApplicationFacts {
  /** The LCSA Director's identification received (6.2). */
  identifiedOn: Day | null;
  /** The county's CSE conversion day; null while it has not converted. */
  conversionOn: Day | null;
  invitationSentOn: Day | null;
  /** The Requestor's application received (6.4). */
  submittedOn: Day | null;
  /** DCSS Legal's opinion received, and whether it says access is legally authorized. */
  legalAnsweredOn: Day | null;
  legalAuthorized: boolean | null;
  /** The Process Owner's conditional acceptance or notice of rejection (6.6): either ends the step. */
  decidedOn: Day | null;
  mouReceivedOn: Day | null;
  /** The MOU signed for DCSS: the notice that the Requestor is approved (6.9). */
  countersignedOn: Day | null;
  accessEstablishedOn: Day | null;
}

export type ClockStatus = "running" | "due-soon" | "late" | "met" | "missed";

export interface Clock {
  key: ClockKey;
  label: string;
  owedBy: Role;
  startedOn: Day;
  /** The goal's day: the 15th working day, or the 30th for access. */
  dueOn: Day;
  /** The last day before the clock is late: the due day, or the 45th working day for access. */
  limitOn: Day;
  completedOn: Day | null;
  /** Working days after the trigger up to today, or to the completion. */
  workingDaysUsed: number;
  /** Working days from today (or the completion) to the limit: negative when late. */
  workingDaysLeft: number;
  status: ClockStatus;
}

/** Process 3: invitations go "a minimum of two months after conversion": the same day two calendar months on, or the month's last day when it has none. */
export function earliestInvitationDay(conversionOn: Day): Day {
  const [year, month, date] = conversionOn.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month + 1, 1));
  const lastOfMonth = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, lastOfMonth));
  return day(target.toISOString().slice(0, 10));
}

/**
 * Why an invitation letter may not be sent on that day, or null. Process 6.2 item 5: the
 * "Date that invitation letter should be sent. (Must be a minimum of two months after CSE
 * conversion for the LCSA.)"; process 3: "a minimum of two months after conversion".
 */
export function invitationRefusal(invitationOn: Day, conversionOn: Day | null): string | null {
  if (!conversionOn) {
    return "Record the county's CSE conversion date first: an invitation letter is sent a minimum of two months after conversion.";
  }
  const earliest = earliestInvitationDay(conversionOn);
  if (invitationOn >= earliest) return null;
  return `The invitation letter may be sent on ${formatDay(earliest)} at the earliest: a minimum of two months after the county's CSE conversion on ${formatDay(conversionOn)}.`;
}

/**
 * The trigger day of each clock, or null while it has not arrived. A county not yet converted
 * has no invitation clock: "The Process Manager will send invitation letters to Requestors from
 * converted counties first" (process 3). A legal opinion that access is not authorized starts
 * no approval clock: process 4 sets no goal for a rejection.
 */
export function clockTriggers(facts: ApplicationFacts, earliest: (conversionOn: Day) => Day = earliestInvitationDay): Record<ClockKey, Day | null> {
  const invitation = facts.identifiedOn && facts.conversionOn ? later(facts.identifiedOn, earliest(facts.conversionOn)) : null;
  return {
    invitation,
    legalReview: facts.submittedOn,
    conditionalApproval: facts.legalAuthorized === true ? facts.legalAnsweredOn : null,
    countersignature: facts.mouReceivedOn,
    accessEstablished: facts.countersignedOn,
  };
}

/** The day each clock's step was done, or null while it has not been. */
export function clockCompletions(facts: ApplicationFacts): Record<ClockKey, Day | null> {
  return {
    invitation: facts.invitationSentOn,
    legalReview: facts.legalAnsweredOn,
    conditionalApproval: facts.decidedOn,
    countersignature: facts.countersignedOn,
    accessEstablished: facts.accessEstablishedOn,
  };
}

const later = (a: Day, b: Day): Day => (a > b ? a : b);

/** How the clocks count working days: the calendar itself, or an index over it built once for many applications (queue.ts). */
export interface WorkingDayCount {
  /** Working days after `from` up to and including `to` (negative when `to` is earlier). */
  between(from: Day, to: Day): number;
  /** The working day `count` working days after `from`. */
  add(from: Day, count: number): Day;
  /** The earliest invitation day of a county that converted on that day. */
  earliestInvitation(conversionOn: Day): Day;
}

const CALENDAR: WorkingDayCount = {
  between: workingDaysBetween,
  add: (from, count) => day(addWorkingDays(from, count)),
  earliestInvitation: earliestInvitationDay,
};

/**
 * The clocks that have started by `today` (a California day), in the process's order. The
 * invitation's starts on the later of its two triggers, so it may not have started yet.
 */
export function applicationClocks(facts: ApplicationFacts, today: Day, count: WorkingDayCount = CALENDAR): Clock[] {
  const started = clockTriggers(facts, (conversionOn) => count.earliestInvitation(conversionOn));
  const done = clockCompletions(facts);
  return CLOCK_KEYS.flatMap((key) => {
    const startedOn = started[key];
    const completedOn = done[key];
    if (!startedOn || (startedOn > today && !completedOn)) return [];
    const definition = CLOCKS[key];
    const dueOn = count.add(startedOn, definition.goalWorkingDays);
    const limitOn = count.add(startedOn, definition.limitWorkingDays);
    const asOf = completedOn ?? today;
    return [
      {
        key,
        label: definition.label,
        owedBy: definition.owedBy,
        startedOn,
        dueOn,
        limitOn,
        completedOn,
        workingDaysUsed: Math.max(0, count.between(startedOn, asOf)),
        workingDaysLeft: count.between(asOf, limitOn),
        status: statusOf(dueOn, limitOn, completedOn, today, count),
      },
    ];
  });
}

function statusOf(dueOn: Day, limitOn: Day, completedOn: Day | null, today: Day, count: WorkingDayCount): ClockStatus {
  if (completedOn) return completedOn <= limitOn ? "met" : "missed";
  if (today > limitOn) return "late";
  // Due soon from three working days before the goal, and through the whole of a 30–45 range.
  return count.between(today, dueOn) <= DUE_SOON_WORKING_DAYS ? "due-soon" : "running";
}

/**
 * The day an open clock past its goal is reported to the Process Owner: the fifth working day
 * after its limit (the product's rule). Null for a completed clock, whose status says how it went.
 */
export function escalationDay(clock: Pick<Clock, "limitOn" | "completedOn">): Day | null {
  return clock.completedOn ? null : CALENDAR.add(clock.limitOn, ESCALATE_AFTER_WORKING_DAYS);
}

/**
 * The open clocks, most urgent first: the late ones, the most working days late first, then
 * the others by the fewest working days left. Ties go to the earlier limit, then the
 * process's order. Completed clocks are not urgent and are left out.
 */
export function mostUrgent(clocks: readonly Clock[], today: Day): Clock[] {
  const rank = (clock: Clock) => ({ clock, late: today > clock.limitOn, left: workingDaysBetween(today, clock.limitOn) });
  return clocks
    .filter((clock) => !clock.completedOn)
    .map(rank)
    .sort(
      (a, b) =>
        Number(b.late) - Number(a.late) ||
        a.left - b.left ||
        a.clock.limitOn.localeCompare(b.clock.limitOn) ||
        CLOCK_KEYS.indexOf(a.clock.key) - CLOCK_KEYS.indexOf(b.clock.key),
    )
    .map(({ clock }) => clock);
}
