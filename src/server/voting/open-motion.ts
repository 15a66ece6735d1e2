import "server-only";
import { californiaDay } from "@/domain/calendar/california-day";
import { VOTING_SEAT_KINDS } from "@/domain/governance/membership";
import { votingAudit } from "@/domain/voting/audit-actions";
import { votingPermissions } from "@/domain/voting/permissions";
import { DEFAULT_OPTIONS, type OpenMotionInput } from "@/domain/voting/schemas";
import type { MotionSubjectType } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit";
import { defineCommand } from "@/lib/command";
import type { CommandContext } from "@/lib/context";
import type { Tx } from "@/lib/db/client";
import { NotFoundError, UserError } from "@/lib/errors";
import { committeeSubject } from "@/server/governance/committee-subject";

/** What a motion decides: the record whose module applies its result (src/server/decisions). */
export interface MotionSubject {
  type: MotionSubjectType;
  id: string | null;
}

export interface NewMotion {
  committeeId: string;
  question: string;
  deadline: Date;
  subject: MotionSubject;
  /** Defaults to approve / reject / defer; "abstain" is always offered as well. */
  options?: readonly string[];
  meetingId?: string;
  agendaItemId?: string;
  /** The chair opens it at the meeting itself: the meeting's attendance must be saved first (issue 13). */
  requireAttendance?: boolean;
  /**
   * Set when a rule opens the motion on someone's step rather than a person putting the
   * question: that step in words ("when Pat Leader submitted CR-0002"), shown and audited
   * as "Opened automatically when …".
   */
  openedAutomatically?: string;
}

/** The committee has no voting member today, so nobody could vote: the one refusal a caller may wait out. */
export class NoEligibleVotersError extends UserError {
  constructor() {
    super("This committee has no voting members today, so nobody could vote.");
    this.name = "NoEligibleVotersError";
  }
}

/**
 * Opens a motion inside the caller's transaction (a change request gate, a workgroup
 * activity, a meeting's agenda item); the caller has checked the permission. Its eligible
 * voters are fixed now: whoever holds a chair or voting seat of the committee today (TAB
 * seats advise and never vote). At a meeting, a member recorded as represented by a
 * designee votes through that designee. Refusals are thrown before anything is written.
 */
export async function openMotionInTx(tx: Tx, ctx: CommandContext, input: NewMotion, now: Date) {
  const committee = await tx.committee.findUnique({ where: { id: input.committeeId }, select: { id: true, name: true, quorumRule: true, majorityRule: true } });
  if (!committee) throw new NotFoundError("That committee");
  if (input.meetingId) {
    const meeting = await tx.meeting.findFirst({ where: { id: input.meetingId, committeeId: committee.id }, select: { status: true } });
    if (!meeting) throw new NotFoundError("That meeting");
    if (meeting.status === "CANCELLED" || meeting.status === "ADJOURNED")
      throw new UserError("This meeting is over; open the motion as a vote between meetings instead.");
  }
  if (input.agendaItemId) {
    const item = await tx.agendaItem.findFirst({
      where: { id: input.agendaItemId, committeeId: committee.id, meetingId: input.meetingId ?? undefined },
      select: { policyRoutedAt: true },
    });
    if (!item) throw new NotFoundError("That agenda item");
    // Governance plan 2.1: "policy discussions are routed to the Policy Branch for research and resolution".
    if (item.policyRoutedAt)
      throw new UserError("This item was routed to the Policy Branch, which resolves policy questions; the committee does not vote on it.");
    // Product rule: one open vote per agenda item. The item's row is locked, so two chairs opening at once queue here
    // and the second sees the first's motion.
    await tx.$queryRaw`SELECT id FROM "AgendaItem" WHERE id = ${input.agendaItemId} FOR UPDATE`;
    if (await tx.motion.count({ where: { agendaItemId: input.agendaItemId, status: "OPEN" } }))
      throw new UserError("A vote on this item is already open: follow it, or close it before opening another.");
  }
  // Product rule: who is present decides the quorum and who votes through a designee, so a
  // motion opened at a meeting waits for its attendance. (A gate's vote opened ahead of the
  // meeting does not ask it.)
  if (input.meetingId && input.requireAttendance && (await tx.attendance.count({ where: { meetingId: input.meetingId } })) === 0)
    throw new UserError("Record attendance before opening a motion.");
  const voters = await currentVotingMembers(tx, committee.id, now);
  if (voters.length === 0) throw new NoEligibleVotersError();
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
      openedAutomatically: input.openedAutomatically ?? null,
      meetingId: input.meetingId ?? null,
      agendaItemId: input.agendaItemId ?? null,
      subjectType: input.subject.type,
      subjectId: input.subject.id,
      voters: { create: voters.map((userId) => ({ userId, designeeId: designees.get(userId) ?? null })) },
    },
    select: { id: true, question: true, deadline: true },
  });
  await recordAudit(tx, ctx, {
    action: votingAudit.open_motion,
    entityType: "Motion",
    entityId: motion.id,
    summary: input.openedAutomatically
      ? `Opened automatically ${input.openedAutomatically}, a motion in ${committee.name}: ${motion.question}`
      : `Opened a motion in ${committee.name}: ${motion.question}`,
    after: { ...motion, eligibleVoters: voters.length, meetingId: input.meetingId ?? null, subject: input.subject, designees: Object.fromEntries(designees) },
  });
  return motion;
}

/**
 * The chair (or an administrator) puts a question to the committee, from its page or at a
 * meeting on an agenda item. Its subject is the agenda item, or the question itself.
 */
export const openMotion = defineCommand({
  name: votingAudit.open_motion,
  subject: committeeSubject,
  target: (input: OpenMotionInput) => input.committeeId,
  permission: votingPermissions.openMotion,
  resource: (committee) => ({ committeeId: committee.id }),
  run: ({ tx, ctx, input, now }) =>
    openMotionInTx(
      tx,
      ctx,
      {
        committeeId: input.committeeId,
        question: input.question,
        deadline: new Date(now.getTime() + input.hoursOpen * 3_600_000),
        meetingId: input.meetingId,
        agendaItemId: input.agendaItemId,
        requireAttendance: true,
        subject: input.agendaItemId ? { type: "AGENDA_ITEM", id: input.agendaItemId } : { type: "QUESTION", id: null },
      },
      now,
    ),
  // openMotionInTx appends the event, as it does for every motion another module opens.
  audit: () => null,
  paths: ({ input, result }) => [`/motions/${result.id}`, ...(input.meetingId ? [`/meetings/${input.meetingId}`] : [])],
});

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
