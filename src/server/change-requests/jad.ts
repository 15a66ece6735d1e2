import "server-only";
import { JAD_LABELS } from "@/domain/change-requests/field-labels";
import type { JadInput } from "@/domain/change-requests/step-schemas";
import { changeRequestAudit } from "@/domain/change-requests/audit-actions";
import { changeRequestPermissions } from "@/domain/change-requests/permissions";
import { defineCommand } from "@/lib/command";
import { auditChangeRequest, changedFields, staleEdit } from "@/server/change-requests/audit";
import { moveChangeRequest } from "@/server/change-requests/move";
import { changeRequestSubject } from "@/server/change-requests/subject";

/**
 * Saves the JAD team's work (plan 3.1.4): the detailed specification, the business rules,
 * the revised scope, approach and estimates of the Executive Overview and the recommendation. "Submit" puts the
 * recommendation to the ESC's vote.
 */
export const saveJad = defineCommand({
  name: changeRequestAudit.save_jad,
  subject: changeRequestSubject,
  target: (input: JadInput) => input.crId,
  permission: changeRequestPermissions.editJad,
  resource: (cr) => cr.access,
  async run({ tx, ctx, input, record: cr, now }) {
    const stored = cr.row.jad;
    if ((stored?.version ?? 0) !== input.version) throw await staleEdit(tx, cr.row.id, "jad", input.version, "JAD work");
    const after = {
      specification: input.specification,
      businessRules: input.businessRules,
      revisedScope: input.revisedScope,
      revisedApproach: input.revisedApproach,
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
      action: changeRequestAudit.save_jad,
      summary: changed.length ? `Edited the JAD work: ${changed.join(", ")}.` : "Saved the JAD work without changes.",
      after: { record: "jad", version, changed, recommendation: after.recommendation },
    });
    if (input.intent !== "submit") return { submitted: false };
    // Read afresh: the submission's readiness is the record just saved.
    await moveChangeRequest(tx, ctx, cr.row.id, { type: "submit_jad" }, now);
    return { submitted: true };
  },
  // Audited in the run, before the submission's own events.
  audit: () => null,
});
