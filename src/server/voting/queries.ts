import "server-only";
import type { MajorityRule, QuorumRule, TallyResult } from "@/domain/voting/tally";
import { db } from "@/lib/db/client";

/**
 * A motion with its roll call: every eligible voter (by name), their designee, and their
 * ballot. One statement: the page is re-read every two seconds by everyone watching a vote.
 */
export async function getMotion(id: string) {
  const [motion] = await db.$queryRaw<MotionRow[]>`
    SELECT m.id, m.question, m.options, m.status::text AS status, m."openedAt", m.deadline, m."closedAt", m.result,
           m."quorumRule"::text AS "quorumRule", m."majorityRule"::text AS "majorityRule", m."openedAutomatically",
           json_build_object('id', c.id, 'name', c.name) AS committee,
           json_build_object('name', o.name) AS "openedBy",
           COALESCE((
             SELECT json_agg(json_build_object(
                      'userId', v."userId",
                      'user', json_build_object('name', u.name),
                      'designee', CASE WHEN d.id IS NULL THEN NULL ELSE json_build_object('id', d.id, 'name', d.name) END,
                      'ballot', CASE WHEN b.id IS NULL THEN NULL ELSE json_build_object(
                        'choice', b.choice, 'recusalReason', b."recusalReason", 'updatedAt', b."updatedAt",
                        'castBy', json_build_object('id', cb.id, 'name', cb.name)) END
                    ) ORDER BY u.name, v."userId")
               FROM "MotionVoter" v
               JOIN "User" u ON u.id = v."userId"
               LEFT JOIN "User" d ON d.id = v."designeeId"
               LEFT JOIN "Ballot" b ON b."motionId" = v."motionId" AND b."voterId" = v."userId"
               LEFT JOIN "User" cb ON cb.id = b."castById"
              WHERE v."motionId" = m.id), '[]'::json) AS "rollCall"
      FROM "Motion" m
      JOIN "Committee" c ON c.id = m."committeeId"
      JOIN "User" o ON o.id = m."openedById"
     WHERE m.id = ${id}`;
  if (!motion) return null;
  return {
    ...motion,
    rollCall: motion.rollCall.map((voter) => ({ ...voter, ballot: voter.ballot ? { ...voter.ballot, updatedAt: new Date(voter.ballot.updatedAt) } : null })),
  };
}

interface MotionRow {
  id: string;
  question: string;
  options: string[];
  status: "OPEN" | "CLOSED";
  openedAt: Date;
  deadline: Date;
  closedAt: Date | null;
  result: TallyResult | null;
  quorumRule: QuorumRule;
  majorityRule: MajorityRule;
  committee: { id: string; name: string };
  openedBy: { name: string };
  /** The step that opened it when a rule did ("when Pat Leader submitted CR-0002"); null when openedBy put the question. */
  openedAutomatically: string | null;
  rollCall: {
    userId: string;
    user: { name: string };
    designee: { id: string; name: string } | null;
    /** updatedAt arrives as JSON text. */
    ballot: { choice: string | null; recusalReason: string | null; updatedAt: string; castBy: { id: string; name: string } } | null;
  }[];
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
