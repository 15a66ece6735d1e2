import "server-only";
import type { AccessState } from "@/domain/access/lifecycle";
import { moveRefusal, type AccessMove } from "@/domain/access/lifecycle";
import type { AccessResource } from "@/domain/access/permissions";
import { collectionSubject, defineSubject } from "@/lib/command";
import type { Tx } from "@/lib/db/client";
import { NotFoundError, UserError } from "@/lib/errors";

/** An application as every access command sees it, locked. */
export interface LockedApplication extends AccessResource {
  id: string;
  number: number;
  kind: "INITIAL" | "RENEWAL";
  countyId: string;
  state: AccessState;
  stateChangedAt: Date;
  requestorUserId: string | null;
  version: number;
}

/** The pages that show applications: the queue, the tracking spreadsheet, and the public matrix (which changes at a countersignature). */
export const ACCESS_LIST_PATHS = ["/access", "/access/tracking", "/matrix"] as const;

/**
 * Every command on an application, or on what belongs to it (its form, its reviews, its
 * accounts), locks the application's row first, so a decision, a withdrawal and a late
 * review answer never interleave, on any instance.
 */
export async function lockApplication(tx: Tx, applicationId: string): Promise<LockedApplication> {
  const [application] = await tx.$queryRaw<LockedApplication[]>`
    SELECT a.id, a.number, a.kind::text AS kind, a."organizationId", a."countyId", a."lcsaId", a.state::text AS state,
           a."stateChangedAt", a."requestorUserId", a.version
      FROM "AccessApplication" a WHERE a.id = ${applicationId} FOR UPDATE`;
  if (!application) throw new NotFoundError("That application");
  return application;
}

export const applicationSubject = defineSubject({
  type: "AccessApplication",
  lock: (tx, id) => lockApplication(tx, id),
  idOf: (application) => application.id,
  paths: (application) => [`/access/applications/${application.id}`, `/access/organizations/${application.organizationId}`, ...ACCESS_LIST_PATHS],
});

/** An organization, locked: its accounts, audit findings and survey answers belong to it. */
export interface LockedOrganization extends AccessResource {
  id: string;
  name: string;
  countyId: string;
}

export async function lockOrganization(tx: Tx, organizationId: string): Promise<LockedOrganization> {
  const [organization] = await tx.$queryRaw<LockedOrganization[]>`
    SELECT o.id, o.id AS "organizationId", o.name, o."countyId", o."lcsaId"
      FROM "ThirdPartyOrganization" o WHERE o.id = ${organizationId} FOR UPDATE`;
  if (!organization) throw new NotFoundError("That organization");
  return organization;
}

export const organizationSubject = defineSubject({
  type: "ThirdPartyOrganization",
  lock: (tx, id) => lockOrganization(tx, id),
  idOf: (organization) => organization.id,
  paths: (organization) => [`/access/organizations/${organization.id}`, ...ACCESS_LIST_PATHS],
});

/** New applications (an identification), the guide, the counties' conversions, campaigns: no one record to lock. */
export const accessCollectionSubject = collectionSubject("AccessApplication", [...ACCESS_LIST_PATHS, "/access/allocation-guide"]);

/** The move must fit the application's state (src/domain/access/lifecycle.ts); every command that moves it asks first. */
export function assertMove(application: { state: AccessState }, move: AccessMove): void {
  const reason = moveRefusal(move, application.state);
  if (reason) throw new UserError(reason);
}
