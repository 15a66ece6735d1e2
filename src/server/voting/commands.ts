import "server-only";
import { californiaDay } from "@/domain/calendar/california-day";
import { VOTING_SEAT_KINDS } from "@/domain/governance/membership";
import { ballotOptions, DEFAULT_OPTIONS, type CastBallotInput, type OpenMotionInput } from "@/domain/voting/schemas";
import { tally } from "@/domain/voting/tally";
import type { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit";
import type { CommandContext } from "@/lib/context";
import { db, type Tx } from "@/lib/db";
import { NotFoundError, UserError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";

/**
 * Opens a motion. Its eligible voters are fixed now: whoever holds a chair or voting seat
 * of the committee today (TAB seats advise and never vote).
 */
export async function openMotion(ctx: CommandContext, input: OpenMotionInput, now = new Date()) {
  assertCan(ctx.actor, "motion.open", { committeeId: input.committeeId });
  return db.$transaction(async (tx) => {
    const committee = await tx.committee.findUnique({ where: { id: input.committeeId }, select: { id: true, name: true, quorumRule: true, majorityRule: true } });
    if (!committee) throw new NotFoundError("That committee");
    const voters = await currentVotingMembers(tx, committee.id, now);
    if (voters.length === 0) throw new UserError("This committee has no voting members today, so nobody could vote.");
    const motion = await tx.motion.create({
      data: {
        committeeId: committee.id,
        question: input.question,
        options: [...DEFAULT_OPTIONS],
        deadline: new Date(now.getTime() + input.hoursOpen * 3_600_000),
        quorumRule: committee.quorumRule,
        majorityRule: committee.majorityRule,
        openedById: ctx.actor.id,
        voters: { create: voters.map((userId) => ({ userId })) },
      },
      select: { id: true, question: true, deadline: true },
    });
    await recordAudit(tx, ctx, {
      action: "voting.open_motion",
      entityType: "Motion",
      entityId: motion.id,
      summary: `Opened a motion in ${committee.name}: ${motion.question}`,
      after: { ...motion, eligibleVoters: voters.length },
    });
    return motion;
  });
}

async function currentVotingMembers(tx: Tx, committeeId: string, now: Date): Promise<string[]> {
  const today = californiaDay(now);
  const terms = await tx.term.findMany({
    where: {
      seat: { committeeId, kind: { in: [...VOTING_SEAT_KINDS] } },
      startsOn: { lte: today },
      OR: [{ endsOn: null }, { endsOn: { gte: today } }],
    },
    select: { userId: true },
  });
  return [...new Set(terms.map((term) => term.userId))];
}

/**
 * Casts or changes a ballot. The motion row is share-locked for the transaction, so a
 * close (which takes it exclusively) waits for ballots in flight and every later ballot
 * sees the motion closed. One ballot per voter is the table's unique key.
 */
export async function castBallot(ctx: CommandContext, input: CastBallotInput, now = new Date()) {
  return db.$transaction(async (tx) => {
    const [motion] = await tx.$queryRaw<{ status: string; deadline: Date; options: string[] }[]>`
      SELECT status::text AS status, deadline, options FROM "Motion" WHERE id = ${input.motionId} FOR SHARE`;
    if (!motion) throw new NotFoundError("That motion");
    if (motion.status !== "OPEN" || motion.deadline <= now) throw new UserError("Voting on this motion has closed; your vote was not recorded.");
    if (input.choice && !ballotOptions(motion.options).includes(input.choice)) {
      throw new UserError(`"${input.choice}" is not an option of this motion.`);
    }

    const seat = await tx.motionVoter.findFirst({
      where: { motionId: input.motionId, OR: [{ userId: ctx.actor.id, designeeId: null }, { designeeId: ctx.actor.id }] },
      select: { userId: true, designeeId: true },
    });
    if (!seat) {
      const delegated = await tx.motionVoter.count({ where: { motionId: input.motionId, userId: ctx.actor.id } });
      throw new UserError(
        delegated
          ? "You named a designee for this motion, so your designee votes in your place."
          : "You are not a voting member for this motion, so you cannot vote on it.",
      );
    }

    const data = { castById: ctx.actor.id, choice: input.choice ?? null, recusalReason: input.recusalReason ?? null };
    const before = await tx.ballot.findUnique({ where: { motionId_voterId: { motionId: input.motionId, voterId: seat.userId } }, select: { choice: true, recusalReason: true } });
    const ballot = await tx.ballot.upsert({
      where: { motionId_voterId: { motionId: input.motionId, voterId: seat.userId } },
      create: { motionId: input.motionId, voterId: seat.userId, ...data },
      update: data,
      select: { id: true, choice: true, recusalReason: true },
    });
    // A designee's vote is recorded as theirs, on behalf of the member.
    await recordAudit(tx, { ...ctx, onBehalfOfId: seat.designeeId ? seat.userId : null }, {
      action: before ? "voting.change_ballot" : "voting.cast_ballot",
      entityType: "Motion",
      entityId: input.motionId,
      before,
      after: ballot,
    });
    return ballot;
  });
}

/**
 * Closes a motion and records its tally. The chair (or an administrator) may close it at
 * any time; once the deadline has passed anyone may, so a motion never stays open forever.
 */
export async function closeMotion(ctx: CommandContext, motionId: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Motion" WHERE id = ${motionId} FOR UPDATE`;
    if (!locked) throw new NotFoundError("That motion");
    const motion = await tx.motion.findUniqueOrThrow({
      where: { id: motionId },
      select: {
        committeeId: true,
        status: true,
        deadline: true,
        options: true,
        quorumRule: true,
        majorityRule: true,
        _count: { select: { voters: true } },
        ballots: { select: { choice: true, recusalReason: true } },
      },
    });
    if (motion.status === "CLOSED") throw new UserError("This motion is already closed.");
    if (motion.deadline > now) assertCan(ctx.actor, "motion.close", { committeeId: motion.committeeId });

    const result = tally({
      options: motion.options,
      eligibleVoters: motion._count.voters,
      choices: motion.ballots.flatMap((ballot) => (ballot.choice ? [ballot.choice] : [])),
      recusals: motion.ballots.filter((ballot) => ballot.recusalReason).length,
      quorumRule: motion.quorumRule,
      majorityRule: motion.majorityRule,
    });
    await tx.motion.update({
      where: { id: motionId },
      // Stamped after the lock: every ballot that got in was written before this moment.
      data: { status: "CLOSED", closedAt: new Date(), result: result as unknown as Prisma.InputJsonValue },
    });
    await recordAudit(tx, ctx, {
      action: "voting.close_motion",
      entityType: "Motion",
      entityId: motionId,
      summary: result.explanation,
      before: { status: "OPEN" },
      after: { status: "CLOSED", result },
    });
    return result;
  });
}

