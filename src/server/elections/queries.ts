import "server-only";
import { californiaDay } from "@/domain/calendar/california-day";
import { regularElectionSeats } from "@/domain/governance/election-cycle";
import { electorateOf, representedLcsaIds } from "@/domain/governance/election-eligibility";
import type { ContestResult } from "@/domain/governance/election-result";
import { comingJune, contestPhase, regularSchedule, specialSchedule, toCaliforniaLocal, type Schedule } from "@/domain/governance/election-schedule";
import type { CurrentUser } from "@/lib/context";
import { db } from "@/lib/db/client";
import { can } from "@/lib/permissions";
import { nominees } from "@/server/elections/nominees";
import { electedSeats, rotationTerms } from "@/server/elections/open-election";
import { ELECTION_SELECT } from "@/server/elections/shared";
import { electionPermissions } from "@/domain/governance/permissions";

const CONTEST_SELECT = {
  id: true,
  seatId: true,
  round: true,
  status: true,
  electorate: true,
  termEndsOn: true,
  votingClosesAt: true,
  result: true,
  seat: { select: { title: true, caseloadCategory: true, sortOrder: true } },
  nominations: {
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      candidateId: true,
      lcsaId: true,
      withdrawnAt: true,
      candidate: { select: { name: true } },
      lcsa: { select: { name: true } },
      nominatedBy: { select: { id: true, name: true } },
    },
  },
  ballots: { select: { lcsaId: true, nominationId: true, updatedAt: true, voter: { select: { name: true } } } },
} as const;

/**
 * An election as its page shows it to `viewer`: per seat, each round with its candidates,
 * the electorate and who of it has voted (named only for those who may see the turnout),
 * the viewer's own LCSAs' votes, and whom the viewer may nominate.
 */
export async function getElection(id: string, viewer: CurrentUser, now = new Date()) {
  const election = await db.election.findUnique({
    where: { id },
    select: {
      ...ELECTION_SELECT,
      certifiedAt: true,
      createdAt: true,
      openedBy: { select: { name: true } },
      certifiedBy: { select: { name: true } },
      contests: { orderBy: [{ seat: { sortOrder: "asc" } }, { round: "asc" }], select: CONTEST_SELECT },
    },
  });
  if (!election) return null;
  const consortiumId = election.committee.consortiumId ?? "";
  const scope = { committeeId: election.committee.id };
  const manages = can(viewer, electionPermissions.manage, scope);
  const seesTurnout = can(viewer, electionPermissions.viewTurnout, scope);
  const mine = new Set(representedLcsaIds(viewer.grants));
  const lcsas = await db.lcsa.findMany({ where: { consortiumId }, select: { id: true, name: true, consortiumId: true, caseloadCategory: true } });

  const seatIds = [...new Set(election.contests.map((contest) => contest.seatId))];
  const seats = await Promise.all(
    seatIds.map(async (seatId) => {
      const rounds = election.contests.filter((contest) => contest.seatId === seatId);
      const first = rounds[0]!;
      const category = first.seat.caseloadCategory ?? 0;
      const electorate = electorateOf(first.electorate, category, consortiumId, lcsas);
      const nominating = election.status === "NOMINATING" && contestPhase(first, election, now) === "nominating";
      // The chair, or a Director or designee of an LCSA of this seat's category, may put names forward.
      const mayNominate = nominating && (manages || lcsas.some((lcsa) => lcsa.caseloadCategory === category && mine.has(lcsa.id)));
      return {
        seatId,
        title: first.seat.title,
        caseloadCategory: category,
        termEndsOn: first.termEndsOn,
        electorate: first.electorate,
        electorateSize: electorate.length,
        mayNominate,
        nominees: mayNominate ? await nominees(viewer, { consortiumId, category, committeeId: election.committee.id, taken: first.nominations }) : [],
        rounds: rounds.map((contest) => {
          const voted = new Map(contest.ballots.map((ballot) => [ballot.lcsaId, ballot]));
          return {
            contestId: contest.id,
            round: contest.round,
            status: contest.status,
            votingClosesAt: contest.votingClosesAt,
            phase: election.status === "CANCELLED" ? ("counted" as const) : contestPhase(contest, election, now),
            result: contest.result as ContestResult | null,
            candidates: contest.nominations.map((nomination) => ({
              nominationId: nomination.id,
              candidateId: nomination.candidateId,
              name: nomination.candidate.name,
              lcsaName: nomination.lcsa.name,
              nominatedBy: nomination.nominatedBy.name,
              withdrawn: Boolean(nomination.withdrawnAt),
              mayWithdraw: can(viewer, electionPermissions.withdrawNomination, {
                committeeId: election.committee.id,
                candidateId: nomination.candidateId,
                lcsaId: nomination.lcsaId,
                nominatedById: nomination.nominatedBy.id,
              }),
            })),
            votedCount: contest.ballots.length,
            turnout: seesTurnout
              ? electorate.map((lcsa) => {
                  const ballot = voted.get(lcsa.id);
                  return { lcsaId: lcsa.id, lcsaName: lcsa.name, votedBy: ballot?.voter.name ?? null, votedAt: ballot?.updatedAt ?? null };
                })
              : null,
            myVotes: electorate
              .filter((lcsa) => mine.has(lcsa.id))
              .map((lcsa) => ({
                lcsaId: lcsa.id,
                lcsaName: lcsa.name,
                nominationId: voted.get(lcsa.id)?.nominationId ?? null,
                votedBy: voted.get(lcsa.id)?.voter.name ?? null,
              })),
          };
        }),
      };
    }),
  );
  return { ...election, contests: undefined, seats, manages, seesTurnout };
}

