import type { Role } from "@/domain/identity/roles";

/**
 * Who may stand for a CASES ESC seat, who may put a name forward, and which LCSAs vote.
 *
 * Governance plan 2.8: "The six CASES ESC members will be elected for two-year terms, with
 * three members rotating/being elected each year." Glossary, "Voting Member": "Elected
 * Director (or designee) to ESC as a representative of a caseload category". 2.1: "The
 * CASES ESC is elected based on one (1) member from each of the six (6) designated caseload
 * size categories". So a candidate is the Director (or the Director's designee) of an LCSA
 * of the seat's caseload category, in the committee's consortium.
 */
export const REPRESENTATIVE_ROLES = ["LCSA_DIRECTOR", "LCSA_DIRECTOR_DESIGNEE"] as const satisfies readonly Role[];
export type RepresentativeRole = (typeof REPRESENTATIVE_ROLES)[number];

export interface LcsaFacts {
  id: string;
  name: string;
  consortiumId: string;
  caseloadCategory: number;
}

export interface SeatFacts {
  title: string;
  /** The caseload size category the seat represents; null for seats not elected by category. */
  caseloadCategory: number | null;
}

export interface CandidacyInput {
  candidateName: string;
  seat: SeatFacts;
  /** The consortium of the committee holding the election. */
  consortiumId: string;
  lcsa: LcsaFacts;
  /** The roles the candidate holds for this LCSA today. */
  rolesAtLcsa: readonly Role[];
}

/** Why this person cannot stand for this seat as this LCSA's representative, or null when they can. */
export function candidacyProblem({ candidateName, seat, consortiumId, lcsa, rolesAtLcsa }: CandidacyInput): string | null {
  if (seat.caseloadCategory === null) return `${seat.title} is not elected by caseload category, so it has no candidates.`;
  if (!rolesAtLcsa.some((role) => (REPRESENTATIVE_ROLES as readonly Role[]).includes(role))) {
    return `${candidateName} is not the Director, or the Director's designee, of the ${lcsa.name} LCSA, so cannot stand for it.`;
  }
  if (lcsa.consortiumId !== consortiumId) return `The ${lcsa.name} LCSA is not in this committee's consortium.`;
  if (lcsa.caseloadCategory !== seat.caseloadCategory) {
    return `The ${lcsa.name} LCSA is in caseload category ${lcsa.caseloadCategory}; ${seat.title} represents category ${seat.caseloadCategory}.`;
  }
  return null;
}

export interface NominatorFacts {
  actorId: string;
  candidateId: string;
  /** The actor is the Director of the LCSA the candidate would represent. */
  directsCandidateLcsa: boolean;
  /** The actor chairs the committee, or is an administrator. */
  chairs: boolean;
}

/**
 * Who may put a name forward: the candidate themself, the Director of the candidate's LCSA
 * (for a designee), or the committee's chair or an administrator.
 */
export function nominatorProblem({ actorId, candidateId, directsCandidateLcsa, chairs }: NominatorFacts): string | null {
  if (actorId === candidateId || directsCandidateLcsa || chairs) return null;
  return "You may nominate yourself, someone of the LCSA you direct, or, as the committee's chair, anyone eligible.";
}

/** Who may withdraw a nomination: anyone who could have made it, and whoever made it. */
export function withdrawerProblem(facts: NominatorFacts & { nominatedById: string }): string | null {
  if (facts.actorId === facts.nominatedById || nominatorProblem(facts) === null) return null;
  return "Only the candidate, whoever nominated them, their LCSA's Director or the committee's chair can withdraw this nomination.";
}

export type Electorate = "CATEGORY" | "CONSORTIUM";

/**
 * Whether an LCSA votes for a seat: by default the LCSAs of the seat's caseload category
 * (each category elects its own representative); set to CONSORTIUM, every LCSA of the
 * consortium votes. Product rule: the plan says the CASES ESC "is elected based on one (1)
 * member from each of the six (6) designated caseload size categories" (2.1), not who votes,
 * so the electorate is a setting.
 */
export function votesFor(electorate: Electorate, seatCategory: number, consortiumId: string, lcsa: Omit<LcsaFacts, "id" | "name">): boolean {
  if (lcsa.consortiumId !== consortiumId) return false;
  return electorate === "CONSORTIUM" || lcsa.caseloadCategory === seatCategory;
}

/** The LCSAs that vote for a seat, by name. */
export function electorateOf<T extends LcsaFacts>(electorate: Electorate, seatCategory: number, consortiumId: string, lcsas: readonly T[]): T[] {
  return lcsas.filter((lcsa) => votesFor(electorate, seatCategory, consortiumId, lcsa)).sort((a, b) => a.name.localeCompare(b.name));
}

/** Why this LCSA does not vote for the seat, for the refusal a voter sees. */
export function electorateProblem(electorate: Electorate, seatCategory: number, consortiumId: string, lcsa: Omit<LcsaFacts, "id">): string | null {
  if (votesFor(electorate, seatCategory, consortiumId, lcsa)) return null;
  if (lcsa.consortiumId !== consortiumId) return `The ${lcsa.name} LCSA is not in this committee's consortium, so it does not vote in this election.`;
  return `Only LCSAs in caseload category ${seatCategory} vote for this seat; the ${lcsa.name} LCSA is in category ${lcsa.caseloadCategory}.`;
}

interface GrantLike {
  role: Role;
  scope: { type: string; lcsaId?: string | null };
}

/** The LCSAs a user speaks for in an election: those whose Director or Director's designee they are. */
export function representedLcsaIds(grants: readonly GrantLike[]): string[] {
  const ids = grants.flatMap((grant) =>
    (REPRESENTATIVE_ROLES as readonly Role[]).includes(grant.role) && grant.scope.type === "LCSA" && grant.scope.lcsaId ? [grant.scope.lcsaId] : [],
  );
  return [...new Set(ids)];
}
