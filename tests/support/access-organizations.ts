import { randomUUID } from "node:crypto";
import type { Role } from "@/domain/identity/roles";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { makeUser } from "./identity.ts";

/**
 * An organization after approval, for the integration tests of accounts, findings, renewal,
 * re-attestation and the jobs: a third-party organization of its own in a seeded county, its
 * application inserted directly at the state wanted (the pipeline's commands are not what
 * these tests are about), and the people of section 1.5 around it.
 */
/** A new organization in `countyName`'s county and LCSA. */
export async function makeOrganization(db: PrismaClient, countyName = "Alameda") {
  const county = await db.county.findUniqueOrThrow({ where: { name: countyName }, select: { id: true, lcsaId: true } });
  return db.thirdPartyOrganization.create({
    data: { name: `Test organization ${randomUUID().slice(0, 8)}`, countyId: county.id, lcsaId: county.lcsaId },
    select: { id: true, name: true, countyId: true, lcsaId: true },
  });
}

export type Organization = Awaited<ReturnType<typeof makeOrganization>>;

const day = (text: string) => new Date(`${text}T00:00:00Z`);

/** An application of the organization; ACTIVE with a countersigned MOU unless told otherwise. */
export async function makeApplication(
  db: PrismaClient,
  organization: Organization,
  fields: {
    state?: Prisma.AccessApplicationUncheckedCreateInput["state"];
    approvedAccounts?: number | null;
    countersignedAt?: Date | null;
    termStartsOn?: string | null;
    termEndsOn?: string | null;
    officeId?: string | null;
  } & Partial<Prisma.AccessApplicationUncheckedCreateInput> = {},
) {
  const {
    state = "ACTIVE",
    approvedAccounts = 3,
    countersignedAt = new Date("2025-12-15T20:00:00Z"),
    termStartsOn = "2026-01-01",
    termEndsOn = "2028-12-31",
    officeId = "OFC-1234",
    ...rest
  } = fields;
  const director = await makeUser(db, { roles: [{ role: "LCSA_DIRECTOR", scope: { type: "LCSA", lcsaId: organization.lcsaId } }] });
  // The next number, as nextApplicationNumber gives it (tests insert one at a time).
  const highest = await db.accessApplication.aggregate({ _max: { number: true } });
  return db.accessApplication.create({
    data: {
      number: (highest._max.number ?? 0) + 1,
      organizationId: organization.id,
      countyId: organization.countyId,
      lcsaId: organization.lcsaId,
      state,
      inviteeName: "Pat Invitee",
      inviteeTitle: "Deputy Director",
      inviteeAddress: "1 Main Street, Oakland, CA",
      inviteeEmail: "pat.invitee@example.gov",
      coordinatorName: "Chris Coordinator",
      coordinatorTitle: "Third Party Access Coordinator",
      coordinatorContact: "510-555-0100",
      sysadminName: "Sam Admin",
      sysadminTitle: "System Administrator",
      sysadminContact: "510-555-0101",
      recommendedAccounts: 5,
      invitationOn: day("2025-06-01"),
      identifiedById: director.id,
      identifiedAt: new Date("2025-05-20T17:00:00Z"),
      approvedAccounts,
      countersignedAt,
      termStartsOn: termStartsOn ? day(termStartsOn) : null,
      termEndsOn: termEndsOn ? day(termEndsOn) : null,
      officeId,
      officeIdRecordedAt: officeId ? new Date("2026-01-10T18:00:00Z") : null,
      ...rest,
    },
  });
}

/** A listed user of the organization (AccessAccount), set up or not. */
export function makeListedUser(
  db: PrismaClient,
  organization: Organization,
  applicationId: string,
  fields: { trainedOn: string; confidentialitySignedOn: string; createdAt?: Date | null; suspendedAt?: Date | null; userName?: string },
) {
  const tag = randomUUID().slice(0, 6);
  return db.accessAccount.create({
    data: {
      applicationId,
      organizationId: organization.id,
      userName: fields.userName ?? `User ${tag}`,
      userEmail: `user-${tag}@example.gov`,
      trainedOn: day(fields.trainedOn),
      confidentialitySignedOn: day(fields.confidentialitySignedOn),
      createdAt: fields.createdAt ?? null,
      suspendedAt: fields.suspendedAt ?? null,
    },
  });
}

/** The people of section 1.5 around an organization, each holding one role in the right scope. */
export async function accessPeople(db: PrismaClient, organization: Organization) {
  const other = await db.lcsa.findFirstOrThrow({ where: { id: { not: organization.lcsaId } }, select: { id: true } });
  const otherOrganization = await db.thirdPartyOrganization.findFirstOrThrow({ where: { id: { not: organization.id } }, select: { id: true } });
  const statewide = (role: Role) => makeUser(db, { name: `${role} ${randomUUID().slice(0, 4)}`, roles: [{ role, scope: { type: "STATEWIDE" } }] });
  const ofLcsa = (role: Role, lcsaId: string) =>
    makeUser(db, { name: `${role} ${randomUUID().slice(0, 4)}`, roles: [{ role, scope: { type: "LCSA", lcsaId } }] });
  return {
    requestor: await makeUser(db, {
      name: "Requestor contact",
      roles: [{ role: "REQUESTOR", scope: { type: "ORGANIZATION", organizationId: organization.id } }],
    }),
    otherRequestor: await makeUser(db, { roles: [{ role: "REQUESTOR", scope: { type: "ORGANIZATION", organizationId: otherOrganization.id } }] }),
    sysadmin: await ofLcsa("LCSA_SYSTEM_ADMINISTRATOR", organization.lcsaId),
    otherSysadmin: await ofLcsa("LCSA_SYSTEM_ADMINISTRATOR", other.id),
    director: await ofLcsa("LCSA_DIRECTOR", organization.lcsaId),
    coordinator: await ofLcsa("LCSA_TPA_COORDINATOR", organization.lcsaId),
    owner: await statewide("PROCESS_OWNER"),
    manager: await statewide("PROCESS_MANAGER"),
    legal: await statewide("DCSS_LEGAL"),
    contract: await statewide("CONTRACT_MANAGER"),
    infrastructure: await statewide("INFRASTRUCTURE_MANAGER"),
    iso: await statewide("DCSS_ISO"),
    admin: await makeUser(db, { roles: [{ role: "ADMINISTRATOR", scope: { type: "STATEWIDE" } }] }),
    unrelated: await makeUser(db, { roles: [{ role: "UAT_TESTER", scope: { type: "LCSA", lcsaId: organization.lcsaId } }] }),
  };
}

/** Audit events of an action on an entity. */
export function auditEventsOf(db: PrismaClient, action: string, entityId?: string) {
  return db.auditEvent.findMany({ where: { action, ...(entityId ? { entityId } : {}) }, orderBy: { id: "asc" } });
}
