import "server-only";
import type { TallyResult } from "@/domain/voting/tally";
import type { Tx } from "@/lib/db/client";
import { notify } from "@/server/notifications/notify";

/**
 * Tells a motion's voters how it ended, in the transaction that closed it: every member
 * who could vote, and the designee who voted in a member's place. Once per motion and
 * person, however many instances try.
 */
export async function notifyMotionResult(tx: Tx, motionId: string, result: TallyResult): Promise<number> {
  const motion = await tx.motion.findUniqueOrThrow({
    where: { id: motionId },
    select: { question: true, committee: { select: { name: true } }, voters: { select: { userId: true, designeeId: true } } },
  });
  const recipients = motion.voters.flatMap((voter) => (voter.designeeId ? [voter.userId, voter.designeeId] : [voter.userId]));
  return notify(tx, recipients, {
    kind: "motion.closed",
    subject: `Vote closed: ${motion.question}`,
    body: `Voting on "${motion.question}" (${motion.committee.name}) has closed at its deadline. ${result.explanation}`,
    link: `/motions/${motionId}`,
    dedupeKey: `motion-closed:${motionId}`,
  });
}
