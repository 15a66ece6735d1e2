import "server-only";
import { californiaDay } from "@/domain/calendar/california-day";
import { reconsiderDateProblem } from "@/domain/change-requests/gate-vote";
import { GATE_LABELS, GATES, type CrEvent, type Gate } from "@/domain/change-requests/lifecycle";
import type { CommandContext } from "@/lib/context";
import { UserError } from "@/lib/errors";
import { auditChangeRequest } from "./audit";
import { changeRequestCommand } from "./command";
import { openGateMotion, openGateVote } from "./gate-votes";
import { moveChangeRequest } from "./move";
import { day } from "./snapshot";

/** The moves a person makes with one button: the lifecycle decides whether they may. */
export type StepEvent = Extract<CrEvent, { type: "submit" | "flag_impact" | "clear_subcomponent_review" | "start_uat" | "pass_uat" | "close" | "withdraw" }>;

export async function takeStep(ctx: CommandContext, crId: string, event: StepEvent, now = new Date()) {
  return changeRequestCommand(ctx, crId, (tx, cr) => moveChangeRequest(tx, ctx, crId, event, now, { locked: cr }));
}

/**
 * Plan 3.1.3: at the Subcomponent Review "the other system representatives ... validate the
 * CR to ensure it has no impact to other systems". A CCB member who finds one sends it to
 * the Change Control Board, saying what the impact is (kept as a comment on it).
 */
export async function flagImpact(ctx: CommandContext, input: { crId: string; note: string }, now = new Date()) {
  return changeRequestCommand(ctx, input.crId, async (tx, cr) => {
    const moved = await moveChangeRequest(tx, ctx, input.crId, { type: "flag_impact" }, now, { locked: cr });
    await tx.crComment.create({ data: { changeRequestId: cr.row.id, authorId: ctx.actor.id, body: `Impact flagged at the Subcomponent Review: ${input.note}`, createdAt: now } });
    await auditChangeRequest(tx, ctx, cr.row, { action: "flag_note", summary: `${ctx.actor.name} flagged an impact: ${input.note}` });
    return moved;
  });
}

/** The ESC chair or the CPL brings a deferred change request back before its date. */
export async function reconsiderNow(ctx: CommandContext, crId: string, now = new Date()) {
  return changeRequestCommand(ctx, crId, (tx, cr) => moveChangeRequest(tx, ctx, crId, { type: "reconsider", today: day(californiaDay(now))! }, now, { locked: cr }));
}

/**
 * Opens a gate's vote again after one that reached no decision, or opens one that waited
 * (a deferred change request brought back by the scheduler): the ESC chair, for the CCB a
 * member. Refused while a vote is open.
 */
export async function reopenGateVote(ctx: CommandContext, crId: string, now = new Date()) {
  return changeRequestCommand(ctx, crId, async (tx, cr) => {
    cr.require("openGateVote");
    const open = await openGateMotion(tx, crId);
    if (open) throw new UserError(`The ${GATE_LABELS[open.gate]} is already open; close it before opening another.`);
    const gate = (Object.keys(GATES) as Gate[]).find((candidate) => GATES[candidate].state === cr.row.state)!;
    const motionId = await openGateVote(tx, ctx, cr.row, gate, now);
    if (!motionId) throw new UserError(`The committee for the ${GATE_LABELS[gate]} has no voting members today, so nobody could vote.`);
    return { motionId };
  });
}

/** The date a deferred change request comes back, set while the gate's vote is open. */
export async function setReconsiderDate(ctx: CommandContext, input: { crId: string; motionId: string; reconsiderOn: string }, now = new Date()) {
  return changeRequestCommand(ctx, input.crId, async (tx, cr) => {
    cr.require("setReconsiderDate");
    const problem = reconsiderDateProblem(input.reconsiderOn, day(californiaDay(now))!);
    if (problem) throw new UserError(problem, { reconsiderOn: [problem] });
    const link = await tx.crGateMotion.findFirst({ where: { motionId: input.motionId, changeRequestId: cr.row.id, motion: { status: "OPEN" } }, select: { gate: true, reconsiderOn: true } });
    if (!link) throw new UserError("That vote has closed; the date can no longer change.");
    await tx.crGateMotion.update({ where: { motionId: input.motionId }, data: { reconsiderOn: new Date(`${input.reconsiderOn}T00:00:00Z`) } });
    await auditChangeRequest(tx, ctx, cr.row, {
      action: "set_reconsider_date",
      summary: `If the ${GATE_LABELS[link.gate]} defers it, it comes back on ${input.reconsiderOn}.`,
      before: { reconsiderOn: day(link.reconsiderOn) },
      after: { reconsiderOn: input.reconsiderOn },
    });
    return { reconsiderOn: input.reconsiderOn };
  });
}

/**
 * Records that the ESC was back-briefed on an emergency fix or defect (plan 3): the CPL or
 * the ESC chair, naming the meeting's date; the date cannot be in the future.
 */
export async function markBackBriefed(ctx: CommandContext, input: { crId: string; briefedOn: string; note: string }, now = new Date()) {
  return changeRequestCommand(ctx, input.crId, async (tx, cr) => {
    cr.require("markBackBriefed");
    const today = day(californiaDay(now))!;
    if (input.briefedOn > today) throw new UserError("The back-brief is recorded once it has happened: choose the date of a meeting that has taken place.", { briefedOn: ["Choose today or an earlier date."] });
    const at = new Date(`${input.briefedOn}T12:00:00Z`);
    await tx.changeRequest.update({ where: { id: cr.row.id }, data: { backBriefedAt: at, version: { increment: 1 }, updatedById: ctx.actor.id } });
    await auditChangeRequest(tx, ctx, cr.row, {
      action: "back_briefed",
      summary: `The ESC was back-briefed at its meeting of ${input.briefedOn}${input.note ? `: ${input.note}` : "."}`,
      after: { record: "changeRequest", version: cr.row.version + 1, backBriefedOn: input.briefedOn, note: input.note },
    });
    return { briefedOn: input.briefedOn };
  });
}
