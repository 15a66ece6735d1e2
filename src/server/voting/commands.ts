import "server-only";
import { californiaDay } from "@/domain/calendar/california-day";
import { VOTING_SEAT_KINDS } from "@/domain/governance/membership";
import { ballotOptions, DEFAULT_OPTIONS, type CastBallotInput, type OpenMotionInput } from "@/domain/voting/schemas";
import { ABSTAIN, tally, type TallyResult } from "@/domain/voting/tally";
import type { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit";
import type { CommandContext, SystemContext } from "@/lib/context";
import { db, type Tx } from "@/lib/db";
import { NotFoundError, UserError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { applyMotionOutcome } from "./outcomes";
import { votingPermissions } from "@/domain/voting/permissions";

/**
 * Opens a motion (the chair, or an administrator). See `openMotionInTx` for who may vote.
 */
export async function openMotion(ctx: CommandContext, input: OpenMotionInput, now = new Date()) {
  assertCan(ctx.actor, votingPermissions.openMotion, { committeeId: input.committeeId });
  return db.$transaction((tx) =>
    openMotionInTx(tx, ctx, {
      committeeId: input.committeeId,
      question: input.question,
      deadline: new Date(now.getTime() + input.hoursOpen * 3_600_000),
      meetingId: input.meetingId,
      agendaItemId: input.agendaItemId,
    }, now),
  );
}

export interface NewMotion {
  committeeId: string;
  question: string;
  deadline: Date;
  /** Defaults to approve / reject / defer; "abstain" is always offered as well. */
  options?: readonly string[];
  meetingId?: string;
  agendaItemId?: string;
}

/**
 * Opens a motion inside the caller's transaction (a change request gate, a workgroup
 * activity, a meeting's agenda item); the caller has checked the permission. Its eligible
 * voters are fixed now: whoever holds a chair or voting seat of the committee today (TAB
 * seats advise and never vote). At a meeting, a member recorded as represented by a
 * designee votes through that designee.
 */
export async function openMotionInTx(tx: Tx, ctx: CommandContext, input: NewMotion, now: Date) {
  const committee = await tx.committee.findUnique({ where: { id: input.committeeId }, select: { id: true, name: true, quorumRule: true, majorityRule: true } });
  if (!committee) throw new NotFoundError("That committee");
  if (input.meetingId) {
    const meeting = await tx.meeting.findFirst({ where: { id: input.meetingId, committeeId: committee.id }, select: { status: true } });
    if (!meeting) throw new NotFoundError("That meeting");
    if (meeting.status === "CANCELLED" || meeting.status === "ADJOURNED") throw new UserError("This meeting is over; open the motion as a vote between meetings instead.");
  }
  if (input.agendaItemId) {
    const item = await tx.agendaItem.count({ where: { id: input.agendaItemId, committeeId: committee.id, meetingId: input.meetingId ?? undefined } });
    if (!item) throw new NotFoundError("That agenda item");
  }
  const voters = await currentVotingMembers(tx, committee.id, now);
  if (voters.length === 0) throw new UserError("This committee has no voting members today, so nobody could vote.");
  const designees = input.meetingId ? await meetingDesignees(tx, input.meetingId, voters) : new Map<string, string>();
  const motion = await tx.motion.create({
    data: {
      committeeId: committee.id,
      question: input.question,
      options: [...(input.options ?? DEFAULT_OPTIONS)],
      deadline: input.deadline,
      quorumRule: committee.quorumRule,
      majorityRule: committee.majorityRule,
      openedById: ctx.actor.id,
      meetingId: input.meetingId ?? null,
      agendaItemId: input.agendaItemId ?? null,
      voters: { create: voters.map((userId) => ({ userId, designeeId: designees.get(userId) ?? null })) },
    },
    select: { id: true, question: true, deadline: true },
  });
  await recordAudit(tx, ctx, {
    action: "voting.open_motion",
    entityType: "Motion",
    entityId: motion.id,
    summary: `Opened a motion in ${committee.name}: ${motion.question}`,
    after: { ...motion, eligibleVoters: voters.length, meetingId: input.meetingId ?? null, designees: Object.fromEntries(designees) },
  });
  return motion;
}

/** Members represented by a designee at the meeting; a designee who holds a vote of their own is not given a second. */
async function meetingDesignees(tx: Tx, meetingId: string, voters: readonly string[]): Promise<Map<string, string>> {
  const rows = await tx.attendance.findMany({
    where: { meetingId, status: "DESIGNEE", userId: { in: [...voters] } },
    select: { userId: true, designeeId: true },
  });
  const taken = new Set(voters);
  const designees = new Map<string, string>();
  for (const row of rows) {
    if (!row.designeeId || taken.has(row.designeeId)) continue;
    taken.add(row.designeeId);
    designees.set(row.userId, row.designeeId);
  }
  return designees;
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
 * Records (or changes) a ballot in one statement, with its audit event: the motion row is
 * share-locked for the statement, so a close either happens before it (and the ballot is
 * refused) or waits for it (and counts it). One round trip instead of a transaction of
 * five, because a whole committee votes at once when a motion opens.
 *
 * The statement writes only when voting is open, the choice is one of the motion's
 * ballot options and the user holds a seat (their own, or a member's as designee); when
 * it writes nothing, `ballotRefusal` explains why from what it read.
 */
export async function castBallot(ctx: CommandContext, input: CastBallotInput, now = new Date()) {
  const choice = input.choice ?? null;
  const recusalReason = input.recusalReason ?? null;
  const [row] = await db.$queryRaw<BallotContext[]>`
    WITH motion AS (
      SELECT id, status::text AS status, deadline, options FROM "Motion" WHERE id = ${input.motionId} FOR SHARE
    ), seat AS (
      SELECT "userId", "designeeId" FROM "MotionVoter"
       WHERE "motionId" = ${input.motionId} AND (("userId" = ${ctx.actor.id} AND "designeeId" IS NULL) OR "designeeId" = ${ctx.actor.id})
       LIMIT 1
    ), prior AS (
      SELECT b.id, b.choice, b."recusalReason" FROM "Ballot" b JOIN seat s ON b."voterId" = s."userId" WHERE b."motionId" = ${input.motionId}
    ), written AS (
      INSERT INTO "Ballot" (id, "motionId", "voterId", "castById", choice, "recusalReason", "updatedAt")
      SELECT gen_random_uuid()::text, m.id, s."userId", ${ctx.actor.id}, ${choice}, ${recusalReason}, ${now}
        FROM motion m JOIN seat s ON true
       WHERE m.status = 'OPEN' AND m.deadline > ${now}
         AND (${choice}::text IS NULL OR ${choice}::text = ANY(m.options) OR ${choice}::text = ${ABSTAIN})
      ON CONFLICT ("motionId", "voterId") DO UPDATE
        SET "castById" = EXCLUDED."castById", choice = EXCLUDED.choice, "recusalReason" = EXCLUDED."recusalReason", "updatedAt" = EXCLUDED."updatedAt"
      RETURNING id, choice, "recusalReason"
    ), audited AS (
      -- The event recordAudit would append; a designee's vote is recorded as theirs, on behalf of the member.
      INSERT INTO "AuditEvent" ("actorId", "actorEmail", "onBehalfOfId", "requestId", action, "entityType", "entityId", before, after)
      SELECT ${ctx.actor.id}, ${ctx.actor.email}, CASE WHEN s."designeeId" IS NOT NULL THEN s."userId" END, ${ctx.requestId},
             CASE WHEN p.id IS NULL THEN 'voting.cast_ballot' ELSE 'voting.change_ballot' END, 'Motion', ${input.motionId},
             CASE WHEN p.id IS NOT NULL THEN jsonb_build_object('choice', p.choice, 'recusalReason', p."recusalReason") END,
             jsonb_build_object('id', w.id, 'choice', w.choice, 'recusalReason', w."recusalReason")
        FROM written w JOIN seat s ON true LEFT JOIN prior p ON true
    )
    SELECT m.status, m.deadline, m.options, s."userId" AS "seatUserId",
           EXISTS (SELECT 1 FROM "MotionVoter" mv WHERE mv."motionId" = m.id AND mv."userId" = ${ctx.actor.id}) AS delegated,
           w.id AS "ballotId", w.choice, w."recusalReason"
      FROM motion m
      LEFT JOIN seat s ON true
      LEFT JOIN written w ON true`;
  if (!row) throw new NotFoundError("That motion");
  if (row.ballotId) return { id: row.ballotId, choice: row.choice, recusalReason: row.recusalReason };
  throw new UserError(ballotRefusal(row, choice, now) ?? "Your vote could not be recorded. Please try again.");
}

/** What castBallot's statement read, and the ballot it wrote (null when it wrote none). */
interface BallotContext {
  status: string;
  deadline: Date;
  options: string[];
  /** The member whose seat this user votes from (their own, or the member they stand in for). */
  seatUserId: string | null;
  /** The user is a member of this motion but named a designee, who votes instead. */
  delegated: boolean;
  ballotId: string | null;
  choice: string | null;
  recusalReason: string | null;
}

/** Why a ballot was not written, in the order a voter would want to hear it. */
function ballotRefusal(row: BallotContext, choice: string | null, now: Date): string | null {
  if (row.status !== "OPEN" || row.deadline <= now) return "Voting on this motion has closed; your vote was not recorded.";
  if (choice && !ballotOptions(row.options).includes(choice)) return `"${choice}" is not an option of this motion.`;
  if (!row.seatUserId) {
    return row.delegated
      ? "You named a designee for this motion, so your designee votes in your place."
      : "You are not a voting member for this motion, so you cannot vote on it.";
  }
  return null;
}

/**
 * Closes a motion and records its tally. The chair (or an administrator) may close it at
 * any time; once the deadline has passed anyone may, so a motion never stays open forever.
 */
export async function closeMotion(ctx: CommandContext, motionId: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const result = await closeMotionInTx(tx, ctx, motionId, now, (committeeId) => assertCan(ctx.actor, votingPermissions.closeMotion, { committeeId }));
    if (!result) throw new UserError("This motion is already closed.");
    return result;
  });
}

/**
 * Closes a motion inside the caller's transaction and applies its outcome to whatever it
 * decides (src/server/voting/outcomes.ts). `authorizeEarly` runs when the deadline has not
 * passed. Returns null when the motion was already closed (e.g. by another instance's job).
 */
export async function closeMotionInTx(tx: Tx, ctx: CommandContext | SystemContext, motionId: string, now: Date, authorizeEarly?: (committeeId: string) => void): Promise<TallyResult | null> {
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
  if (motion.status === "CLOSED") return null;
  if (motion.deadline > now) {
    if (!authorizeEarly) throw new UserError("This motion is still open until its deadline.");
    authorizeEarly(motion.committeeId);
  }

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
  await applyMotionOutcome(tx, ctx, { motionId, result }, now);
  return result;
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
