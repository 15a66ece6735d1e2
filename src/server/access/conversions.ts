import "server-only";
import { accessAudit } from "@/domain/access/audit-actions";
import { earliestInvitationDay } from "@/domain/access/clocks";
import type { EditConversionInput } from "@/domain/access/conversion-schemas";
import { accessPermissions } from "@/domain/access/permissions";
import { columnOfDay, dayOfNullable, type Day } from "@/domain/calendar/day";
import { defineCommand, defineSubject } from "@/lib/command";
import { db } from "@/lib/db/client";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { formatDay } from "@/lib/format";

/** A county's conversion, locked for the administrator's edit. */
interface LockedCounty {
  id: string;
  name: string;
  cseConversionOn: Date | null;
  conversionWave: number | null;
  conversionIsDemo: boolean;
  version: number;
}

const countySubject = defineSubject({
  type: "County",
  async lock(tx, id: string) {
    const [county] = await tx.$queryRaw<LockedCounty[]>`
      SELECT id, name, "cseConversionOn", "conversionWave", "conversionIsDemo", version FROM "County" WHERE id = ${id} FOR UPDATE`;
    if (!county) throw new NotFoundError("That county");
    return county;
  },
  idOf: (county) => county.id,
  paths: () => ["/admin/counties"],
});

const described = (on: Date | null, wave: number | null) =>
  `${on ? `converts on ${formatDay(on)}` : "has no conversion date"}${wave === null ? "" : ` (wave ${wave})`}`;

/**
 * Section 3: an administrator records a county's CSE conversion date and wave. Once saved it is
 * no longer a demo value. A save over a newer version (someone else saved meanwhile) is refused.
 */
export const editConversion = defineCommand({
  name: accessAudit.edit_conversion,
  subject: countySubject,
  target: (input: EditConversionInput) => input.countyId,
  permission: accessPermissions.editConversions,
  resource: () => undefined,
  async run({ tx, input, record: county }) {
    if (county.version !== input.version) {
      const last = await tx.auditEvent.findFirst({
        where: { entityType: "County", entityId: county.id },
        orderBy: { id: "desc" },
        select: { actorEmail: true },
      });
      throw new ConflictError(
        `${last?.actorEmail ?? "Someone"} changed ${county.name} while you were editing: it now ${described(county.cseConversionOn, county.conversionWave)}. Your change was not saved; review it and save again.`,
      );
    }
    const cseConversionOn = input.cseConversionOn ? columnOfDay(input.cseConversionOn) : null;
    await tx.county.update({
      where: { id: county.id },
      data: { cseConversionOn, conversionWave: input.conversionWave, conversionIsDemo: false, version: { increment: 1 } },
    });
    return { name: county.name, cseConversionOn: input.cseConversionOn, conversionWave: input.conversionWave };
  },
  audit: ({ record: county, input }) => ({
    summary: `${county.name}: ${described(county.cseConversionOn, county.conversionWave)} → ${described(
      input.cseConversionOn ? columnOfDay(input.cseConversionOn) : null,
      input.conversionWave,
    )}`,
    before: { cseConversionOn: dayOfNullable(county.cseConversionOn), conversionWave: county.conversionWave, conversionIsDemo: county.conversionIsDemo },
    after: { cseConversionOn: input.cseConversionOn, conversionWave: input.conversionWave, conversionIsDemo: false },
  }),
});

export interface CountyConversion {
  id: string;
  name: string;
  lcsa: string;
  consortium: string;
  cseConversionOn: Day | null;
  conversionWave: number | null;
  conversionIsDemo: boolean;
  /** 3 and 6.2 item 5: the first day an invitation may be sent. */
  invitationsFrom: Day | null;
  version: number;
}

/** Every county with its conversion, by name (the order an administrator looks one up in). */
export async function countyConversions(): Promise<CountyConversion[]> {
  const counties = await db.county.findMany({
    orderBy: [{ name: "asc" }],
    select: {
      id: true,
      name: true,
      cseConversionOn: true,
      conversionWave: true,
      conversionIsDemo: true,
      version: true,
      lcsa: { select: { name: true } },
      consortium: { select: { code: true } },
    },
  });
  return counties.map((county) => {
    const on = dayOfNullable(county.cseConversionOn);
    return {
      id: county.id,
      name: county.name,
      lcsa: county.lcsa.name,
      consortium: county.consortium.code,
      cseConversionOn: on,
      conversionWave: county.conversionWave,
      conversionIsDemo: county.conversionIsDemo,
      invitationsFrom: on ? earliestInvitationDay(on) : null,
      version: county.version,
    };
  });
}