export type ElectionDetail = NonNullable<Awaited<ReturnType<typeof getElection>>>;
export type ElectionSeat = ElectionDetail["seats"][number];
export type ElectionRound = ElectionSeat["rounds"][number];

const localSchedule = (schedule: Schedule) => ({
  nominationsCloseAt: toCaliforniaLocal(schedule.nominationsCloseAt),
  votingOpensAt: toCaliforniaLocal(schedule.votingOpensAt),
  votingClosesAt: toCaliforniaLocal(schedule.votingClosesAt),
});

/**
 * The "Elections" section of a committee's page: its elections, and for the chair the
 * defaults of a new one (the coming June and its seats, or a vacant seat). Null for a
 * committee whose seats are not elected.
 */
export async function committeeElections(committeeId: string, viewer: CurrentUser, now = new Date()) {
  const seats = await electedSeats(db, committeeId);
  if (seats.length === 0) return null;
  const elections = await db.election.findMany({
    where: { committeeId },
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, kind: true, status: true, nominationsCloseAt: true, votingOpensAt: true, votingClosesAt: true, certifiedAt: true },
  });
  const canOpen = can(viewer, electionPermissions.open, { committeeId });
  if (!canOpen) return { elections, canOpen, defaults: null };

  const year = comingJune(now);
  const terms = rotationTerms(seats);
  const titleOf = (category: number) => seats.find((seat) => seat.caseloadCategory === category)!.title;
  const years = [year, year + 1, year + 2].map((candidate) => ({
    year: candidate,
    seats: regularElectionSeats(terms, candidate).map((term) => titleOf(term.seatCategory)),
    schedule: localSchedule(regularSchedule(candidate)),
  }));
  const today = californiaDay(now);
  const vacant = seats.filter((seat) => seat.terms.length > 0 && !seat.terms.some((term) => !term.endsOn || term.endsOn >= today));
  return {
    elections,
    canOpen,
    defaults: { year, years, vacantSeats: vacant.map(({ id, title }) => ({ id, title })), special: localSchedule(specialSchedule(now)) },
  };
}

export type CommitteeElections = NonNullable<Awaited<ReturnType<typeof committeeElections>>>;
