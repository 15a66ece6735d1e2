import "server-only";
import { REPRESENTATIVE_ROLES } from "@/domain/governance/election-eligibility";
import type { Role } from "@/domain/identity/roles";
import type { Tx } from "@/lib/db/client";

/** An election's own facts, for reading without a lock: what it is, where it stands, its schedule and its committee. */
export const ELECTION_SELECT = {
  id: true,
  kind: true,
  title: true,
  status: true,
  nominationsCloseAt: true,
  votingOpensAt: true,
  votingClosesAt: true,
  termStartsOn: true,
  committee: { select: { id: true, name: true, consortiumId: true } },
} as const;

/** The roles a person holds today as an LCSA's representative (Director or designee). */
export async function representativeRolesAt(tx: Tx, userId: string, lcsaId: string): Promise<Role[]> {
  const grants = await tx.roleAssignment.findMany({
    where: { userId, lcsaId, scopeType: "LCSA", revokedAt: null, role: { in: [...REPRESENTATIVE_ROLES] } },
    select: { role: true },
  });
  return grants.map((grant) => grant.role);
}

/** The Directors and designees of the LCSAs matched: the people an election's notices go to. */
export async function representativesOf(tx: Tx, lcsaWhere: { consortiumId: string; caseloadCategory?: { in: number[] } }): Promise<string[]> {
  const grants = await tx.roleAssignment.findMany({
    where: { revokedAt: null, scopeType: "LCSA", role: { in: [...REPRESENTATIVE_ROLES] }, lcsa: lcsaWhere },
    select: { userId: true },
  });
  return [...new Set(grants.map((grant) => grant.userId))];
}
