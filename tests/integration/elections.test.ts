import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/domain/identity/roles";
import { db } from "@/lib/db/client";
import { ForbiddenError, UserError } from "@/lib/errors";
import {
  castElectionVote,
  certifyElection,
  closeDueElections,
  closeVoting,
  nominate,
  openElection,
  openVotingNow,
  setElectorate,
  withdrawNomination,
} from "@/server/elections/commands";
import { actor, makeAdmin, makeUser } from "../support/identity.ts";

const at = (iso: string) => new Date(iso);
// A June 2027 election as the form's defaults would have it (California time in UTC).
const JUNE_2027 = { nominationsCloseAt: at("2027-06-08T00:00:00Z"), votingOpensAt: at("2027-06-08T16:00:00Z"), votingClosesAt: at("2027-06-23T00:00:00Z") };
const MAY = at("2027-05-03T17:00:00Z");
const VOTING = at("2027-06-10T17:00:00Z");

/**
 * A CASES steering committee of its own (so tests never share seats): a chair seat and the
 * six category seats, with the demo calendar's terms: the first cycle elected in June 2025,
 * categories 1, 3 and 5 re-elected in June 2026 (Governance plan 2.8).
 */
async function casesCommittee() {
  const cases = await db.consortium.findUniqueOrThrow({ where: { code: "CASES" } });
  const committee = await db.committee.create({
    data: { code: `T-${crypto.randomUUID().slice(0, 8)}`, name: "Test CASES ESC", kind: "ESC", consortiumId: cases.id },
  });
  const chair = await makeUser(db, { name: "Casey Chair", roles: [{ role: "ESC_CHAIR", scope: { type: "COMMITTEE", committeeId: committee.id } }] });
  const holder = await makeUser(db, { name: "Sitting Member" });
  const seats: Record<number, string> = {};
  await db.seat.create({ data: { committeeId: committee.id, title: "Chair", kind: "CHAIR", sortOrder: 0 } });
  for (const category of [1, 2, 3, 4, 5, 6]) {
    const seat = await db.seat.create({
      data: { committeeId: committee.id, title: `Caseload category ${category}`, kind: "VOTING", caseloadCategory: category, sortOrder: category },
    });
    seats[category] = seat.id;
    const oneYear = category % 2 === 1;
    await db.term.create({ data: { seatId: seat.id, userId: holder.id, startsOn: at("2025-07-01"), endsOn: at(oneYear ? "2026-06-30" : "2027-06-30") } });
    if (oneYear) await db.term.create({ data: { seatId: seat.id, userId: holder.id, startsOn: at("2026-07-01"), endsOn: at("2028-06-30") } });
  }
  return { committee, chair, holder, seats, chairCtx: await actor(db, chair.id) };
}

/** The Director (or the Director's designee) of an LCSA, by its code. */
async function representative(code: string, role: Role = "LCSA_DIRECTOR") {
  const lcsa = await db.lcsa.findUniqueOrThrow({ where: { code } });
  const user = await makeUser(db, {
    name: `${role === "LCSA_DIRECTOR" ? "Director" : "Designee"} of ${lcsa.name}`,
    roles: [{ role, scope: { type: "LCSA", lcsaId: lcsa.id } }],
  });
  return { user, lcsa, ctx: await actor(db, user.id) };
}

async function juneElection(committeeId: string, ctx: Awaited<ReturnType<typeof actor>>, schedule = JUNE_2027) {
  const election = await openElection(ctx, { committeeId, kind: "REGULAR", year: 2027, ...schedule }, MAY);
  const contests = await db.electionContest.findMany({ where: { electionId: election.id }, include: { seat: true } });
  const contest = (category: number) => contests.find((candidate) => candidate.seat.caseloadCategory === category)!.id;
  return { election, contest };
}

