import { countOf, plural } from "@/lib/format";
/**
 * Who may sit on a workgroup. Governance plan 2.4 (Ad Hoc Workgroups):
 *
 *   "Ad Hoc Workgroups have no more than seven members but must be representative of the
 *    caseload size stratification of the consortium. In the CASES consortium, Ad Hoc
 *    Workgroups will generally only have one representative per LCSA per workgroup."
 *
 * and 1.5: an Ad Hoc Workgroup is "a small team of subject matter experts (SME),
 * representing the caseload size stratification". The rules apply to every workgroup,
 * standing or ad hoc: at most seven members spanning the caseload categories; and, in the
 * CASES consortium only, one per LCSA (ARS has three LCSAs: its workgroups may seat several
 * people from one). "Generally" is read as the rule, with no exception the product grants.
 *
 * Product rule: "spanning" is read as balanced filling: a category may take another member
 * only when no other category of the consortium has fewer. So every category is represented
 * before any has two, and with seven places and CASES's six categories a full workgroup
 * covers all six.
 * The rule can be checked at each addition (a workgroup is built one person at a time) and
 * also works for ARS, whose three LCSAs share one category. A removal is always allowed
 * (people leave); the next additions must then fill the gap.
 */
export const MAX_MEMBERS = 7;

/** Governance plan 2.4: "In the CASES consortium, Ad Hoc Workgroups will generally only have one representative per LCSA". */
export const ONE_PER_LCSA_CONSORTIUM = "CASES";

export interface SeatedMember {
  userId: string;
  name: string;
  lcsaId: string;
  lcsaName: string;
  category: number;
}

export interface MembershipCandidate {
  userId: string;
  name: string;
  /** ACTIVE accounts only may join. */
  active: boolean;
  lcsaId: string;
  lcsaName: string;
  /** The candidate works for this LCSA (an LCSA-scoped role, or a seat held for it). */
  worksForLcsa: boolean;
  consortiumCode: string;
  category: number;
}

export interface WorkgroupForMembership {
  dissolved: boolean;
  consortiumCode: string;
  /** The caseload categories of the consortium's LCSAs (CASES: 1 to 6; ARS: one). */
  consortiumCategories: readonly number[];
  members: readonly SeatedMember[];
}

/** Why this person cannot join, in plain words, or null when they can. */
export function membershipRefusal(workgroup: WorkgroupForMembership, candidate: MembershipCandidate): string | null {
  if (workgroup.dissolved) return DISSOLVED;
  if (!candidate.active) return `${candidate.name}'s account is not active, so they cannot join a workgroup.`;
  if (workgroup.members.some((member) => member.userId === candidate.userId)) return `${candidate.name} is already a member of this workgroup.`;
  if (candidate.consortiumCode !== workgroup.consortiumCode) {
    return `${candidate.lcsaName} LCSA belongs to the ${candidate.consortiumCode} consortium; this workgroup represents ${workgroup.consortiumCode}.`;
  }
  if (!candidate.worksForLcsa) return `${candidate.name} holds no role at ${candidate.lcsaName} LCSA, so they cannot represent it.`;
  if (workgroup.members.length >= MAX_MEMBERS) {
    return `This workgroup already has ${MAX_MEMBERS} members, the most allowed ("no more than seven members", Governance plan 2.4). Remove someone first.`;
  }
  const sameLcsa = workgroup.consortiumCode === ONE_PER_LCSA_CONSORTIUM && workgroup.members.find((member) => member.lcsaId === candidate.lcsaId);
  if (sameLcsa) {
    return `${candidate.lcsaName} LCSA is already represented by ${sameLcsa.name}. In the CASES consortium a workgroup has one representative per LCSA (Governance plan 2.4).`;
  }
  return spanningRefusal(workgroup, candidate);
}

export const DISSOLVED = "This workgroup has been dissolved; it can no longer be changed.";

function spanningRefusal(workgroup: WorkgroupForMembership, candidate: MembershipCandidate): string | null {
  const counts = representation(workgroup.consortiumCategories, workgroup.members);
  const fewest = Math.min(...counts.map((entry) => entry.members.length));
  const mine = counts.find((entry) => entry.category === candidate.category)?.members.length ?? 0;
  if (mine <= fewest) return null;
  const behind = counts.filter((entry) => entry.members.length === fewest).map((entry) => entry.category);
  const others = `${plural(behind.length, "category", "categories")} ${list(behind, "and")} ${plural(behind.length, "has", "have")} ${fewest === 0 ? "nobody" : count(fewest)}`;
  return (
    `Caseload category ${candidate.category} already has ${count(mine)} while ${others}. ` +
    `A workgroup must span the caseload size categories ("representative of the caseload size stratification of the consortium", Governance plan 2.4), ` +
    `so add someone from category ${list(behind, "or")} first.`
  );
}

export interface CategoryRepresentation {
  category: number;
  members: SeatedMember[];
}

/** Each category of the consortium (and any a member brings) with its members, in order. */
export function representation(consortiumCategories: readonly number[], members: readonly SeatedMember[]): CategoryRepresentation[] {
  const categories = [...new Set([...consortiumCategories, ...members.map((member) => member.category)])].sort((a, b) => a - b);
  return categories.map((category) => ({ category, members: members.filter((member) => member.category === category) }));
}

/** The categories nobody represents yet. */
export function missingCategories(consortiumCategories: readonly number[], members: readonly SeatedMember[]): number[] {
  return representation(consortiumCategories, members)
    .filter((entry) => entry.members.length === 0)
    .map((entry) => entry.category);
}

/** "1, 2 and 5" / "1, 2 or 5". */
export function list(values: readonly (number | string)[], conjunction: "and" | "or"): string {
  if (values.length <= 1) return values.join("");
  return `${values.slice(0, -1).join(", ")} ${conjunction} ${values.at(-1)}`;
}

function count(members: number): string {
  return countOf(members, "member");
}
