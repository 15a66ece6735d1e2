import "server-only";
import { votingAudit } from "@/domain/voting/audit-actions";
import { votingPermissions } from "@/domain/voting/permissions";
import { ballotOptions, type CastBallotInput } from "@/domain/voting/schemas";
import { defineCommand } from "@/lib/command";
import { UserError } from "@/lib/errors";
import { ballotSubject } from "@/server/voting/subjects";

/**
 * Records (or changes) a ballot. The subject locks the motion FOR SHARE, so a close either
 * happens before (and the ballot is refused) or waits for it (and counts it), and the voter's
 * seat FOR UPDATE, so two ballots for one seat at once take turns: the first is "cast", the
 * second a "change" from it. A designee's vote is recorded as theirs, on behalf of the member.
 */
export const castBallot = defineCommand({
  name: votingAudit.cast_ballot,
  subject: ballotSubject,
  target: (input: CastBallotInput) => input.motionId,
  permission: votingPermissions.castBallot,
  resource: (motion, now) => ({
    open: motion.status === "OPEN" && motion.deadline > now,
    seated: motion.seat !== null,
    delegated: motion.seat === null && motion.member,
  }),
  async run({ tx, ctx, input, record: motion, now }) {
    const choice = input.choice ?? null;
    if (choice && !ballotOptions(motion.options).includes(choice)) throw new UserError(`"${choice}" is not an option of this motion.`);
    const seat = motion.seat!;
    const recusalReason = input.recusalReason ?? null;
    // Read under the seat's lock: a ballot another request cast for this seat is committed by now.
    const prior = await tx.ballot.findUnique({
      where: { motionId_voterId: { motionId: motion.id, voterId: seat.userId } },
      select: { choice: true, recusalReason: true },
    });
    const ballot = await tx.ballot.upsert({
      where: { motionId_voterId: { motionId: motion.id, voterId: seat.userId } },
      create: { motionId: motion.id, voterId: seat.userId, castById: ctx.actor.id, choice, recusalReason, updatedAt: now },
      update: { castById: ctx.actor.id, choice, recusalReason, updatedAt: now },
      select: { id: true, choice: true, recusalReason: true },
    });
    return { ...ballot, prior };
  },
  audit: ({ record: motion, result: { prior, ...ballot } }) => ({
    action: prior ? votingAudit.change_ballot : votingAudit.cast_ballot,
    summary: ballotSummary(prior, ballot),
    before: prior ?? undefined,
    after: ballot,
    onBehalfOfId: motion.seat?.designeeId ? motion.seat.userId : undefined,
  }),
  // The motion's page refreshes itself every two seconds (LiveRefresh): re-rendering it into
  // every vote's answer only doubled the work while a committee votes at once.
  refresh: "none",
});

type BallotText = { choice: string | null; recusalReason: string | null };

function ballotSummary(prior: BallotText | null, ballot: BallotText): string {
  const said = (text: BallotText) => (text.choice ? `“${text.choice}”` : "a recusal");
  return prior ? `Changed the vote from ${said(prior)} to ${said(ballot)}` : `Voted ${said(ballot)}`;
}
