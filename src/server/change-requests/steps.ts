import "server-only";
import { californiaDayOf, columnOfDay, dayOfNullable } from "@/domain/calendar/day";
import { changeRequestAudit } from "@/domain/change-requests/audit-actions";
import { reconsiderDateProblem } from "@/domain/change-requests/gate-vote";
import { GATE_LABELS, GATES, MOVE_ACT, type CrEvent, type Gate } from "@/domain/change-requests/lifecycle";
import { changeRequestPermissions } from "@/domain/change-requests/permissions";
import type { STEP_EVENTS } from "@/domain/change-requests/schemas";
import { defineCommand, type Command } from "@/lib/command";
import { UserError } from "@/lib/errors";
import { crNote } from "@/server/change-requests/audit";
import { openGateMotion, openGateVote } from "@/server/change-requests/gate-votes";
import { moveChangeRequest, type Moved } from "@/server/change-requests/move";
import { changeRequestSubject } from "@/server/change-requests/subject";

type MoveType = Exclude<CrEvent["type"], "gate_decided">;

/**
 * A move a person makes from the change request's page: the lifecycle decides whether they
 * may and where it leads (move.ts). The move records its own audit event, before those of
 * what it sets off (a gate's vote, an agenda item), so the command appends none.
 */
function moveCommand<Input extends { crId: string }>(type: MoveType, eventOf: (input: Input, now: Date) => CrEvent) {
  return defineCommand({
    name: changeRequestAudit[type],
    subject: changeRequestSubject,
    target: (input: Input) => input.crId,
    permission: changeRequestPermissions[MOVE_ACT[type]],
    resource: (cr) => cr.access,
    run: ({ tx, ctx, input, record, now }) => moveChangeRequest(tx, ctx, record, eventOf(input, now), now),
    audit: () => null,
  });
}

export type StepName = (typeof STEP_EVENTS)[number];

const STEPS = {
  submit: moveCommand<{ crId: string }>("submit", () => ({ type: "submit" })),
  clear_subcomponent_review: moveCommand<{ crId: string }>("clear_subcomponent_review", () => ({ type: "clear_subcomponent_review" })),
  start_uat: moveCommand<{ crId: string }>("start_uat", () => ({ type: "start_uat" })),
  release_without_uat: moveCommand<{ crId: string }>("release_without_uat", () => ({ type: "release_without_uat" })),
  pass_uat: moveCommand<{ crId: string }>("pass_uat", () => ({ type: "pass_uat" })),
  close: moveCommand<{ crId: string }>("close", () => ({ type: "close" })),
} satisfies Record<StepName, Command<{ crId: string }, Moved>>;

/** The one-button moves (stepSchema): each is its own command, chosen by the button pressed. */
export const takeStep = Object.assign(
  (ctx: Parameters<Command<{ crId: string }, Moved>>[0], input: { crId: string; step: StepName }, now?: Date) => STEPS[input.step](ctx, input, now),
  {
    execute: (ctx: Parameters<Command<{ crId: string }, Moved>>[0], input: { crId: string; step: StepName }, now?: Date) =>
      STEPS[input.step].execute(ctx, input, now),
  },
);

/** Its author or the CPL withdraws it, saying why. */
export const withdrawChangeRequest = moveCommand<{ crId: string; reason: string }>("withdraw", (input) => ({ type: "withdraw", reason: input.reason }));

/** The ESC chair or the CPL brings a deferred change request back before its date. */
export const reconsiderNow = moveCommand<{ crId: string }>("reconsider", (_input, now) => ({ type: "reconsider", today: californiaDayOf(now) }));

/**
 * Plan 3.1.3: at the Subcomponent Review "the other system representatives ... validate the
 * CR to ensure it has no impact to other systems". A CCB member who finds one sends it to
 * the Change Control Board, saying what the impact is (kept as a comment on it).
 */
export const flagImpact = defineCommand({
  name: changeRequestAudit.flag_note,
  subject: changeRequestSubject,
  target: (input: { crId: string; note: string }) => input.crId,
  permission: changeRequestPermissions.flagImpact,
  resource: (cr) => cr.access,
  async run({ tx, ctx, input, record: cr, now }) {
    const moved = await moveChangeRequest(tx, ctx, cr, { type: "flag_impact" }, now);
    await tx.crComment.create({
      data: { changeRequestId: cr.row.id, authorId: ctx.actor.id, body: `Impact flagged at the Subcomponent Review: ${input.note}`, createdAt: now },
    });
    return { ...moved, by: ctx.actor.name };
  },
  audit: ({ record: cr, input, result }) => crNote(cr.row, { summary: `${result.by} flagged an impact: ${input.note}` }),
});

