import "server-only";
import type { Role } from "@/domain/identity/roles";
import type { Tx } from "@/lib/db/client";

/**
 * The people who hold a role now (not revoked, account not disabled), for the notices the
 * process sends: statewide roles across the state, an LCSA's roles for that LCSA, a Requestor
 * for its organization. Ids only: notify() reads their addresses.
 */
export async function holdersOf(tx: Tx, role: Role, scope: { lcsaId?: string; organizationId?: string } = {}): Promise<string[]> {
  const holders = await tx.user.findMany({
    where: { status: { not: "DISABLED" }, roles: { some: { role, revokedAt: null, ...scope } } },
    select: { id: true },
  });
  return holders.map((holder) => holder.id);
}

/** The organization's Requestors (its contacts, section 1.5). */
export function requestorsOf(tx: Tx, organizationId: string): Promise<string[]> {
  return holdersOf(tx, "REQUESTOR", { organizationId });
}

/** The LCSA's System Administrators (section 1.5, 7.1, 7.3). */
export function systemAdministratorsOf(tx: Tx, lcsaId: string): Promise<string[]> {
  return holdersOf(tx, "LCSA_SYSTEM_ADMINISTRATOR", { lcsaId });
}
