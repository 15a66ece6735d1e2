import "server-only";
import { accessAudit } from "@/domain/access/audit-actions";
import { invitationRefusal } from "@/domain/access/clocks";
import { applicationNumber, CLOSED_STATES } from "@/domain/access/lifecycle";
import { accessPermissions } from "@/domain/access/permissions";
import { guideLabelFor, guideOrganizationFor } from "@/domain/access/reservation";
import type { IdentifyInput } from "@/domain/access/schemas";
import { californiaDayOf, columnOfDay, dayOfNullable, type Day } from "@/domain/calendar/day";
import { defineCommand, defineSubject } from "@/lib/command";
import type { Tx } from "@/lib/db/client";
import { NotFoundError, UserError } from "@/lib/errors";
import { countOf, formatDay } from "@/lib/format";
import { applicationPath } from "@/server/access/application-row";
import { nextApplicationNumber } from "@/server/access/numbering";
import { holdersOf } from "@/server/access/recipients";
import { accessCollectionSubject } from "@/server/access/subjects";
import { notify } from "@/server/notifications/notify";

/** The county a Director identifies a Requestor in, read FOR SHARE: its conversion day cannot change under the identification. */
export interface IdentificationCounty {
  id: string;
  name: string;
  lcsaId: string;
  lcsaName: string;
  conversionOn: Day | null;
}

async function lockCounty(tx: Tx, countyId: string): Promise<IdentificationCounty> {
  const [county] = await tx.$queryRaw<{ id: string; name: string; lcsaId: string; lcsaName: string; conversionOn: Date | null }[]>`
    SELECT c.id, c.name, c."lcsaId", l.name AS "lcsaName", c."cseConversionOn" AS "conversionOn"
      FROM "County" c JOIN "Lcsa" l ON l.id = c."lcsaId" WHERE c.id = ${countyId} FOR SHARE OF c`;
  if (!county) throw new NotFoundError("That county");
  return { ...county, conversionOn: dayOfNullable(county.conversionOn) };
}

/**
 * A new application has no record to lock yet, but its permission is a county's: 6.2, "DCSS
 * will send invitation letters only to Requestors identified by the LCSA Director for that
 * county". So the identification's subject is the county, and it refreshes the pages of the
 * collection (accessCollectionSubject's).
 */
const identificationSubject = defineSubject<IdentificationCounty>({
  type: "AccessApplication",
  lock: (tx, countyId) => lockCounty(tx, countyId),
  idOf: () => "",
  paths: () => accessCollectionSubject.paths(null),
});

/** The states in which an organization's application is still going (or in force): a second one is refused. */
const ONGOING = { notIn: [...CLOSED_STATES] };

/**
 * Process 6.2: the LCSA Director identifies a Requestor in one of the LCSA's counties and gives
 * the five items; the organization is created when it is new, with its guide organization when
 * the allocation guide (1.6) lists it in that county. Refused: an invitation date earlier than
 * two months after the county's CSE conversion (6.2 item 5, process 3), a date already past (the
 * product's: the Process Manager cannot send a letter yesterday), an organization of that name
 * in another county, and an organization whose application is already under way. The number is
 * taken first: its advisory lock queues identifications, so the organization checks cannot race.
 */
