import "server-only";
import type { CurrentUser } from "@/lib/context";
import { db } from "@/lib/db/client";

/**
 * What the new change request form offers: the consortia, with the user's own chosen when
 * their roles say which (a consortium role, an LCSA's, or a committee's).
 */
export async function newChangeRequestOptions(user: CurrentUser) {
  const consortia = await db.consortium.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true, name: true } });
  const scopes = user.grants.map((grant) => grant.scope);
  const direct = scopes.find((scope) => scope.consortiumId)?.consortiumId;
  const lcsaId = scopes.find((scope) => scope.lcsaId)?.lcsaId;
  const committeeId = scopes.find((scope) => scope.committeeId)?.committeeId;
  const viaLcsa = !direct && lcsaId ? (await db.lcsa.findUnique({ where: { id: lcsaId }, select: { consortiumId: true } }))?.consortiumId : undefined;
  const viaCommittee =
    !direct && !viaLcsa && committeeId
      ? (await db.committee.findUnique({ where: { id: committeeId }, select: { consortiumId: true } }))?.consortiumId
      : undefined;
  return { consortia, consortiumId: direct ?? viaLcsa ?? viaCommittee ?? null };
}
