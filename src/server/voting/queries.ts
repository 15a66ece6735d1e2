import "server-only";
import type { TallyResult } from "@/domain/voting/tally";
import { db } from "@/lib/db";

/** A motion with its roll call: every eligible voter, their designee, and their ballot. */
export async function getMotion(id: string) {
  const motion = await db.motion.findUnique({
    where: { id },
    select: {
      id: true,
      question: true,
      options: true,
      status: true,
      openedAt: true,
      deadline: true,
      closedAt: true,
      result: true,
      committee: { select: { id: true, name: true } },
      openedBy: { select: { name: true } },
      voters: {
        orderBy: { user: { name: "asc" } },
        select: { userId: true, user: { select: { name: true } }, designee: { select: { id: true, name: true } } },
      },
      ballots: { select: { voterId: true, choice: true, recusalReason: true, updatedAt: true, castBy: { select: { id: true, name: true } } } },
    },
  });
  if (!motion) return null;
  const ballotOf = new Map(motion.ballots.map((ballot) => [ballot.voterId, ballot]));
  return {
    ...motion,
    result: motion.result as TallyResult | null,
    rollCall: motion.voters.map((voter) => ({ ...voter, ballot: ballotOf.get(voter.userId) ?? null })),
  };
}

export type MotionDetail = NonNullable<Awaited<ReturnType<typeof getMotion>>>;

/** The committee's motions, open first, then the most recently closed. */
export function listCommitteeMotions(committeeId: string) {
  return db.motion.findMany({
    where: { committeeId },
    orderBy: [{ status: "asc" }, { openedAt: "desc" }],
    take: 20,
    select: { id: true, question: true, status: true, deadline: true, closedAt: true, result: true, _count: { select: { ballots: true, voters: true } } },
  });
}

/**
 * Open motions on which this user (as member or designee) has not voted yet. A motion has
 * a handful of ballots, so which are missing is worked out here rather than in SQL.
 */
export function motionsAwaitingVote(userId: string, now = new Date()) {
  return db.motion.findMany({
    where: {
      status: "OPEN",
      deadline: { gt: now },
      voters: { some: { OR: [{ userId, designeeId: null }, { designeeId: userId }] } },
    },
    orderBy: { deadline: "asc" },
    select: {
      id: true,
      question: true,
      deadline: true,
      committee: { select: { name: true } },
      voters: { where: { OR: [{ userId, designeeId: null }, { designeeId: userId }] }, select: { userId: true } },
      ballots: { select: { voterId: true } },
    },
  }).then((motions) =>
    motions
      .filter((motion) => motion.voters.some((voter) => !motion.ballots.some((ballot) => ballot.voterId === voter.userId)))
      .map(({ id, question, deadline, committee }) => ({ id, question, deadline, committee })),
  );
}
