import "server-only";
import { defineSubject } from "@/lib/command";
import type { Tx } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { lockOrganization, type LockedOrganization } from "@/server/access/subjects";

/**
 * What belongs to an organization after approval, locked through the organization (its row
 * first, always): a user's account, an audit finding, a re-attestation. Two LCSA System
 * Administrators setting up accounts at once queue on the organization, so the second counts
 * what the first set up.
 */
export const organizationPaths = (organizationId: string) => [`/access/organizations/${organizationId}`, "/access/findings", "/access/attestation"];

export interface LockedAccount {
  organization: LockedOrganization;
  account: {
    id: string;
    applicationId: string;
    organizationId: string;
    userName: string;
    userEmail: string;
    trainedOn: Date;
    confidentialitySignedOn: Date;
    createdAt: Date | null;
    suspendedAt: Date | null;
    version: number;
  };
}

const ACCOUNT = {
  id: true,
  applicationId: true,
  organizationId: true,
  userName: true,
  userEmail: true,
  trainedOn: true,
  confidentialitySignedOn: true,
  createdAt: true,
  suspendedAt: true,
  version: true,
} as const;

export async function lockAccount(tx: Tx, accountId: string): Promise<LockedAccount> {
  const owner = await tx.accessAccount.findUnique({ where: { id: accountId }, select: { organizationId: true } });
  if (!owner) throw new NotFoundError("That user");
  const organization = await lockOrganization(tx, owner.organizationId);
  // Every write to an account holds its organization's lock, so this read is the account as it stands.
  const account = await tx.accessAccount.findUniqueOrThrow({ where: { id: accountId }, select: ACCOUNT });
  return { organization, account };
}

export const accountSubject = defineSubject({
  type: "AccessAccount",
  lock: (tx, id) => lockAccount(tx, id),
  idOf: ({ account }) => account.id,
  paths: ({ organization }) => organizationPaths(organization.id),
});

export interface LockedFinding {
  organization: LockedOrganization;
  finding: { id: string; finding: string; foundOn: Date; clearedAt: Date | null; version: number };
}

export async function lockFinding(tx: Tx, findingId: string): Promise<LockedFinding> {
  const owner = await tx.auditFinding.findUnique({ where: { id: findingId }, select: { organizationId: true } });
  if (!owner) throw new NotFoundError("That audit finding");
  const organization = await lockOrganization(tx, owner.organizationId);
  const finding = await tx.auditFinding.findUniqueOrThrow({
    where: { id: findingId },
    select: { id: true, finding: true, foundOn: true, clearedAt: true, version: true },
  });
  return { organization, finding };
}

export const findingSubject = defineSubject({
  type: "AuditFinding",
  lock: (tx, id) => lockFinding(tx, id),
  idOf: ({ finding }) => finding.id,
  paths: ({ organization }) => organizationPaths(organization.id),
});

/** The organization's MOU: its ACTIVE application (one at a time; a renewal supersedes the one it renews). */
export async function activeApplicationOf(tx: Tx, organizationId: string) {
  return tx.accessApplication.findFirst({
    where: { organizationId, state: "ACTIVE" },
    orderBy: { number: "desc" },
    select: {
      id: true,
      number: true,
      approvedAccounts: true,
      countersignedAt: true,
      termStartsOn: true,
      termEndsOn: true,
      officeId: true,
      renewalNoticeAt: true,
      renewal: { select: { id: true, number: true, state: true } },
    },
  });
}
