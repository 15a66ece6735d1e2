import "server-only";
import { columnOfDay } from "@/domain/calendar/day";
import { changeRequestAudit } from "@/domain/change-requests/audit-actions";
import { changeRequestPermissions } from "@/domain/change-requests/permissions";
import { defineCommand } from "@/lib/command";
import { NotFoundError } from "@/lib/errors";
import { crNote } from "@/server/change-requests/audit";
import { changeRequestSubject } from "@/server/change-requests/subject";

/**
 * Plan 3.1.5 item 5: "Developers will include the following in Release notes, if a release
 * is moved into production with a known defect: the defect, the impact and the estimated
 * timeframe before it will be 'fixed.' An alternative process should be proposed".
 */
export const addKnownDefect = defineCommand({
  name: changeRequestAudit.add_known_defect,
  subject: changeRequestSubject,
  target: (input: { crId: string; description: string; impact: string; expectedFixOn: string; workaround: string }) => input.crId,
  permission: changeRequestPermissions.editRelease,
  resource: (cr) => cr.access,
  run: ({ tx, input, record: cr }) =>
    tx.knownDefect.create({
      data: {
        changeRequestId: cr.row.id,
        description: input.description,
        impact: input.impact,
        expectedFixOn: columnOfDay(input.expectedFixOn),
        workaround: input.workaround,
      },
      select: { id: true },
    }),
  audit: ({ record: cr, input, result: defect }) =>
    crNote(cr.row, {
      summary: `Ships with a known defect: ${input.description} (fix expected ${input.expectedFixOn}).`,
      after: { knownDefectId: defect.id, ...input },
    }),
});

export const removeKnownDefect = defineCommand({
  name: changeRequestAudit.remove_known_defect,
  subject: changeRequestSubject,
  target: (input: { crId: string; knownDefectId: string }) => input.crId,
  permission: changeRequestPermissions.editRelease,
  resource: (cr) => cr.access,
  async run({ tx, input, record: cr }) {
    const defect = await tx.knownDefect.findFirst({ where: { id: input.knownDefectId, changeRequestId: cr.row.id } });
    if (!defect) throw new NotFoundError("That known defect");
    await tx.knownDefect.delete({ where: { id: defect.id } });
    return { removed: defect.id, defect };
  },
  audit: ({ record: cr, result }) => crNote(cr.row, { summary: `Removed the known defect “${result.defect.description}”.`, before: result.defect }),
});
