import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Principal } from "@/lib/permissions";
import type { Tx } from "@/lib/db/client";

/**
 * The SQL twin of src/domain/change-requests/visibility.ts over a change request aliased
 * `cr`: a draft (or a draft withdrawn before it was submitted) is seen by its author and
 * the CPLs of its consortium only.
 */
export const privateDraftSql = Prisma.sql`(cr.state = 'DRAFT'::"CrState" OR (cr.state = 'WITHDRAWN'::"CrState" AND cr."submittedAt" IS NULL))`;

/**
 * The consortia whose drafts this person may see as their Consortium Project Leader, as
 * capacities.ts counts one: a statewide grant, the consortium's, or an LCSA's of it.
 */
export async function draftConsortia(tx: Pick<Tx, "consortium" | "lcsa">, viewer: Principal): Promise<string[]> {
  const grants = viewer.grants.filter((grant) => grant.role === "CONSORTIUM_PROJECT_LEADER");
  if (!grants.length) return [];
  if (grants.some((grant) => grant.scope.type === "STATEWIDE")) return (await tx.consortium.findMany({ select: { id: true } })).map((c) => c.id);
  const ids = new Set(grants.flatMap((grant) => (grant.scope.type === "CONSORTIUM" && grant.scope.consortiumId ? [grant.scope.consortiumId] : [])));
  const lcsaIds = grants.flatMap((grant) => (grant.scope.type === "LCSA" && grant.scope.lcsaId ? [grant.scope.lcsaId] : []));
  if (lcsaIds.length) for (const lcsa of await tx.lcsa.findMany({ where: { id: { in: lcsaIds } }, select: { consortiumId: true } })) ids.add(lcsa.consortiumId);
  return [...ids];
}

/** `cr` is visible to the viewer: submitted, or their own draft, or a draft of a consortium they lead. */
export async function visibleToSql(tx: Pick<Tx, "consortium" | "lcsa">, viewer: Principal): Promise<Prisma.Sql> {
  const consortia = await draftConsortia(tx, viewer);
  return Prisma.sql`(NOT ${privateDraftSql} OR cr."authorId" = ${viewer.id} OR cr."consortiumId" = ANY(${consortia}::text[]))`;
}