/**
 * Opens a gate's vote again after one that reached no decision, or opens one that waited
 * (a deferred change request brought back by the scheduler): the ESC chair, for the CCB a
 * member. Refused while a vote is open. Opening the vote records its own event (gate-votes.ts).
 */
export const reopenGateVote = defineCommand({
  name: changeRequestAudit.open_gate_vote,
  subject: changeRequestSubject,
  // hoursOpen: the deadline the person gives (voteAgainFields); without it, the gate's usual one.
  target: (input: { crId: string; hoursOpen?: number }) => input.crId,
  permission: changeRequestPermissions.openGateVote,
  resource: (cr) => cr.access,
  async run({ tx, ctx, input, record: cr, now }) {
    const open = await openGateMotion(tx, cr.row.id);
    if (open) throw new UserError(`The ${GATE_LABELS[open.gate]} is already open; close it before opening another.`);
    const gate = (Object.keys(GATES) as Gate[]).find((candidate) => GATES[candidate].state === cr.row.state)!;
    const deadline = input.hoursOpen ? new Date(now.getTime() + input.hoursOpen * 3_600_000) : undefined;
    const motionId = await openGateVote(tx, ctx, cr.row, gate, now, { deadline });
    if (!motionId) throw new UserError(`The committee for the ${GATE_LABELS[gate]} has no voting members today, so nobody could vote.`);
    return { motionId };
  },
  audit: () => null,
});

/** The date a deferred change request comes back, set while the gate's vote is open. */
export const setReconsiderDate = defineCommand({
  name: changeRequestAudit.set_reconsider_date,
  subject: changeRequestSubject,
  target: (input: { crId: string; motionId: string; reconsiderOn: string }) => input.crId,
  permission: changeRequestPermissions.setReconsiderDate,
  resource: (cr) => cr.access,
  async run({ tx, input, record: cr, now }) {
    const problem = reconsiderDateProblem(input.reconsiderOn, californiaDayOf(now));
    if (problem) throw new UserError(problem, { reconsiderOn: [problem] });
    const link = await tx.crGateMotion.findFirst({
      where: { motionId: input.motionId, changeRequestId: cr.row.id, motion: { status: "OPEN" } },
      select: { gate: true, reconsiderOn: true },
    });
    if (!link) throw new UserError("That vote has closed; the date can no longer change.");
    await tx.crGateMotion.update({ where: { motionId: input.motionId }, data: { reconsiderOn: columnOfDay(input.reconsiderOn) } });
    return { reconsiderOn: input.reconsiderOn, gate: link.gate, before: dayOfNullable(link.reconsiderOn) };
  },
  audit: ({ record: cr, input, result }) =>
    crNote(cr.row, {
      summary: `If the ${GATE_LABELS[result.gate]} defers it, it comes back on ${input.reconsiderOn}.`,
      before: { reconsiderOn: result.before },
      after: { reconsiderOn: input.reconsiderOn },
    }),
});

/**
 * Records that the ESC was back-briefed on an emergency fix or defect (plan 3): the CPL or
 * the ESC chair, naming the meeting's date; the date cannot be in the future.
 */
export const markBackBriefed = defineCommand({
  name: changeRequestAudit.back_briefed,
  subject: changeRequestSubject,
  target: (input: { crId: string; briefedOn: string; note: string }) => input.crId,
  permission: changeRequestPermissions.markBackBriefed,
  resource: (cr) => cr.access,
  async run({ tx, ctx, input, record: cr, now }) {
    if (input.briefedOn > californiaDayOf(now))
      throw new UserError("The back-brief is recorded once it has happened: choose the date of a meeting that has taken place.", {
        briefedOn: ["Choose today or an earlier date."],
      });
    // Noon UTC of that day: a timestamp column, on the day of the meeting in California.
    const at = new Date(`${input.briefedOn}T12:00:00Z`);
    await tx.changeRequest.update({ where: { id: cr.row.id }, data: { backBriefedAt: at, version: { increment: 1 }, updatedById: ctx.actor.id } });
    return { briefedOn: input.briefedOn };
  },
  audit: ({ record: cr, input }) =>
    crNote(cr.row, {
      summary: `The ESC was back-briefed at its meeting of ${input.briefedOn}${input.note ? `: ${input.note}` : "."}`,
      after: { record: "changeRequest", version: cr.row.version + 1, backBriefedOn: input.briefedOn, note: input.note },
    }),
});
