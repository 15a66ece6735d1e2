import "server-only";
import { defineSubject } from "@/lib/command";
import { NotFoundError } from "@/lib/errors";

/** An LCSA, locked for the command (an administrator's correction of its reference data). */
export const lcsaSubject = defineSubject({
  type: "Lcsa",
  async lock(tx, id) {
    const [lcsa] = await tx.$queryRaw<{ id: string; name: string; caseloadCategory: number; caseloadCategoryIsDemo: boolean; version: number }[]>`
      SELECT id, name, "caseloadCategory", "caseloadCategoryIsDemo", version FROM "Lcsa" WHERE id = ${id} FOR UPDATE`;
    if (!lcsa) throw new NotFoundError("That LCSA");
    return lcsa;
  },
  idOf: (lcsa) => lcsa.id,
  paths: () => ["/lcsas"],
});
