import "server-only";
import { formatDay } from "@/lib/format";
import { californiaDay } from "@/domain/calendar/california-day";
import { addDays, columnOfDay, dayOfColumn } from "@/domain/calendar/day";
import { certificationProblem, latestRounds } from "@/domain/governance/election-result";
import { electionAudit } from "@/domain/governance/election-audit-actions";
import { electionPermissions } from "@/domain/governance/permissions";
import { defineCommand } from "@/lib/command";
import type { Tx } from "@/lib/db/client";
import { UserError } from "@/lib/errors";
import { notify } from "@/server/notifications/notify";
import { electionSubject } from "@/server/elections/subjects";

/**
 * Certifies the results (the chair, or an administrator) once every seat is decided or has
 * no result, and records the terms: each winner holds the seat from the election's term
 * start (a special election's term never starts before the day of certification) to the
 * contest's term end; a term of that seat still running then ends the day before.
 * Candidates and the committee are told.
 */
export const certifyElection = defineCommand({
  name: electionAudit.certify,
  subject: electionSubject("update"),
  target: (input: { electionId: string }) => input.electionId,
  permission: electionPermissions.manage,
  resource: (election) => ({ committeeId: election.committee.id }),
  async run({ tx, ctx, record: election, now }) {
    const contests = await tx.electionContest.findMany({
      where: { electionId: election.id },
      orderBy: [{ seat: { sortOrder: "asc" } }, { round: "asc" }],
      select: {
        seatId: true,
        round: true,
        status: true,
        winnerId: true,
        termEndsOn: true,
        seat: { select: { title: true } },
        nominations: { select: { candidateId: true, lcsaId: true, lcsa: { select: { name: true } }, candidate: { select: { name: true } } } },
      },
    });
    const latest = latestRounds(contests);
    const problem = certificationProblem(
      election.status,
      latest.map((contest) => ({ ...contest, seatTitle: contest.seat.title })),
    );
    if (problem) throw new UserError(problem);

    const today = californiaDay(now);
    const startsOn = election.kind === "SPECIAL" && election.termStartsOn < today ? today : election.termStartsOn;
    const elected: string[] = [];
    const terms: { seatId: string; userId: string; lcsaId: string; startsOn: Date; endsOn: Date }[] = [];
    const ended: Awaited<ReturnType<typeof makeRoom>> = [];
    for (const contest of latest) {
      const winner = contest.status === "DECIDED" ? contest.nominations.find((nomination) => nomination.candidateId === contest.winnerId) : undefined;
      if (!winner) {
        elected.push(`${contest.seat.title}: no result; the seat stays vacant until a special election fills it.`);
        continue;
      }
      ended.push(...(await makeRoom(tx, contest.seatId, contest.seat.title, startsOn)));
      const term = { seatId: contest.seatId, userId: winner.candidateId, lcsaId: winner.lcsaId, startsOn, endsOn: contest.termEndsOn };
      await tx.term.create({ data: term });
      terms.push(term);
      elected.push(
        `${contest.seat.title}: ${winner.candidate.name} (${winner.lcsa.name} LCSA), term ${formatDay(startsOn)} to ${formatDay(contest.termEndsOn)}.`,
      );
    }

    await tx.election.update({
      where: { id: election.id },
      data: { status: "CERTIFIED", certifiedAt: now, certifiedById: ctx.actor.id, version: { increment: 1 } },
    });
    const candidates = contests.flatMap((contest) => contest.nominations.map((nomination) => nomination.candidateId));
    await notify(tx, [...candidates, ...(await committeeMembers(tx, election.committee.id, today))], {
      kind: "election.certified",
      subject: `${election.committee.name}: the ${election.title} results are certified`,
      body: elected.join("\n"),
      link: `/elections/${election.id}`,
      dedupeKey: `election-certified:${election.id}`,
    });
    return { terms: terms.length, summary: elected, recorded: terms, ended };
  },
  audit: ({ record: election, result }) => ({
    summary: `Certified the ${election.title}: ${result.summary.join(" ")}`,
    before: { status: election.status },
    after: { status: "CERTIFIED", terms: result.recorded, endedTerms: result.ended },
  }),
});

/**
 * Ends, the day before `startsOn`, a term of the seat still running then; refuses when the
 * seat already has a term from that day on (another election filled it).
 */
async function makeRoom(tx: Tx, seatId: string, seatTitle: string, startsOn: Date) {
  const later = await tx.term.findFirst({ where: { seatId, startsOn: { gte: startsOn } }, select: { startsOn: true, user: { select: { name: true } } } });
  if (later) throw new UserError(`${seatTitle} already has a term from ${formatDay(later.startsOn)} (${later.user.name}); nothing was certified.`);
  const running = await tx.term.findMany({
    where: { seatId, startsOn: { lt: startsOn }, OR: [{ endsOn: null }, { endsOn: { gte: startsOn } }] },
    select: { id: true, endsOn: true },
  });
  const endsOn = columnOfDay(addDays(dayOfColumn(startsOn), -1));
  await tx.term.updateMany({ where: { id: { in: running.map((term) => term.id) } }, data: { endsOn } });
  return running.map((term) => ({ termId: term.id, endsOn: term.endsOn, endedOn: endsOn }));
}

/** Whoever holds a seat of the committee today: chair, members and advisers. */
async function committeeMembers(tx: Tx, committeeId: string, today: Date): Promise<string[]> {
  const terms = await tx.term.findMany({
    where: { seat: { committeeId }, startsOn: { lte: today }, OR: [{ endsOn: null }, { endsOn: { gte: today } }] },
    select: { userId: true },
  });
  return terms.map((term) => term.userId);
}
