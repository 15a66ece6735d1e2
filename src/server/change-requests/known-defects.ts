import "server-only";
import type { CommandContext } from "@/lib/context";
import { NotFoundError } from "@/lib/errors";
import { auditChangeRequest } from "./audit";
import { changeRequestCommand } from "./command";

/**
 * Plan 3.1.5 item 5: "Developers will include the following in Release notes, if a release
 * is moved into production with a known defect: the defect, the impact and the estimated
 * timeframe before it will be 'fixed.' An alternative process should be proposed".
 */
export async function addKnownDefect(ctx: CommandContext, input: { crId: string; description: string; impact: string; expectedFixOn: string; workaround: string }) {
  return changeRequestCommand(ctx, input.crId, async (tx, cr) => {
    cr.require("editRelease");
    const defect = await tx.knownDefect.create({
      data: { changeRequestId: cr.row.id, description: input.description, impact: input.impact, expectedFixOn: new Date(`${input.expectedFixOn}T00:00:00Z`), workaround: input.workaround },
      select: { id: true },
    });
    await auditChangeRequest(tx, ctx, cr.row, {
      action: "add_known_defect",
      summary: `Ships with a known defect: ${input.description} (fix expected ${input.expectedFixOn}).`,
      after: { knownDefectId: defect.id, ...input },
    });
    return defect;
  });
}

export async function removeKnownDefect(ctx: CommandContext, input: { crId: string; knownDefectId: string }) {
  return changeRequestCommand(ctx, input.crId, async (tx, cr) => {
    cr.require("editRelease");
    const defect = await tx.knownDefect.findFirst({ where: { id: input.knownDefectId, changeRequestId: cr.row.id } });
    if (!defect) throw new NotFoundError("That known defect");
    await tx.knownDefect.delete({ where: { id: defect.id } });
    await auditChangeRequest(tx, ctx, cr.row, { action: "remove_known_defect", summary: `Removed the known defect “${defect.description}”.`, before: defect });
    return { removed: defect.id };
  });
}
