import "server-only";
import { changeRequestAudit } from "@/domain/change-requests/audit-actions";
import { INITIATION_LABELS } from "@/domain/change-requests/field-labels";
import { crNumber, KIND_LABELS } from "@/domain/change-requests/labels";
import { changeRequestPermissions } from "@/domain/change-requests/permissions";
import type { CreateChangeRequestInput, SaveInitiationInput } from "@/domain/change-requests/schemas";
import { collectionSubject, defineCommand } from "@/lib/command";
import { UserError } from "@/lib/errors";
import { inSentence } from "@/lib/format";
import { auditChangeRequest, changedFields, staleEdit } from "@/server/change-requests/audit";
import { moveChangeRequest } from "@/server/change-requests/move";
import { changeRequestPaths, changeRequestSubject } from "@/server/change-requests/subject";

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
    policy: input.policy ?? false,
  };
}

/**
 * Plan 3.1.1: a change request starts as its initiation form, by its author. "Save draft"
 * keeps an incomplete form; "Submit" creates and submits it in one transaction, so a
 * refused submission (something missing) saves nothing and the form keeps what was typed.
 * The creation is audited in the run, before the submission's own events.
 */
export const createChangeRequest = defineCommand({
  name: changeRequestAudit.create,
  subject: collectionSubject("ChangeRequest", ["/change-requests"]),
  target: (_input: CreateChangeRequestInput) => "",
  permission: changeRequestPermissions.create,
  resource: () => undefined,
  async run({ tx, ctx, input, now }) {
    const consortium = await tx.consortium.findUnique({ where: { id: input.consortiumId }, select: { id: true, code: true } });
    if (!consortium) throw new UserError("Choose the consortium.", { consortiumId: ["Choose the consortium."] });
    const fields = initiationOf(input);
    const cr = await tx.changeRequest.create({
      data: {
        ...fields,
        kind: input.kind,
        consortiumId: consortium.id,
        authorId: ctx.actor.id,
        updatedById: ctx.actor.id,
        stateChangedAt: now,
        createdAt: now,
      },
      select: { id: true, number: true },
    });
    await auditChangeRequest(tx, ctx, cr, {
      action: changeRequestAudit.create,
      summary: `Drafted by ${ctx.actor.name}: ${inSentence(KIND_LABELS[input.kind])} for ${consortium.code}, “${fields.title}”.`,
      after: { record: "changeRequest", version: 1, kind: input.kind, consortium: consortium.code, ...fields },
    });
    const state = input.intent === "submit" ? (await moveChangeRequest(tx, ctx, cr.id, { type: "submit" }, now)).to : "DRAFT";
    return { id: cr.id, number: cr.number, label: crNumber(cr.number), state };
  },
  audit: () => null,
  paths: ({ result }) => changeRequestPaths(result.id),
});

/**
 * Saves the draft's initiation form (its author or the CPL). Optimistic concurrency: the
 * form carries the version it was loaded at; a save against an older version is refused
 * with who changed what since, and overwrites nothing. "Submit" then moves it on, so the
 * save is audited in the run, before the submission's events.
 */
export const saveInitiation = defineCommand({
  name: changeRequestAudit.save_draft,
  subject: changeRequestSubject,
  target: (input: SaveInitiationInput) => input.crId,
  permission: changeRequestPermissions.editInitiation,
  resource: (cr) => cr.access,
  async run({ tx, ctx, input, record: cr, now }) {
    if (cr.row.version !== input.version) throw await staleEdit(tx, cr.row.id, "changeRequest", input.version, "initiation form");
    const current = await tx.changeRequest.findUniqueOrThrow({
      where: { id: cr.row.id },
      select: { jadParticipants: true, assumptions: true, knownProblems: true },
    });
    const before = { ...initiationOf({ ...cr.row, ...current, benefits: cr.row.benefits as SaveInitiationInput["benefits"] }) };
    const after = initiationOf(input);
    const changed = changedFields(before, after, INITIATION_LABELS);
    await tx.changeRequest.update({ where: { id: cr.row.id }, data: { ...after, version: { increment: 1 }, updatedById: ctx.actor.id } });
    await auditChangeRequest(tx, ctx, cr.row, {
      action: changeRequestAudit.save_draft,
      summary: changed.length ? `Edited the initiation form: ${changed.join(", ")}.` : "Saved the initiation form without changes.",
      before,
      after: { record: "changeRequest", version: cr.row.version + 1, changed, ...after },
    });
    if (input.intent !== "submit") return { state: cr.row.state, submitted: false };
    // Read afresh: the submission's readiness is the form just saved.
    const moved = await moveChangeRequest(tx, ctx, cr.row.id, { type: "submit" }, now);
    return { state: moved.to, submitted: true };
  },
  audit: () => null,
});
