import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { makeUser } from "./identity.ts";

/**
 * Third-party access applications for integration tests, inserted directly (the pipeline's
 * commands are not what these tests are about): an application of a seeded organization
 * ("Alameda IV-A", "Los Angeles IV-E"…) at any state, with the step dates given.
 */
export type ApplicationRow = Prisma.AccessApplicationUncheckedCreateInput;

let next = 9000;

export async function organizationNamed(db: PrismaClient, name: string) {
  return db.thirdPartyOrganization.findUniqueOrThrow({ where: { name }, select: { id: true, name: true, countyId: true, lcsaId: true } });
}

export async function insertApplication(db: PrismaClient, organizationName: string, fields: Partial<ApplicationRow> = {}) {
  const organization = await organizationNamed(db, organizationName);
  const director = await makeUser(db, { roles: [{ role: "LCSA_DIRECTOR", scope: { type: "LCSA", lcsaId: organization.lcsaId } }] });
  next += 1;
  return db.accessApplication.create({
    data: {
      number: next,
      organizationId: organization.id,
      countyId: organization.countyId,
      lcsaId: organization.lcsaId,
      inviteeName: "Pat Invitee",
      inviteeTitle: "Director",
      inviteeAddress: "1 Main Street, Sacramento, CA",
      inviteeEmail: "pat@example.gov",
      coordinatorName: "Chris Coordinator",
      coordinatorTitle: "Coordinator",
      coordinatorContact: "916-555-0100",
      sysadminName: "Sam Admin",
      sysadminTitle: "System Administrator",
      sysadminContact: "916-555-0101",
      recommendedAccounts: 5,
      invitationOn: new Date("2026-06-01T00:00:00Z"),
      identifiedById: director.id,
      ...fields,
    },
  });
}

/** An application with a countersigned MOU (ACTIVE) for `approvedAccounts` and the term given (yyyy-mm-dd). */
export function insertCountersigned(
  db: PrismaClient,
  organizationName: string,
  {
    approvedAccounts,
    termStartsOn,
    termEndsOn,
    countersignedAt = new Date(),
    ...fields
  }: {
    approvedAccounts: number;
    termStartsOn: string;
    termEndsOn: string;
    countersignedAt?: Date;
  } & Partial<ApplicationRow>,
) {
  return insertApplication(db, organizationName, {
    state: "ACTIVE",
    approvedAccounts,
    countersignedAt,
    termStartsOn: new Date(`${termStartsOn}T00:00:00Z`),
    termEndsOn: new Date(`${termEndsOn}T00:00:00Z`),
    ...fields,
  });
}
