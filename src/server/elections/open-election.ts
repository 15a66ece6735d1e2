import "server-only";
import { formatDateTime, formatDay } from "@/lib/format";
import { californiaDay } from "@/domain/calendar/california-day";
import { FIRST_CYCLE_ONE_YEAR_SEATS, regularElectionSeats, type Term } from "@/domain/governance/election-cycle";
import type { OpenElectionInput } from "@/domain/governance/election-schemas";
import { dayAfter, scheduledEndYear, scheduleProblems, specialElectionTerm, type Schedule } from "@/domain/governance/election-schedule";
import { columnOfDay, dayOfColumn, dayOfNullable } from "@/domain/calendar/day";
import { electionAudit } from "@/domain/governance/election-audit-actions";
import { electionPermissions } from "@/domain/governance/permissions";
import { defineCommand } from "@/lib/command";
import type { Tx } from "@/lib/db/client";
import { NotFoundError, UserError } from "@/lib/errors";
import { notify } from "@/server/notifications/notify";
import { representativesOf } from "@/server/elections/shared";
import { electionCommitteeSubject } from "@/server/elections/subjects";

export interface ElectedSeat {
  id: string;
  title: string;
  caseloadCategory: number | null;
  terms: { startsOn: Date; endsOn: Date | null }[];
}

interface Plan {
  title: string;
  termStartsOn: string;
  contests: { seat: ElectedSeat; termEndsOn: string }[];
}

/**
 * The seats' terms as the rotation sees them: each ending on the June 30 it was scheduled
 * to, even when its holder left earlier, so a seat left vacant still comes up in its June.
 */
export function rotationTerms(seats: readonly ElectedSeat[]): Term[] {
  return seats.flatMap((seat) =>
    seat.terms.map((term, index) => {
      const start = dayOfColumn(term.startsOn);
      const firstCycle = index === 0 && FIRST_CYCLE_ONE_YEAR_SEATS.includes(seat.caseloadCategory!);
      return { seatCategory: seat.caseloadCategory!, start, end: `${scheduledEndYear({ start, end: dayOfNullable(term.endsOn) }, firstCycle)}-06-30` };
    }),
  );
}

/** Governance plan 2.8: in June, the seats whose terms end June 30; terms start July 1. */
export function regularPlan(seats: readonly ElectedSeat[], year: number): Plan {
  const up = regularElectionSeats(rotationTerms(seats), year);
  if (up.length === 0) {
    const message = `No seat's term ends on June 30, ${year}, so there is nothing to elect that June.`;
    throw new UserError(message, { year: [message] });
  }
  return {
    title: `June ${year} election`,
    termStartsOn: `${year}-07-01`,
    contests: up.map((term) => ({ seat: seats.find((seat) => seat.caseloadCategory === term.seatCategory)!, termEndsOn: term.end })),
  };
}

/** A vacant seat, filled for the rest of its term; the term starts the day after voting closes. */
export function specialPlan(seats: readonly ElectedSeat[], seatId: string, schedule: Schedule, now: Date): Plan {
  const seat = seats.find((candidate) => candidate.id === seatId);
  if (!seat) throw new NotFoundError("That seat");
  const today = californiaDay(now);
  const heldOrFilled = seat.terms.find((term) => !term.endsOn || term.endsOn >= today);
  if (heldOrFilled) {
    const message = `${seat.title} is not vacant: it has a term until ${heldOrFilled.endsOn ? formatDay(heldOrFilled.endsOn) : "further notice"}. A special election fills a vacant seat.`;
    throw new UserError(message, { seatId: [message] });
  }
  if (seat.terms.length === 0) {
    const message = `${seat.title} has never been filled; the June election fills it.`;
    throw new UserError(message, { seatId: [message] });
  }
  const rotationEndYear = Number(rotationTerms([seat]).at(-1)!.end.slice(0, 4));
  const term = specialElectionTerm(rotationEndYear, dayAfter(schedule.votingClosesAt));
  return { title: `Special election: ${seat.title}`, termStartsOn: term.start, contests: [{ seat, termEndsOn: term.end }] };
}