describe("opening an election", () => {
  it("puts up the seats whose terms end June 30 (terms from July 1, for two years), once, and only for the chair", async () => {
    const { committee, chairCtx, holder } = await casesCommittee();
    await expect(
      openElection(await actor(db, holder.id), { committeeId: committee.id, kind: "REGULAR", year: 2027, ...JUNE_2027 }, MAY),
    ).rejects.toBeInstanceOf(ForbiddenError);

    const { election } = await juneElection(committee.id, await actor(db, chairCtx.actor.id, "req-open"));
    const stored = await db.election.findUniqueOrThrow({
      where: { id: election.id },
      include: { contests: { include: { seat: true }, orderBy: { seat: { sortOrder: "asc" } } } },
    });
    expect(stored).toMatchObject({ title: "June 2027 election", kind: "REGULAR", status: "NOMINATING", termStartsOn: at("2027-07-01") });
    expect(stored.contests.map((contest) => [contest.seat.caseloadCategory, contest.termEndsOn.toISOString().slice(0, 10), contest.electorate])).toEqual([
      [2, "2029-06-30", "CATEGORY"],
      [4, "2029-06-30", "CATEGORY"],
      [6, "2029-06-30", "CATEGORY"],
    ]);
    expect(await db.auditEvent.findFirstOrThrow({ where: { requestId: "req-open" } })).toMatchObject({ action: "elections.open", entityId: election.id });

    await expect(openElection(chairCtx, { committeeId: committee.id, kind: "REGULAR", year: 2027, ...JUNE_2027 }, MAY)).rejects.toThrow(
      "An election is already under way for Caseload category 2 (June 2027 election)",
    );
    await expect(openElection(chairCtx, { committeeId: committee.id, kind: "REGULAR", year: 2029, ...JUNE_2027 }, MAY)).rejects.toThrow(
      "No seat's term ends on June 30, 2029, so there is nothing to elect that June.",
    );
    const late = openElection(chairCtx, { committeeId: committee.id, kind: "REGULAR", year: 2028, ...JUNE_2027, votingClosesAt: JUNE_2027.votingOpensAt }, MAY);
    await expect(late).rejects.toMatchObject({
      message: "Check the election's dates.",
      fieldErrors: { votingClosesAt: ["Voting must close after it opens."] },
    });
    expect(await db.election.count({ where: { committeeId: committee.id } })).toBe(1);
  });

  it("tells the electorate's Directors and designees that nominations are open", async () => {
    const { committee, chairCtx } = await casesCommittee();
    const marin = await representative("marin");
    const colusa = await representative("colusa");
    const { election } = await juneElection(committee.id, chairCtx);
    expect(await db.notification.findFirst({ where: { userId: marin.user.id, kind: "election.opened", link: `/elections/${election.id}` } })).not.toBeNull();
    // Category 1 is not on the June 2027 ballot.
    expect(await db.notification.count({ where: { userId: colusa.user.id, kind: "election.opened" } })).toBe(0);
  });
});

