import "server-only";
import { votingAudit } from "@/domain/voting/audit-actions";
import { votingPermissions } from "@/domain/voting/permissions";
import { tally, type TallyResult } from "@/domain/voting/tally";
import type { MotionSubjectType, Prisma } from "@/generated/prisma/client";
import { defineCommand, type AnyContext, type PagePath } from "@/lib/command";
import type { Tx } from "@/lib/db/client";
import { motionSubject } from "@/server/voting/subjects";

/** A closed motion's result and what it decided: src/server/decisions routes it to its subject. */
export interface DecidedMotion {
  motionId: string;
  subjectType: MotionSubjectType;
  subjectId: string | null;
  result: TallyResult;
}

/**
 * Closes a motion and records its tally. The chair (or an administrator) may close it at
 * any time; once the deadline has passed anyone may, and the worker does, so a motion never
 * stays open forever. Returns null when it was already closed (e.g. by another instance's
 * job). The voting engine decides nothing else: what the result means for the motion's
 * subject is applied by src/server/decisions, in the same transaction.
 */
export const closeMotion = defineCommand<
  { motionId: string },
  Awaited<ReturnType<typeof motionSubject.lock>>,
  { committeeId: string },
  DecidedMotion | null,
  AnyContext
>({
  name: votingAudit.close_motion,
  subject: motionSubject,
  target: (input) => input.motionId,
  permission: ({ record: motion, now }) => (motion.status === "OPEN" && motion.deadline > now ? votingPermissions.closeMotion : null),
  resource: (motion) => ({ committeeId: motion.committeeId }),
  system: true,
  async run({ tx, record: locked }) {
    if (locked.status === "CLOSED") return null;
    const motion = await tx.motion.findUniqueOrThrow({
      where: { id: locked.id },
      select: {
        options: true,
        quorumRule: true,
        majorityRule: true,
        subjectType: true,
        subjectId: true,
        _count: { select: { voters: true } },
        ballots: { select: { choice: true, recusalReason: true } },
      },
    });
    const result = tally({
      options: motion.options,
      eligibleVoters: motion._count.voters,
      choices: motion.ballots.flatMap((ballot) => (ballot.choice ? [ballot.choice] : [])),
      recusals: motion.ballots.filter((ballot) => ballot.recusalReason).length,
      quorumRule: motion.quorumRule,
      majorityRule: motion.majorityRule,
    });
    await tx.motion.update({
      where: { id: locked.id },
      // Stamped after the lock: every ballot that got in was written before this moment.
      data: { status: "CLOSED", closedAt: new Date(), result: result as unknown as Prisma.InputJsonValue },
    });
    return { motionId: locked.id, subjectType: motion.subjectType, subjectId: motion.subjectId, result };
  },
  audit: ({ result: decided }) =>
    decided && {
      summary: decided.result.explanation,
      before: { status: "OPEN" },
      after: { status: "CLOSED", result: decided.result },
    },
});

/**
 * What a subject's module does with a decided motion, inside the transaction that closed
 * it, so a result and its effect never disagree, and answers the pages it changed.
 * Registered by subject type in
 * src/server/decisions/handlers.ts; the voting engine never calls one itself.
 */
export type DecisionHandler = (tx: Tx, ctx: AnyContext, motion: DecidedMotion, now: Date) => Promise<readonly PagePath[]>;
