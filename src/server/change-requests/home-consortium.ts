import "server-only";
import type { CurrentUser } from "@/lib/context";
import { db } from "@/lib/db/client";

/**
 * The consortium a person works in, as their roles say it: a consortium's role (the CPL's,
 * the CTM's), else their LCSA's consortium, else the consortium of a committee they sit on
 * (an ESC, a TAB). Null for statewide roles and for people with none. Pages open on it: the
 * new change request form's consortium, the backlog ranking.
 */
export async function homeConsortiumId(user: CurrentUser): Promise<string | null> {
  const scopes = user.grants.map((grant) => grant.scope);
  const direct = scopes.find((scope) => scope.consortiumId)?.consortiumId;
  if (direct) return direct;
  const lcsaId = scopes.find((scope) => scope.lcsaId)?.lcsaId;
  const viaLcsa = lcsaId ? (await db.lcsa.findUnique({ where: { id: lcsaId }, select: { consortiumId: true } }))?.consortiumId : undefined;
  if (viaLcsa) return viaLcsa;
  const committeeIds = scopes.flatMap((scope) => (scope.committeeId ? [scope.committeeId] : []));
  if (!committeeIds.length) return null;
  const committee = await db.committee.findFirst({
    where: { id: { in: committeeIds }, consortiumId: { not: null } },
    orderBy: { kind: "asc" },
    select: { consortiumId: true },
  });
  return committee?.consortiumId ?? null;
}