describe("nominations", () => {
  it("refuses ineligible candidates and nominators with the reason, and closes when voting opens", async () => {
    const { committee, chairCtx } = await casesCommittee();
    const { contest } = await juneElection(committee.id, chairCtx);
    const butte = await representative("butte");
    const butteDesignee = await representative("butte", "LCSA_DIRECTOR_DESIGNEE");
    const marin = await representative("marin");
    const colusa = await representative("colusa");
    const orange = await representative("orange");
    const coordinator = await makeUser(db, {
      name: "Tess Coordinator",
      roles: [{ role: "LCSA_TPA_COORDINATOR", scope: { type: "LCSA", lcsaId: marin.lcsa.id } }],
    });
    const cat4 = contest(4);

    await expect(nominate(chairCtx, { contestId: contest(2), candidate: { candidateId: colusa.user.id, lcsaId: colusa.lcsa.id } }, MAY)).rejects.toThrow(
      "The Colusa LCSA is in caseload category 1; Caseload category 2 represents category 2.",
    );
    await expect(nominate(chairCtx, { contestId: cat4, candidate: { candidateId: coordinator.id, lcsaId: marin.lcsa.id } }, MAY)).rejects.toThrow(
      "Tess Coordinator is not the Director, or the Director's designee, of the Marin LCSA, so cannot stand for it.",
    );
    // Someone's Director role does not let them stand for an LCSA they do not lead.
    await expect(nominate(chairCtx, { contestId: cat4, candidate: { candidateId: butte.user.id, lcsaId: marin.lcsa.id } }, MAY)).rejects.toThrow(
      "is not the Director, or the Director's designee, of the Marin LCSA",
    );
    await expect(nominate(chairCtx, { contestId: contest(6), candidate: { candidateId: orange.user.id, lcsaId: orange.lcsa.id } }, MAY)).rejects.toThrow(
      "The Orange LCSA is not in this committee's consortium.",
    );
    const refused = nominate(marin.ctx, { contestId: cat4, candidate: { candidateId: butte.user.id, lcsaId: butte.lcsa.id } }, MAY);
    await expect(refused).rejects.toMatchObject({
      fieldErrors: { candidate: ["You may nominate yourself, someone of the LCSA you direct, or, as the committee's chair, anyone eligible."] },
    });

    await nominate(butte.ctx, { contestId: cat4, candidate: { candidateId: butteDesignee.user.id, lcsaId: butte.lcsa.id } }, MAY);
    await nominate(marin.ctx, { contestId: cat4, candidate: { candidateId: marin.user.id, lcsaId: marin.lcsa.id } }, MAY);
    await expect(nominate(chairCtx, { contestId: cat4, candidate: { candidateId: marin.user.id, lcsaId: marin.lcsa.id } }, MAY)).rejects.toThrow(
      `${marin.user.name} is already a candidate for Caseload category 4.`,
    );

    const designeeNomination = await db.nomination.findFirstOrThrow({ where: { contestId: cat4, candidateId: butteDesignee.user.id } });
    await expect(withdrawNomination(marin.ctx, { nominationId: designeeNomination.id }, MAY)).rejects.toThrow(/^Only the candidate, whoever nominated them/);
    await withdrawNomination(butteDesignee.ctx, { nominationId: designeeNomination.id }, MAY);
    expect(await db.nomination.findUniqueOrThrow({ where: { id: designeeNomination.id } })).toMatchObject({ withdrawnAt: MAY });
    await expect(withdrawNomination(butte.ctx, { nominationId: designeeNomination.id }, MAY)).rejects.toThrow("nomination was already withdrawn");
    // Nominated again: the same row, restored.
    await nominate(butteDesignee.ctx, { contestId: cat4, candidate: { candidateId: butteDesignee.user.id, lcsaId: butte.lcsa.id } }, MAY);
    expect(await db.nomination.findMany({ where: { contestId: cat4, candidateId: butteDesignee.user.id } })).toEqual([
      expect.objectContaining({ id: designeeNomination.id, withdrawnAt: null }),
    ]);

    await expect(setElectorate(marin.ctx, { contestId: cat4, electorate: "CONSORTIUM" }, MAY)).rejects.toBeInstanceOf(ForbiddenError);
    await setElectorate(chairCtx, { contestId: cat4, electorate: "CONSORTIUM" }, MAY);

    const { election } = await db.electionContest.findUniqueOrThrow({ where: { id: cat4 }, select: { election: true } });
    await openVotingNow(chairCtx, { electionId: election.id }, MAY);
    expect(await db.election.findUniqueOrThrow({ where: { id: election.id } })).toMatchObject({ nominationsCloseAt: MAY, votingOpensAt: MAY });
    // Everyone who votes is told, the whole consortium now for category 4.
    expect(await db.notification.count({ where: { userId: colusa.user.id, kind: "election.voting_open" } })).toBe(1);
    await expect(nominate(butte.ctx, { contestId: cat4, candidate: { candidateId: butte.user.id, lcsaId: butte.lcsa.id } }, MAY)).rejects.toThrow(
      /^Nominations for this election closed/,
    );
    await expect(
      withdrawNomination(marin.ctx, { nominationId: (await db.nomination.findFirstOrThrow({ where: { candidateId: marin.user.id } })).id }, MAY),
    ).rejects.toThrow("Voting has opened, so the ballot can no longer change.");
    await expect(setElectorate(chairCtx, { contestId: cat4, electorate: "CATEGORY" }, MAY)).rejects.toThrow(
      "Voting has opened, so who votes can no longer change.",
    );
    await expect(openVotingNow(chairCtx, { electionId: election.id }, MAY)).rejects.toThrow("Voting has opened");

    // The whole consortium votes for category 4 now: a category 1 LCSA's Director may.
    await castElectionVote(colusa.ctx, { contestId: cat4, lcsaId: colusa.lcsa.id, nominationId: designeeNomination.id }, MAY);
    await expect(castElectionVote(orange.ctx, { contestId: cat4, lcsaId: orange.lcsa.id, nominationId: designeeNomination.id }, MAY)).rejects.toThrow(
      "The Orange LCSA is not in this committee's consortium, so it does not vote in this election.",
    );
  });
});

