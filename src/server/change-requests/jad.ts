import "server-only";
import { JAD_LABELS } from "@/domain/change-requests/field-labels";
import type { JadInput } from "@/domain/change-requests/step-schemas";
import type { CommandContext } from "@/lib/context";
import { auditChangeRequest, changedFields, staleEdit } from "./audit";
import { changeRequestCommand } from "./command";
import { moveChangeRequest } from "./move";

/**
 * Saves the JAD team's work (plan 3.1.4): the detailed specification, the business rules,
 * the revised estimates of the Executive Overview and the recommendation. "Submit" puts the
 * recommendation to the ESC's vote.
 */
export async function saveJad(ctx: CommandContext, input: JadInput, now = new Date()) {
  return changeRequestCommand(ctx, input.crId, async (tx, cr) => {
    cr.require("editJad");
    const stored = cr.row.jad;
    if ((stored?.version ?? 0) !== input.version) throw await staleEdit(tx, cr.row.id, "jad", input.version, "JAD work");
    const after = {
      specification: input.specification,
      businessRules: input.businessRules,
      revisedEffortHours: input.revisedEffortHours,
      revisedElapsedWeeks: input.revisedElapsedWeeks,
      revisedCost: input.revisedCost,
      recommendation: input.recommendation,
    };
    const before = stored && { ...stored, revisedCost: stored.revisedCost === null ? null : Number(stored.revisedCost) };
    const changed = changedFields(before, after, JAD_LABELS);
    const version = (stored?.version ?? 0) + 1;
    await tx.crJad.upsert({ where: { changeRequestId: cr.row.id }, create: { changeRequestId: cr.row.id, ...after, version }, update: { ...after, version } });
    await auditChangeRequest(tx, ctx, cr.row, {
      action: "save_jad",
      summary: changed.length ? `Edited the JAD work: ${changed.join(", ")}.` : "Saved the JAD work without changes.",
      after: { record: "jad", version, changed, recommendation: after.recommendation },
    });
    if (input.intent !== "submit") return { submitted: false };
    await moveChangeRequest(tx, ctx, cr.row.id, { type: "submit_jad" }, now);
    return { submitted: true };
  });
}
