import "server-only";
import { INITIATION_LABELS } from "@/domain/change-requests/field-labels";
import { crNumber, KIND_LABELS } from "@/domain/change-requests/labels";
import type { CreateChangeRequestInput, SaveInitiationInput } from "@/domain/change-requests/schemas";
import type { CommandContext } from "@/lib/context";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { auditChangeRequest, changedFields, staleEdit } from "./audit";
import { changeRequestCommand } from "./command";
import { moveChangeRequest } from "./move";
import { changeRequestPermissions } from "@/domain/change-requests/permissions";

function initiationOf(input: Omit<SaveInitiationInput, "crId" | "version" | "intent">) {
  return {
    title: input.title,
    scope: input.scope,
    benefits: [...input.benefits],
    urgencyDrivers: input.urgencyDrivers,
    otherConsortiumAlignment: input.otherConsortiumAlignment,
    ccsasAlignment: input.ccsasAlignment,
    levelOfEffort: input.levelOfEffort,
    jadParticipants: input.jadParticipants,
    assumptions: input.assumptions,
    knownProblems: input.knownProblems,
  };
}

/**
 * Plan 3.1.1: a change request starts as its initiation form, by its author. "Save draft"
 * keeps an incomplete form; "Submit" creates and submits it in one transaction, so a
 * refused submission (something missing) saves nothing and the form keeps what was typed.
 */
export async function createChangeRequest(ctx: CommandContext, input: CreateChangeRequestInput, now = new Date()) {
  assertCan(ctx.actor, changeRequestPermissions.create);
  return db.$transaction(async (tx) => {
    const consortium = await tx.consortium.findUnique({ where: { id: input.consortiumId }, select: { id: true, code: true } });
    if (!consortium) throw new UserError("Choose the consortium.", { consortiumId: ["Choose the consortium."] });
    const fields = initiationOf(input);
    const cr = await tx.changeRequest.create({
      data: { ...fields, kind: input.kind, consortiumId: consortium.id, authorId: ctx.actor.id, updatedById: ctx.actor.id, stateChangedAt: now, createdAt: now },
      select: { id: true, number: true },
    });
    await auditChangeRequest(tx, ctx, cr, {
      action: "create",
      summary: `Drafted by ${ctx.actor.name}: ${KIND_LABELS[input.kind].toLowerCase()} for ${consortium.code}, “${fields.title}”.`,
      after: { record: "changeRequest", version: 1, kind: input.kind, consortium: consortium.code, ...fields },
    });
    const state = input.intent === "submit" ? (await moveChangeRequest(tx, ctx, cr.id, { type: "submit" }, now)).to : "DRAFT";
    return { id: cr.id, number: cr.number, label: crNumber(cr.number), state };
  });
}

/**
 * Saves the draft's initiation form (its author or the CPL). Optimistic concurrency: the
 * form carries the version it was loaded at; a save against an older version is refused
 * with who changed what since, and overwrites nothing.
 */
export async function saveInitiation(ctx: CommandContext, input: SaveInitiationInput, now = new Date()) {
  return changeRequestCommand(ctx, input.crId, async (tx, cr) => {
    cr.require("editInitiation");
    if (cr.row.version !== input.version) throw await staleEdit(tx, cr.row.id, "changeRequest", input.version, "initiation form");
    const current = await tx.changeRequest.findUniqueOrThrow({ where: { id: cr.row.id }, select: { jadParticipants: true, assumptions: true, knownProblems: true } });
    const before = { ...initiationOf({ ...cr.row, ...current, benefits: cr.row.benefits as SaveInitiationInput["benefits"] }) };
    const after = initiationOf(input);
    const changed = changedFields(before, after, INITIATION_LABELS);
    await tx.changeRequest.update({ where: { id: cr.row.id }, data: { ...after, version: { increment: 1 }, updatedById: ctx.actor.id } });
    await auditChangeRequest(tx, ctx, cr.row, {
      action: "save_draft",
      summary: changed.length ? `Edited the initiation form: ${changed.join(", ")}.` : "Saved the initiation form without changes.",
      before,
      after: { record: "changeRequest", version: cr.row.version + 1, changed, ...after },
    });
    if (input.intent !== "submit") return { state: cr.row.state, submitted: false };
    const moved = await moveChangeRequest(tx, ctx, cr.row.id, { type: "submit" }, now);
    return { state: moved.to, submitted: true };
  });
}
