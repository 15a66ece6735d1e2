import "server-only";
import { referenceAudit } from "@/domain/reference/audit-actions";
import type { SetCaseloadCategoryInput } from "@/domain/reference/caseload";
import { referencePermissions } from "@/domain/reference/permissions";
import { defineCommand } from "@/lib/command";
import { ConflictError } from "@/lib/errors";
import { lcsaSubject } from "@/server/reference/lcsa-subject";

/**
 * Sets an LCSA's caseload size category. The documents do not assign categories, so the
 * seeded ones are demo values; once an administrator sets one it is no longer marked demo.
 */
export const setCaseloadCategory = defineCommand({
  name: referenceAudit.set_caseload_category,
  subject: lcsaSubject,
  target: (input: SetCaseloadCategoryInput) => input.lcsaId,
  permission: referencePermissions.edit,
  resource: () => undefined,
  async run({ tx, input, record: lcsa }) {
    if (lcsa.version !== input.version) {
      const last = await tx.auditEvent.findFirst({ where: { entityType: "Lcsa", entityId: lcsa.id }, orderBy: { id: "desc" }, select: { actorEmail: true } });
      const who = last?.actorEmail ?? "Someone";
      throw new ConflictError(
        `${who} changed ${lcsa.name} while you were editing: it is now category ${lcsa.caseloadCategory}. Your choice was not saved; review it and save again.`,
      );
    }
    await tx.lcsa.update({
      where: { id: lcsa.id },
      data: { caseloadCategory: input.caseloadCategory, caseloadCategoryIsDemo: false, version: { increment: 1 } },
    });
    return { name: lcsa.name, caseloadCategory: input.caseloadCategory };
  },
  audit: ({ record: lcsa, input }) => ({
    summary: `${lcsa.name}: caseload category ${lcsa.caseloadCategory} → ${input.caseloadCategory}`,
    before: { caseloadCategory: lcsa.caseloadCategory, caseloadCategoryIsDemo: lcsa.caseloadCategoryIsDemo },
    after: { caseloadCategory: input.caseloadCategory, caseloadCategoryIsDemo: false },
  }),
});