/**
 * A member names someone to vote in their place on this motion (Governance plan 2.8: "It is
 * the ESC members responsibility to find a substitute representative"), or withdraws the
 * designation with an empty email. Not once a vote has been cast for the seat.
 */
export async function nameDesignee(ctx: CommandContext, input: { motionId: string; designeeEmail: string }, now = new Date()) {
  return db.$transaction(async (tx) => {
    const [motion] = await tx.$queryRaw<{ status: string; deadline: Date }[]>`
      SELECT status::text AS status, deadline FROM "Motion" WHERE id = ${input.motionId} FOR SHARE`;
    if (!motion) throw new NotFoundError("That motion");
    if (motion.status !== "OPEN" || motion.deadline <= now) throw new UserError("This motion has closed.");
    const seat = await tx.motionVoter.findUnique({
      where: { motionId_userId: { motionId: input.motionId, userId: ctx.actor.id } },
      select: { designeeId: true },
    });
    if (!seat) throw new UserError("Only a voting member of this motion can name a designee.");
    const voted = await tx.ballot.count({ where: { motionId: input.motionId, voterId: ctx.actor.id } });
    if (voted) throw new UserError("A vote has already been cast for your seat, so the designation cannot change.");

    let designee: { id: string; name: string } | null = null;
    if (input.designeeEmail) {
      designee = await tx.user.findFirst({ where: { email: input.designeeEmail, status: "ACTIVE" }, select: { id: true, name: true } });
      if (!designee) throw new UserError("No active user has that email address.", { designeeEmail: ["No active user has that email address."] });
      if (designee.id === ctx.actor.id) throw new UserError("You cannot be your own designee.");
      const alsoVoting = await tx.motionVoter.count({ where: { motionId: input.motionId, OR: [{ userId: designee.id }, { designeeId: designee.id }] } });
      if (alsoVoting) throw new UserError(`${designee.name} already votes on this motion and cannot hold a second vote.`);
    }
    await tx.motionVoter.update({
      where: { motionId_userId: { motionId: input.motionId, userId: ctx.actor.id } },
      data: { designeeId: designee?.id ?? null },
    });
    await recordAudit(tx, ctx, {
      action: designee ? "voting.name_designee" : "voting.withdraw_designee",
      entityType: "Motion",
      entityId: input.motionId,
      summary: designee ? `Named ${designee.name} as designee` : "Withdrew the designation",
      before: { designeeId: seat.designeeId },
      after: { designeeId: designee?.id ?? null },
    });
    return designee;
  });
}
