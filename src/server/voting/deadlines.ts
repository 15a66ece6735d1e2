import "server-only";
import { SYSTEM_CONTEXT } from "@/lib/context";
import { db } from "@/lib/db";
import { notifyMotionResult } from "@/server/notifications/motion-notices";
import { closeMotionInTx } from "./commands";

/** At most this many motions per run; the next minute's run takes the rest. */
const BATCH = 200;

/**
 * Closes every open motion whose deadline has passed (issue 3: "the motion closes at its
 * deadline or when the chair closes it"), each in its own transaction, audited with no
 * actor, and tells its voters the result. Run by the worker every minute; when two runs
 * overlap, closeMotionInTx's row lock lets one close each motion and the other finds it
 * closed. Returns how many this run closed.
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
      const result = await db.$transaction(async (tx) => {
        const result = await closeMotionInTx(tx, SYSTEM_CONTEXT, id, now);
        if (result) await notifyMotionResult(tx, id, result);
        return result;
      });
      if (result) closed += 1;
    } catch (error) {
      // One motion that cannot close (e.g. its outcome handler refused) must not hold up the others.
      failures.push(error);
    }
  }
  if (failures.length) throw new AggregateError(failures, `${failures.length} of ${due.length} motions past their deadline could not be closed.`);
  return closed;
}
