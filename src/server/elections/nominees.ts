import "server-only";
import { REPRESENTATIVE_ROLES } from "@/domain/governance/election-eligibility";
import type { CurrentUser } from "@/lib/context";
import { db } from "@/lib/db/client";
import { can } from "@/lib/permissions";
import { electionPermissions } from "@/domain/governance/permissions";

/**
 * Whom `viewer` may nominate for a seat: the Directors and designees of the LCSAs of its
 * category in the consortium who are not already candidates, narrowed to the viewer
 * themself and the people of the LCSA they direct, unless they chair the committee.
 * The same rules are enforced again when the nomination is made.
 */
export async function nominees(
  viewer: CurrentUser,
  seat: { consortiumId: string; category: number; committeeId: string; taken: readonly { candidateId: string; withdrawnAt: Date | null }[] },
) {
  const chairs = can(viewer, electionPermissions.manage, { committeeId: seat.committeeId });
  const directed = viewer.grants.flatMap((grant) =>
    grant.role === "LCSA_DIRECTOR" && grant.scope.type === "LCSA" && grant.scope.lcsaId ? [grant.scope.lcsaId] : [],
  );
  const grants = await db.roleAssignment.findMany({
    where: {
      revokedAt: null,
      scopeType: "LCSA",
      role: { in: [...REPRESENTATIVE_ROLES] },
      user: { status: "ACTIVE" },
      lcsa: { consortiumId: seat.consortiumId, caseloadCategory: seat.category },
      ...(chairs ? {} : { OR: [{ userId: viewer.id }, { lcsaId: { in: directed } }] }),
    },
    orderBy: [{ lcsa: { name: "asc" } }, { user: { name: "asc" } }],
    select: { role: true, userId: true, lcsaId: true, user: { select: { name: true } }, lcsa: { select: { name: true } } },
  });
  const standing = new Set(seat.taken.filter((nomination) => !nomination.withdrawnAt).map((nomination) => nomination.candidateId));
  const options = new Map<string, string>();
  for (const grant of grants) {
    if (standing.has(grant.userId) || !grant.lcsaId || !grant.lcsa) continue;
    const role = grant.role === "LCSA_DIRECTOR" ? "Director" : "Director's designee";
    options.set(`${grant.userId}:${grant.lcsaId}`, `${grant.user.name} (${role}, ${grant.lcsa.name} LCSA)`);
  }
  return [...options].map(([value, label]) => ({ value, label }));
}
