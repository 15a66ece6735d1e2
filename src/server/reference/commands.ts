import "server-only";
import type { SetCaseloadCategoryInput } from "@/domain/reference/caseload";
import { recordAudit } from "@/lib/audit";
import type { CommandContext } from "@/lib/context";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";

/**
 * Sets an LCSA's caseload size category. The documents do not assign categories, so the
 * seeded ones are demo values; once an administrator sets one it is no longer marked demo.
 */
export async function setCaseloadCategory(ctx: CommandContext, input: SetCaseloadCategoryInput) {
  assertCan(ctx.actor, "reference.edit");
  return db.$transaction(async (tx) => {
    const before = await tx.lcsa.findUnique({
      where: { id: input.lcsaId },
      select: { name: true, caseloadCategory: true, caseloadCategoryIsDemo: true, version: true },
    });
    if (!before) throw new NotFoundError("That LCSA");
    const updated = await tx.lcsa.updateMany({
      where: { id: input.lcsaId, version: input.version },
      data: { caseloadCategory: input.caseloadCategory, caseloadCategoryIsDemo: false, version: { increment: 1 } },
    });
    if (updated.count !== 1) {
      const last = await tx.auditEvent.findFirst({
        where: { entityType: "Lcsa", entityId: input.lcsaId },
        orderBy: { id: "desc" },
        select: { actorEmail: true },
      });
      throw new ConflictError(
        `${last?.actorEmail ?? "Someone"} changed ${before.name} while you were editing: it is now category ${before.caseloadCategory}. Your choice was not saved; review it and save again.`,
      );
    }
    await recordAudit(tx, ctx, {
      action: "reference.set_caseload_category",
      entityType: "Lcsa",
      entityId: input.lcsaId,
      summary: `${before.name}: caseload category ${before.caseloadCategory} → ${input.caseloadCategory}`,
      before: { caseloadCategory: before.caseloadCategory, caseloadCategoryIsDemo: before.caseloadCategoryIsDemo },
      after: { caseloadCategory: input.caseloadCategory, caseloadCategoryIsDemo: false },
    });
    return { name: before.name, caseloadCategory: input.caseloadCategory };
  });
}
