import "server-only";
import { scopeColumns, scopeProblem, SCOPE_TARGET, type Role, type Scope, type ScopeType } from "@/domain/identity/roles";
import type { Tx } from "@/lib/db/client";
import { UserError } from "@/lib/errors";

export interface ScopeInput {
  scopeType: ScopeType;
  consortiumId?: string | null;
  lcsaId?: string | null;
  committeeId?: string | null;
  organizationId?: string | null;
}

/** Keeps only the id that the scope type names, and checks that the target exists. */
export async function resolveScope(tx: Tx, role: Role, input: ScopeInput): Promise<Scope> {
  const target = SCOPE_TARGET[input.scopeType];
  const scope: Scope = { type: input.scopeType, consortiumId: null, lcsaId: null, committeeId: null, organizationId: null };
  if (target) scope[target] = input[target] ?? null;
  const problem = scopeProblem(role, scope);
  if (problem) throw new UserError(problem, { scopeType: [problem] });

  const exists = await targetExists(tx, scope);
  if (!exists) throw new UserError("The chosen scope no longer exists. Reload the page and choose again.");
  return scope;
}

async function targetExists(tx: Tx, scope: Scope): Promise<boolean> {
  switch (scope.type) {
    case "STATEWIDE":
      return true;
    case "CONSORTIUM":
      return (await tx.consortium.count({ where: { id: scope.consortiumId! } })) > 0;
    case "LCSA":
      return (await tx.lcsa.count({ where: { id: scope.lcsaId! } })) > 0;
    case "COMMITTEE":
      return (await tx.committee.count({ where: { id: scope.committeeId! } })) > 0;
    case "ORGANIZATION":
      return (await tx.thirdPartyOrganization.count({ where: { id: scope.organizationId! } })) > 0;
  }
}

/** Grants a role unless the user already holds it in the same scope. Returns the assignment id. */
export async function grantInTx(tx: Tx, userId: string, role: Role, scope: Scope, grantedById: string | null) {
  const columns = scopeColumns(scope);
  const existing = await tx.roleAssignment.findFirst({
    where: { userId, role, ...columns, revokedAt: null },
    select: { id: true },
  });
  if (existing) throw new UserError("This person already holds that role in that scope.");
  return tx.roleAssignment.create({
    data: { userId, role, ...columns, grantedById },
    select: { id: true, role: true, scopeType: true, consortiumId: true, lcsaId: true, committeeId: true, organizationId: true },
  });
}