describe("votes", () => {
  let admin: Awaited<ReturnType<typeof makeAdmin>>;
  beforeAll(async () => {
    admin = await makeAdmin(db);
  });

  it("counts one vote per LCSA when its Director and designee make 50 concurrent attempts, and none after close", async () => {
    const { committee, chairCtx } = await casesCommittee();
    const { election, contest } = await juneElection(committee.id, chairCtx);
    const butte = await representative("butte");
    const designee = await representative("butte", "LCSA_DIRECTOR_DESIGNEE");
    const marin = await representative("marin");
    const first = await nominate(butte.ctx, { contestId: contest(4), candidate: { candidateId: butte.user.id, lcsaId: butte.lcsa.id } }, MAY);
    const second = await nominate(marin.ctx, { contestId: contest(4), candidate: { candidateId: marin.user.id, lcsaId: marin.lcsa.id } }, MAY);

    const attempts = await Promise.allSettled(
      Array.from({ length: 50 }, (_, index) =>
        castElectionVote(
          index % 2 ? designee.ctx : butte.ctx,
          { contestId: contest(4), lcsaId: butte.lcsa.id, nominationId: index % 3 ? first.id : second.id },
          VOTING,
        ),
      ),
    );
    expect(attempts.filter((attempt) => attempt.status === "rejected").map((attempt) => String(attempt.reason))).toEqual([]);
    expect(await db.electionBallot.count({ where: { contestId: contest(4) } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: election.id, action: "elections.cast_vote" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: election.id, action: "elections.change_vote" } })).toBe(49);

    const colusa = await representative("colusa");
    await expect(castElectionVote(colusa.ctx, { contestId: contest(4), lcsaId: colusa.lcsa.id, nominationId: first.id }, VOTING)).rejects.toThrow(
      "Only LCSAs in caseload category 4 vote for this seat; the Colusa LCSA is in category 1.",
    );
    await expect(castElectionVote(colusa.ctx, { contestId: contest(4), lcsaId: marin.lcsa.id, nominationId: first.id }, VOTING)).rejects.toThrow(
      "Only the Marin LCSA's Director, or the Director's designee, casts its vote.",
    );
    await expect(castElectionVote(marin.ctx, { contestId: contest(4), lcsaId: marin.lcsa.id, nominationId: contest(2) }, VOTING)).rejects.toThrow(
      "That candidate is not on this ballot.",
    );
    await expect(castElectionVote(marin.ctx, { contestId: contest(4), lcsaId: marin.lcsa.id, nominationId: first.id }, MAY)).rejects.toThrow(
      /^Voting has not opened yet; it opens/,
    );

    await expect(closeVoting(marin.ctx, { electionId: election.id }, VOTING)).rejects.toBeInstanceOf(ForbiddenError);
    const counted = await closeVoting(await actor(db, admin.id), { electionId: election.id }, VOTING);
    expect(counted!.seats.find((seat) => seat.seat === "Caseload category 4")!.explanation).toMatch(/^Elected: .* with 1 of 1 vote; 1 of 8 LCSAs voted\.$/);
    const late = await Promise.allSettled(
      [butte.ctx, designee.ctx, marin.ctx].map((ctx) =>
        castElectionVote(ctx, { contestId: contest(4), lcsaId: ctx === marin.ctx ? marin.lcsa.id : butte.lcsa.id, nominationId: first.id }, VOTING),
      ),
    );
    expect(late.map((attempt) => attempt.status === "rejected" && (attempt.reason as Error).message)).toEqual(
      Array(3).fill("Voting for this seat has closed; your vote was not recorded."),
    );
    expect(late.every((attempt) => attempt.status === "rejected" && attempt.reason instanceof UserError)).toBe(true);
    expect(await db.electionBallot.count({ where: { contestId: contest(4) } })).toBe(1);
    await expect(closeVoting(chairCtx, { electionId: election.id }, VOTING)).rejects.toThrow("Voting in this election is already closed and counted.");
  });

  it("a close racing with votes counts exactly the votes stored", async () => {
    const { committee, chairCtx } = await casesCommittee();
    const { election, contest } = await juneElection(committee.id, chairCtx);
    const codes = ["butte", "marin", "merced", "placer", "san-luis-obispo", "santa-cruz-san-benito", "solano", "tulare"];
    const voters = await Promise.all(codes.map((code) => representative(code)));
    const nomination = await nominate(
      voters[0]!.ctx,
      { contestId: contest(4), candidate: { candidateId: voters[0]!.user.id, lcsaId: voters[0]!.lcsa.id } },
      MAY,
    );
    const casts = Array.from({ length: 40 }, (_, index) => {
      const voter = voters[index % voters.length]!;
      return castElectionVote(voter.ctx, { contestId: contest(4), lcsaId: voter.lcsa.id, nominationId: nomination.id }, VOTING);
    });
    const [closed, ...votes] = await Promise.allSettled([closeVoting(chairCtx, { electionId: election.id }, VOTING), ...casts]);
    expect(closed.status).toBe("fulfilled");
    for (const vote of votes)
      if (vote.status === "rejected") expect((vote.reason as Error).message).toBe("Voting for this seat has closed; your vote was not recorded.");
    const stored = await db.electionContest.findUniqueOrThrow({ where: { id: contest(4) }, include: { ballots: true } });
    expect((stored.result as { ballotsCast: number }).ballotsCast).toBe(stored.ballots.length);
  });
});

