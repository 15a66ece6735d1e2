import "server-only";
import { CR_STATES, TERMINAL_STATES } from "@/domain/change-requests/lifecycle";
import { OVERDUE_AFTER_DAYS, WAITING_ON, type Party } from "@/domain/change-requests/queue";
import { Prisma } from "@/generated/prisma/client";

/**
 * The rules of src/domain/change-requests/queue.ts as SQL over a change request aliased
 * `cr`, so lists and counts are computed by PostgreSQL in one statement whatever the number
 * of rows. Unit-tested in words there; checked against the same rows here by the
 * integration tests. The dashboard evaluates these for every change request, so they
 * compare the state as its enum (not as text, which collates) and do their arithmetic in
 * floating point (not numeric).
 */

const TERMINAL = [...TERMINAL_STATES] as string[];

/** The state's overdue limit in days, or NULL. */
const overdueLimit = Prisma.sql`(CASE cr.state ${Prisma.join(
  Object.entries(OVERDUE_AFTER_DAYS).map(([state, days]) => Prisma.sql`WHEN ${state}::"CrState" THEN ${days}::int`),
  " ",
)} END)`;

/** Whom the change request waits on (queue.ts WAITING_ON), or NULL when finished. */
export const waitingOnSql = Prisma.sql`(CASE cr.state ${Prisma.join(
  CR_STATES.filter((state) => WAITING_ON[state]).map((state) => Prisma.sql`WHEN ${state}::"CrState" THEN ${WAITING_ON[state]}`),
  " ",
)} END)`;

/** The lifecycle's order of states, for sorting by step. */
export const stateOrderSql = Prisma.sql`array_position(${[...CR_STATES]}::"CrState"[], cr.state)`;

/** Whole days since the change request entered its state. */
export const daysInStateSql = (now: Date) => Prisma.sql`floor(date_part('epoch', ${now}::timestamp - cr."stateChangedAt") / 86400)::int`;

export const isOpenSql = Prisma.sql`cr.state <> ALL(${TERMINAL}::"CrState"[])`;

export function stateTooLongSql(now: Date) {
  // A state without a limit (DEFERRED) gives NULL: COALESCE keeps the answer true or false.
  return Prisma.sql`COALESCE(${isOpenSql} AND cr."stateChangedAt" <= ${now}::timestamp - (${overdueLimit} + 1) * interval '1 day', false)`;
}

export function votePastDeadlineSql(now: Date) {
  // Uncorrelated, so PostgreSQL builds the (small) set of late votes once per statement
  // and probes it per row, instead of a lookup per change request.
  return Prisma.sql`(${isOpenSql} AND cr.id IN (
    SELECT g."changeRequestId" FROM "Motion" m JOIN "CrGateMotion" g ON g."motionId" = m.id
     WHERE m.status = 'OPEN' AND m.deadline < ${now}::timestamp))`;
}

export function reconsiderPassedSql(today: Date) {
  return Prisma.sql`COALESCE(cr.state = 'DEFERRED' AND cr."reconsiderOn" < ${today}::date, false)`;
}

/** queue.ts overdueReasons(): true when there is at least one reason. */
export function overdueSql(now: Date, today: Date) {
  return Prisma.sql`(${stateTooLongSql(now)} OR ${votePastDeadlineSql(now)} OR ${reconsiderPassedSql(today)})`;
}

export function statesWaitingOnSql(party: Party) {
  const states = CR_STATES.filter((state) => WAITING_ON[state] === party) as string[];
  return Prisma.sql`cr.state = ANY(${states}::"CrState"[])`;
}
