import "server-only";
import { californiaDay } from "@/domain/calendar/california-day";
import { roleLabel } from "@/domain/identity/roles";
import type { MembershipCandidate } from "@/domain/workgroups/membership";
import type { Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";

/**
 * Who can represent an LCSA on a workgroup: an active user who works for it, that is, who
 * holds a role scoped to that LCSA (Director, Director's designee, coordinator, tester, …)
 * or today holds a committee seat on its behalf (e.g. a Director's designee on the ESC).
 */
function affiliations(today: Date, lcsa: Prisma.LcsaWhereInput) {
  return {
    roles: { where: { revokedAt: null, lcsaId: { not: null }, lcsa }, select: { role: true, lcsa: { select: LCSA } } },
    terms: {
      where: { lcsaId: { not: null }, lcsa, startsOn: { lte: today }, OR: [{ endsOn: null }, { endsOn: { gte: today } }] },
      select: { seat: { select: { committee: { select: { name: true } } } }, lcsa: { select: LCSA } },
    },
  } satisfies Prisma.UserSelect;
}

const LCSA = { id: true, name: true, caseloadCategory: true, consortium: { select: { code: true } } } as const;

export interface CandidateOption {
  /** The picker's value: "userId:lcsaId". */
  value: string;
  name: string;
  lcsaName: string;
  category: number;
  /** What ties them to the LCSA, e.g. "LCSA Director". */
  role: string;
}

/** Everyone who could represent an LCSA of the consortium, by category, LCSA and name. */
export async function memberCandidates(consortiumId: string, now = new Date()): Promise<CandidateOption[]> {
  const lcsa = { consortiumId };
  const affiliation = affiliations(californiaDay(now), lcsa);
  const users = await db.user.findMany({
    where: { status: "ACTIVE", OR: [{ roles: { some: affiliation.roles.where } }, { terms: { some: affiliation.terms.where } }] },
    select: { id: true, name: true, ...affiliation },
  });
  const options = new Map<string, CandidateOption>();
  for (const user of users) {
    const ties = [
      ...user.roles.map((grant) => ({ lcsa: grant.lcsa!, role: roleLabel(grant.role) })),
      ...user.terms.map((term) => ({ lcsa: term.lcsa!, role: `Seat on the ${term.seat.committee.name}` })),
    ];
    for (const tie of ties) {
      const value = `${user.id}:${tie.lcsa.id}`;
      if (!options.has(value)) options.set(value, { value, name: user.name, lcsaName: tie.lcsa.name, category: tie.lcsa.caseloadCategory, role: tie.role });
    }
  }
  return [...options.values()].sort((a, b) => a.category - b.category || a.lcsaName.localeCompare(b.lcsaName) || a.name.localeCompare(b.name));
}

/**
 * One person as a candidate for one LCSA, with what the membership rules need to know.
 * One query at a time: a transaction has one connection.
 */
export async function loadCandidate(tx: Tx, userId: string, lcsaId: string, now: Date): Promise<MembershipCandidate> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, name: true, status: true } });
  if (!user) throw new NotFoundError("That person");
  const lcsa = await tx.lcsa.findUnique({ where: { id: lcsaId }, select: LCSA });
  if (!lcsa) throw new NotFoundError("That LCSA");
  const { roles, terms } = affiliations(californiaDay(now), { id: lcsaId });
  const worksForLcsa =
    (await tx.roleAssignment.count({ where: { ...roles.where, userId } })) + (await tx.term.count({ where: { ...terms.where, userId } })) > 0;
  return {
    userId: user.id,
    name: user.name,
    active: user.status === "ACTIVE",
    lcsaId: lcsa.id,
    lcsaName: lcsa.name,
    worksForLcsa,
    consortiumCode: lcsa.consortium.code,
    category: lcsa.caseloadCategory,
  };
}