describe("from a tie to certified terms", () => {
  it("sends a tie to a runoff among the tied, elects in the runoff, and certification records the terms", async () => {
    const { committee, chairCtx, seats, holder } = await casesCommittee();
    // Voting closes earlier than the other tests' elections, so the sweep below finds only this one.
    const { election, contest } = await juneElection(committee.id, chairCtx, { ...JUNE_2027, votingClosesAt: at("2027-06-19T00:00:00Z") });
    const [butte, marin, placer, madera] = await Promise.all(["butte", "marin", "placer", "madera"].map((code) => representative(code)));
    const a = await nominate(butte!.ctx, { contestId: contest(4), candidate: { candidateId: butte!.user.id, lcsaId: butte!.lcsa.id } }, MAY);
    const b = await nominate(marin!.ctx, { contestId: contest(4), candidate: { candidateId: marin!.user.id, lcsaId: marin!.lcsa.id } }, MAY);
    const c = await nominate(madera!.ctx, { contestId: contest(2), candidate: { candidateId: madera!.user.id, lcsaId: madera!.lcsa.id } }, MAY);
    await castElectionVote(butte!.ctx, { contestId: contest(4), lcsaId: butte!.lcsa.id, nominationId: a.id }, VOTING);
    await castElectionVote(marin!.ctx, { contestId: contest(4), lcsaId: marin!.lcsa.id, nominationId: b.id }, VOTING);
    await castElectionVote(madera!.ctx, { contestId: contest(2), lcsaId: madera!.lcsa.id, nominationId: c.id }, VOTING);

    const afterClose = at("2027-06-19T00:30:00Z");
    // Nobody closed it by hand: the scheduler's sweep does, once, however many instances sweep.
    expect(await closeDueElections(at("2027-06-18T23:59:00Z"))).toBe(0);
    const sweeps = await Promise.all([closeDueElections(afterClose), closeDueElections(afterClose)]);
    expect(sweeps[0] + sweeps[1]).toBe(1);
    expect(await db.election.findUniqueOrThrow({ where: { id: election.id } })).toMatchObject({ status: "VOTING" });
    const rounds = await db.electionContest.findMany({
      where: { electionId: election.id, seatId: seats[4] },
      orderBy: { round: "asc" },
      include: { nominations: true },
    });
    expect(rounds.map((round) => [round.round, round.status])).toEqual([
      [1, "RUNOFF"],
      [2, "OPEN"],
    ]);
    expect((rounds[0]!.result as { explanation: string }).explanation).toMatch(
      /^Tied: .* with 1 vote each; 2 of 8 LCSAs voted\. A runoff among them decides the seat\.$/,
    );
    expect(rounds[1]!.nominations.map((nomination) => nomination.candidateId).sort()).toEqual([butte!.user.id, marin!.user.id].sort());
    // Five working days after Friday June 18 (Juneteenth observed): Friday June 25, 5 p.m.
    expect(rounds[1]!.votingClosesAt).toEqual(at("2027-06-26T00:00:00Z"));
    expect(await db.notification.count({ where: { userId: placer!.user.id, kind: "election.runoff" } })).toBe(1);
    expect(await db.electionContest.findUniqueOrThrow({ where: { id: contest(6) } })).toMatchObject({ status: "NO_RESULT" });

    await expect(certifyElection(chairCtx, { electionId: election.id }, afterClose)).rejects.toThrow(
      "Voting is not counted yet for Caseload category 4 (runoff round 2); certify once every seat is decided.",
    );
    const runoff = rounds[1]!;
    const [runoffA, runoffB] = [butte!.user.id, marin!.user.id].map((id) => runoff.nominations.find((nomination) => nomination.candidateId === id)!.id);
    // The first round's choices are not carried over: a runoff is voted afresh.
    await expect(castElectionVote(placer!.ctx, { contestId: runoff.id, lcsaId: placer!.lcsa.id, nominationId: a.id }, afterClose)).rejects.toThrow(
      "That candidate is not on this ballot.",
    );
    await castElectionVote(butte!.ctx, { contestId: runoff.id, lcsaId: butte!.lcsa.id, nominationId: runoffA! }, afterClose);
    await castElectionVote(marin!.ctx, { contestId: runoff.id, lcsaId: marin!.lcsa.id, nominationId: runoffB! }, afterClose);
    await castElectionVote(placer!.ctx, { contestId: runoff.id, lcsaId: placer!.lcsa.id, nominationId: runoffA! }, afterClose);
    const counted = await closeVoting(chairCtx, { electionId: election.id }, afterClose);
    expect(counted).toMatchObject({
      status: "TALLIED",
      seats: [{ seat: "Caseload category 4", round: 2, explanation: `Elected: ${butte!.user.name} (Butte LCSA) with 2 of 3 votes; 3 of 8 LCSAs voted.` }],
    });

    await expect(certifyElection(butte!.ctx, { electionId: election.id }, afterClose)).rejects.toBeInstanceOf(ForbiddenError);
    const certified = await certifyElection(await actor(db, chairCtx.actor.id, "req-certify"), { electionId: election.id }, at("2027-06-30T18:00:00Z"));
    expect(certified.terms).toBe(2);
    const terms = await db.term.findMany({
      where: { seatId: { in: [seats[2]!, seats[4]!, seats[6]!] }, startsOn: at("2027-07-01") },
      orderBy: { seat: { sortOrder: "asc" } },
    });
    expect(terms.map((term) => [term.seatId, term.userId, term.lcsaId, term.endsOn?.toISOString().slice(0, 10)])).toEqual([
      [seats[2], madera!.user.id, madera!.lcsa.id, "2029-06-30"],
      [seats[4], butte!.user.id, butte!.lcsa.id, "2029-06-30"],
    ]);
    // The sitting members' terms end the day before, as they were scheduled to.
    expect(await db.term.count({ where: { userId: holder.id, seatId: seats[4], endsOn: at("2027-06-30") } })).toBe(1);
    expect(await db.election.findUniqueOrThrow({ where: { id: election.id } })).toMatchObject({ status: "CERTIFIED", certifiedById: chairCtx.actor.id });
    expect(await db.auditEvent.findFirstOrThrow({ where: { requestId: "req-certify" } })).toMatchObject({ action: "elections.certify" });
    for (const person of [butte!, marin!, madera!])
      expect(await db.notification.count({ where: { userId: person.user.id, kind: "election.certified" } })).toBe(1);
    expect(await db.notification.count({ where: { userId: holder.id, kind: "election.certified" } })).toBe(1);
    await expect(certifyElection(chairCtx, { electionId: election.id }, afterClose)).rejects.toThrow("These results are already certified.");
  });
});

