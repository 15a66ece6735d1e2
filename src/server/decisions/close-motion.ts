import "server-only";
import { SYSTEM_CONTEXT, type CommandContext } from "@/lib/context";
import { db } from "@/lib/db/client";
import { UserError } from "@/lib/errors";
import { applyDecision } from "@/server/decisions/handlers";
import { notifyMotionResult } from "@/server/notifications/motion-notices";
import { closeMotion } from "@/server/voting/close-motion";

/**
 * A person closes a motion: the voting engine closes and counts it, and its subject's
 * module applies the result, in one transaction. For defineAction (it refreshes the motion's
 * pages and the subject's).
 */
async function execute(ctx: CommandContext, input: { motionId: string }, now = new Date()) {
  return db.$transaction(async (tx) => {
    const closed = await closeMotion.inTx(tx, ctx, input, now);
    const decided = closed.result;
    if (!decided) throw new UserError("This motion is already closed.");
    const changed = await applyDecision(tx, ctx, decided, now);
    return { result: decided.result, paths: [...closed.paths, ...changed] };
  });
}

export const closeMotionAndDecide = Object.assign(
  async (ctx: CommandContext, input: { motionId: string }, now = new Date()) => (await execute(ctx, input, now)).result,
  { execute },
);

/** At most this many motions per run; the next minute's run takes the rest. */
const BATCH = 200;

/**
 * Closes every open motion whose deadline has passed, each in its own transaction, audited
 * with no actor, applies its decision and tells its voters the result. Run by the worker
 * every minute; when two runs overlap (several instances), the motion's row lock lets one
 * close each motion and the other finds it closed. Returns how many this run closed.
 */
export async function closeDueMotions(now: Date): Promise<number> {
  const due = await db.motion.findMany({
    where: { status: "OPEN", deadline: { lte: now } },
    orderBy: { deadline: "asc" },
    take: BATCH,
    select: { id: true },
  });
  let closed = 0;
  const failures: unknown[] = [];
  for (const { id } of due) {
    try {
      const decided = await db.$transaction(async (tx) => {
        const { result: decided } = await closeMotion.inTx(tx, SYSTEM_CONTEXT, { motionId: id }, now);
        if (!decided) return null;
        await applyDecision(tx, SYSTEM_CONTEXT, decided, now);
        await notifyMotionResult(tx, id, decided.result);
        return decided;
      });
      if (decided) closed += 1;
    } catch (error) {
      // One motion that cannot close (e.g. its subject's handler refused) must not hold up the others.
      failures.push(error);
    }
  }
  if (failures.length) throw new AggregateError(failures, `${failures.length} of ${due.length} motions past their deadline could not be closed.`);
  return closed;
}