export const identifyRequestor = defineCommand({
  name: accessAudit.identify,
  subject: identificationSubject,
  target: (input: IdentifyInput) => input.countyId,
  permission: accessPermissions.identify,
  resource: (county) => ({ lcsaId: county.lcsaId }),
  async run({ tx, ctx, input, record: county, now }) {
    const refusal = invitationRefusal(input.invitationOn as Day, county.conversionOn);
    if (refusal) throw new UserError(refusal, { invitationOn: [refusal] });
    const today = californiaDayOf(now);
    if (input.invitationOn < today) {
      const message = `The invitation date has passed: choose ${formatDay(today)} or a later day.`;
      throw new UserError(message, { invitationOn: [message] });
    }
    const number = await nextApplicationNumber(tx);
    const organization = await organizationFor(tx, county, input.organizationName);
    const application = await tx.accessApplication.create({
      data: {
        number,
        organizationId: organization.id,
        countyId: county.id,
        lcsaId: county.lcsaId,
        state: "IDENTIFIED",
        stateChangedAt: now,
        inviteeName: input.inviteeName,
        inviteeTitle: input.inviteeTitle,
        inviteeAddress: input.inviteeAddress,
        inviteeEmail: input.inviteeEmail,
        coordinatorName: input.coordinatorName,
        coordinatorTitle: input.coordinatorTitle,
        coordinatorContact: input.coordinatorContact,
        sysadminName: input.sysadminName,
        sysadminTitle: input.sysadminTitle,
        sysadminContact: input.sysadminContact,
        recommendedAccounts: input.recommendedAccounts,
        invitationOn: columnOfDay(input.invitationOn),
        identifiedById: ctx.actor.id,
        identifiedAt: now,
      },
      select: { id: true, number: true },
    });
    const label = applicationNumber(application.number);
    // 6.2: "The LCSA Director provides the following information to the Process Manager."
    await notify(tx, await holdersOf(tx, "PROCESS_MANAGER"), {
      kind: "access.identified",
      subject: `${label}: ${organization.name} identified for CSE access`,
      body:
        `${ctx.actor.name}, LCSA Director for ${county.lcsaName}, has identified ${organization.name} (${county.name} County) for CSE access ` +
        `and recommends ${countOf(input.recommendedAccounts, "user account")}. The invitation letter is to be sent on ${formatDay(input.invitationOn)} ` +
        `to ${input.inviteeName}, ${input.inviteeTitle}.`,
      link: applicationPath(application.id, "invitation"),
    });
    return { id: application.id, number: application.number, label, organization, county: county.name };
  },
  audit: ({ input, result }) => ({
    entity: { type: "AccessApplication", id: result.id },
    summary:
      `Identified ${result.organization.name} (${result.county} County) for CSE access as ${result.label}: ` +
      `${countOf(input.recommendedAccounts, "user account")} recommended, invitation letter on ${formatDay(input.invitationOn)}` +
      (result.organization.created ? "; the organization is new" : ""),
    after: { ...input, organizationId: result.organization.id, number: result.number },
  }),
  paths: ({ result }) => [applicationPath(result.id)],
});

/**
 * The organization the Director names, in that county: the guide's own when the name is one of
 * its rows there, an existing one of the same name, or a new one.
 */
async function organizationFor(tx: Tx, county: IdentificationCounty, typed: string) {
  const version = await tx.allocationGuideVersion.findFirst({ orderBy: { number: "desc" }, select: { id: true } });
  const rows = version
    ? await tx.allocationGuideRow.findMany({ where: { versionId: version.id, lcsaId: county.lcsaId }, select: { label: true, organization: true } })
    : [];
  const guide = guideOrganizationFor(rows, guideLabelFor(rows, county.name, county.lcsaName), typed);
  const name = guide?.name ?? typed.trim().replace(/\s+/g, " ");
  const existing = await tx.thirdPartyOrganization.findFirst({
    where: { name: { equals: name, mode: "insensitive" } },
    select: { id: true, name: true, countyId: true, county: { select: { name: true } } },
  });
  if (existing && existing.countyId !== county.id) {
    const message = `An organization named ${existing.name} is in ${existing.county.name} County. Give this one a name of its own, such as "${county.name} ${name}".`;
    throw new UserError(message, { organizationName: [message] });
  }
  if (existing) {
    const ongoing = await tx.accessApplication.findFirst({
      where: { organizationId: existing.id, state: ONGOING },
      orderBy: { number: "desc" },
      select: { number: true },
    });
    if (ongoing) {
      const message = `${existing.name} already has an application: ${applicationNumber(ongoing.number)}. Open it from the access queue instead of identifying the organization again.`;
      throw new UserError(message, { organizationName: [message] });
    }
    return { id: existing.id, name: existing.name, created: false };
  }
  const created = await tx.thirdPartyOrganization.create({
    data: { name, countyId: county.id, lcsaId: county.lcsaId, guideOrganization: guide?.guideOrganization ?? null },
    select: { id: true, name: true },
  });
  return { ...created, created: true };
}
