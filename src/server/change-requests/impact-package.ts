import "server-only";
import { PACKAGE_LABELS } from "@/domain/change-requests/field-labels";
import { IMPACT_COMPONENTS, type ComponentImpact, type ImpactComponent } from "@/domain/change-requests/readiness";
import type { ImpactPackageInput } from "@/domain/change-requests/step-schemas";
import { changeRequestAudit } from "@/domain/change-requests/audit-actions";
import { changeRequestPermissions } from "@/domain/change-requests/permissions";
import { defineCommand } from "@/lib/command";
import { auditChangeRequest, changedFields, staleEdit } from "@/server/change-requests/audit";
import { moveChangeRequest } from "@/server/change-requests/move";
import { changeRequestSubject } from "@/server/change-requests/subject";
import { impactsOf } from "@/server/change-requests/snapshot";

function packageOf(input: ImpactPackageInput) {
  const impacts = Object.fromEntries(
    IMPACT_COMPONENTS.map((component) => [
      component,
      { impacted: input[`impact.${component}`] as boolean | null, description: input[`impactDescription.${component}`] as string },
    ]),
  ) as Record<ImpactComponent, ComponentImpact>;
  return {
    complexity: input.complexity,
    alternatives: input.alternatives,
    recommendedSolution: input.recommendedSolution,
    effortHours: input.effortHours,
    elapsedWeeks: input.elapsedWeeks,
    cost: input.cost,
    expectedBenefit: input.expectedBenefit,
    benefitDuration: input.benefitDuration,
    impacts,
    changesDataElements: input.changesDataElements,
    certificationImpact: input.certificationImpact,
    issuesAndRisks: input.issuesAndRisks,
  };
}

/**
 * Saves the Impact Analysis Package (plan 3.1.2), by the CPL or the impact analysis team,
 * with its own version for optimistic concurrency. "Submit" (the CPL) also puts it to the
 * ESC's vote when every item is there.
 */
export const saveImpactPackage = defineCommand({
  name: changeRequestAudit.save_package,
  subject: changeRequestSubject,
  target: (input: ImpactPackageInput) => input.crId,
  permission: changeRequestPermissions.editPackage,
  resource: (cr) => cr.access,
  async run({ tx, ctx, input, record: cr, now }) {
    const stored = cr.row.impactPackage;
    if ((stored?.version ?? 0) !== input.version) throw await staleEdit(tx, cr.row.id, "impactPackage", input.version, "impact analysis package");
    const after = packageOf(input);
    const before = stored && { ...stored, cost: stored.cost === null ? null : Number(stored.cost), impacts: impactsOf(stored.impacts) };
    const changed = changedFields(before, after, PACKAGE_LABELS);
    const version = (stored?.version ?? 0) + 1;
    const data = { ...after, impacts: after.impacts as object, version };
    await tx.crImpactPackage.upsert({ where: { changeRequestId: cr.row.id }, create: { changeRequestId: cr.row.id, ...data }, update: data });
    await auditChangeRequest(tx, ctx, cr.row, {
      action: changeRequestAudit.save_package,
      summary: changed.length ? `Edited the impact analysis package: ${changed.join(", ")}.` : "Saved the impact analysis package without changes.",
      after: { record: "impactPackage", version, changed },
    });
    if (input.intent !== "submit") return { submitted: false };
    // Read afresh: the submission's readiness is the record just saved.
    await moveChangeRequest(tx, ctx, cr.row.id, { type: "submit_package" }, now);
    return { submitted: true };
  },
  // Audited in the run, before the submission's own events.
  audit: () => null,
});
