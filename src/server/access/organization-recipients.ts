import "server-only";
import type { Role } from "@/domain/identity/roles";
import type { Tx } from "@/lib/db/client";

/**
 * Who is told what after approval: the active holders of a role, statewide (DCSS's roles), in
 * an LCSA (its System Administrator), or of an organization (the Requestor's contacts). Ids
 * only; notify() reads the addresses and leaves out disabled accounts.
 */
export async function roleHolders(tx: Tx, role: Role, scope: { lcsaId?: string; organizationId?: string } = {}): Promise<string[]> {
  const rows = await tx.roleAssignment.findMany({
    where: {
      role,
      revokedAt: null,
      user: { status: "ACTIVE" },
      ...(scope.lcsaId ? { lcsaId: scope.lcsaId } : {}),
      ...(scope.organizationId ? { organizationId: scope.organizationId } : {}),
    },
    select: { userId: true },
  });
  return [...new Set(rows.map((row) => row.userId))];
}

/** 6.8's "Requestor's Contact Person": every user holding REQUESTOR for the organization. */
export const requestorsOf = (tx: Tx, organizationId: string) => roleHolders(tx, "REQUESTOR", { organizationId });

/** 7.3's Administrator: the LCSA System Administrators of the organization's LCSA. */
export const systemAdministratorsOf = (tx: Tx, lcsaId: string) => roleHolders(tx, "LCSA_SYSTEM_ADMINISTRATOR", { lcsaId });