describe("special elections", () => {
  it("fill a vacant seat for the rest of its term, from the day of certification at the latest", async () => {
    const { committee, chairCtx, seats } = await casesCommittee();
    const now = at("2027-01-05T17:00:00Z");
    const schedule = { nominationsCloseAt: at("2027-01-13T01:00:00Z"), votingOpensAt: at("2027-01-13T17:00:00Z"), votingClosesAt: at("2027-01-21T01:00:00Z") };
    await expect(openElection(chairCtx, { committeeId: committee.id, kind: "SPECIAL", seatId: seats[3]!, ...schedule }, now)).rejects.toThrow(
      "Caseload category 3 is not vacant: it has a term until Jun 30, 2028. A special election fills a vacant seat.",
    );
    // The member for category 3 left at the end of 2026, half-way through the 2026–2028 term.
    await db.term.updateMany({ where: { seatId: seats[3], startsOn: at("2026-07-01") }, data: { endsOn: at("2026-12-31") } });
    const election = await openElection(chairCtx, { committeeId: committee.id, kind: "SPECIAL", seatId: seats[3]!, ...schedule }, now);
    const contest = await db.electionContest.findFirstOrThrow({ where: { electionId: election.id } });
    expect(election.title).toBe("Special election: Caseload category 3");
    expect(contest.termEndsOn).toEqual(at("2028-06-30"));
    expect(await db.election.findUniqueOrThrow({ where: { id: election.id } })).toMatchObject({ kind: "SPECIAL", termStartsOn: at("2027-01-21") });

    const humboldt = await representative("humboldt");
    const nomination = await nominate(humboldt.ctx, { contestId: contest.id, candidate: { candidateId: humboldt.user.id, lcsaId: humboldt.lcsa.id } }, now);
    await castElectionVote(humboldt.ctx, { contestId: contest.id, lcsaId: humboldt.lcsa.id, nominationId: nomination.id }, at("2027-01-15T17:00:00Z"));
    expect(await closeDueElections(at("2027-01-21T02:00:00Z"))).toBe(1);
    await certifyElection(chairCtx, { electionId: election.id }, at("2027-01-26T18:00:00Z"));
    expect(await db.term.findFirstOrThrow({ where: { seatId: seats[3], userId: humboldt.user.id } })).toMatchObject({
      startsOn: at("2027-01-26"),
      endsOn: at("2028-06-30"),
      lcsaId: humboldt.lcsa.id,
    });
  });
});