/**
 * Opens an election (the committee's chair, or an administrator): REGULAR for the June
 * seats of `year`, SPECIAL for one vacant seat. Nominations open at once.
 */
export const openElection = defineCommand({
  name: electionAudit.open,
  subject: electionCommitteeSubject,
  target: (input: OpenElectionInput) => input.committeeId,
  permission: electionPermissions.open,
  resource: (committee) => ({ committeeId: committee.id }),
  async run({ tx, ctx, input, record: committee, now }) {
    const schedule = { nominationsCloseAt: input.nominationsCloseAt, votingOpensAt: input.votingOpensAt, votingClosesAt: input.votingClosesAt };
    const problems = scheduleProblems(schedule, now);
    if (problems) throw new UserError("Check the election's dates.", problems);
    const seats = await electedSeats(tx, committee.id);
    if (!committee.consortiumId || seats.length === 0)
      throw new UserError("This committee's seats are not elected by caseload category, so it holds no elections.");
    const plan = input.kind === "REGULAR" ? regularPlan(seats, input.year!) : specialPlan(seats, input.seatId!, schedule, now);
    await refuseSeatsUnderWay(
      tx,
      plan.contests.map(({ seat }) => seat),
    );

    const election = await tx.election.create({
      data: {
        committeeId: committee.id,
        kind: input.kind,
        title: plan.title,
        ...schedule,
        termStartsOn: columnOfDay(plan.termStartsOn),
        openedById: ctx.actor.id,
        contests: { create: plan.contests.map(({ seat, termEndsOn }) => ({ seatId: seat.id, termEndsOn: columnOfDay(termEndsOn) })) },
      },
      select: { id: true, title: true },
    });
    const seatList = plan.contests.map(({ seat }) => seat.title).join(", ");
    const representatives = await representativesOf(tx, {
      consortiumId: committee.consortiumId,
      caseloadCategory: { in: plan.contests.map(({ seat }) => seat.caseloadCategory!) },
    });
    await notify(tx, representatives, {
      kind: "election.opened",
      subject: `${committee.name}: nominations are open for the ${election.title}`,
      body: `Seats: ${seatList}. Nominations close ${formatDateTime(schedule.nominationsCloseAt)}. Voting opens ${formatDateTime(schedule.votingOpensAt)} and closes ${formatDateTime(schedule.votingClosesAt)} (Pacific time). Each LCSA's Director, or the Director's designee, may stand and casts the LCSA's one vote.`,
      link: `/elections/${election.id}`,
      dedupeKey: `election-opened:${election.id}`,
    });
    return {
      id: election.id,
      title: election.title,
      seatList,
      opened: {
        ...schedule,
        kind: input.kind,
        termStartsOn: plan.termStartsOn,
        seats: plan.contests.map(({ seat, termEndsOn }) => ({ seatId: seat.id, termEndsOn })),
      },
    };
  },
  audit: ({ record: committee, result }) => ({
    entity: { type: "Election", id: result.id },
    summary: `Opened the ${result.title} of the ${committee.name}: ${result.seatList}`,
    after: result.opened,
  }),
});

/** The committee's seats elected by caseload category, with every term on record. */
export function electedSeats(tx: Tx, committeeId: string): Promise<ElectedSeat[]> {
  return tx.seat.findMany({
    where: { committeeId, kind: "VOTING", caseloadCategory: { not: null } },
    orderBy: { sortOrder: "asc" },
    select: { id: true, title: true, caseloadCategory: true, terms: { orderBy: { startsOn: "asc" }, select: { startsOn: true, endsOn: true } } },
  });
}

async function refuseSeatsUnderWay(tx: Tx, seats: readonly ElectedSeat[]): Promise<void> {
  const underWay = await tx.electionContest.findMany({
    where: { seatId: { in: seats.map((seat) => seat.id) }, election: { status: { in: ["NOMINATING", "VOTING", "TALLIED"] } } },
    distinct: ["seatId"],
    select: { seat: { select: { title: true } }, election: { select: { title: true } } },
  });
  if (underWay.length) {
    const titles = underWay.map((contest) => `${contest.seat.title} (${contest.election.title})`).join(", ");
    throw new UserError(`An election is already under way for ${titles}. Finish and certify it first.`);
  }
}
