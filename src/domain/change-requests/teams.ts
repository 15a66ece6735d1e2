/**
 * Who may sit on a change request's teams. Plan 3.1.2, the impact analysis (IAP) team:
 * "Represents caseload stratification of consortium" and "One representative per LCSA".
 * Plan 3.1.5 item 4: "LCSA users will conduct UAT". The JAD team is chosen freely.
 */
import type { CrTeam } from "@/domain/change-requests/capacities";
import { plural } from "@/lib/format";

export interface TeamPick {
  userId: string;
  userName: string;
  lcsaId: string | null;
  lcsaName: string | null;
  caseloadCategory: number | null;
  /** The consortium of the LCSA the person represents. */
  consortiumId: string | null;
}

export const TEAM_LABELS: Record<CrTeam, string> = {
  IMPACT_ANALYSIS: "impact analysis team",
  JAD: "JAD team",
  UAT: "UAT testers",
};

/** At most this many on a team: a team is a working group, not a mailing list. */
export const MAX_TEAM_SIZE = 60;

/**
 * Why this team cannot be named, or an empty list. `categories` are the caseload
 * categories among the consortium's LCSAs, which the impact analysis team must span.
 */
export function teamProblems(team: CrTeam, picks: readonly TeamPick[], consortium: { id: string; categories: readonly number[] }): string[] {
  if (picks.length === 0) return [`Choose at least one person for the ${TEAM_LABELS[team]}.`];
  if (picks.length > MAX_TEAM_SIZE) return [`A team has at most ${MAX_TEAM_SIZE} people.`];
  const problems: string[] = [];

  const twice = duplicates(picks.map((pick) => pick.userId));
  for (const userId of twice) {
    const name = picks.find((pick) => pick.userId === userId)!.userName;
    problems.push(`${name} is chosen more than once; each person sits on the team once.`);
  }
  if (team === "JAD") return problems;

  const withoutLcsa = picks.filter((pick) => !pick.lcsaId);
  if (withoutLcsa.length) {
    problems.push(
      `${names(withoutLcsa)} ${plural(withoutLcsa.length, "does", "do")} not represent an LCSA; ${team === "UAT" ? "UAT testers come from LCSAs" : "the team has one representative per LCSA"}.`,
    );
  }
  const elsewhere = picks.filter((pick) => pick.lcsaId && pick.consortiumId !== consortium.id);
  if (elsewhere.length) problems.push(`${names(elsewhere)} ${plural(elsewhere.length, "represents", "represent")} an LCSA of the other consortium.`);
  if (team === "UAT") return problems;

  for (const lcsaId of duplicates(picks.flatMap((pick) => (pick.lcsaId ? [pick.lcsaId] : [])))) {
    const same = picks.filter((pick) => pick.lcsaId === lcsaId);
    problems.push(`One representative per LCSA: ${same[0]!.lcsaName} is represented by ${names(same)}.`);
  }
  const covered = new Set(picks.filter((pick) => pick.consortiumId === consortium.id).map((pick) => pick.caseloadCategory));
  const missing = [...new Set(consortium.categories)].sort((a, b) => a - b).filter((category) => !covered.has(category));
  if (missing.length) {
    problems.push(`The team must represent the consortium's caseload stratification: no one represents caseload category ${joinOr(missing.map(String))}.`);
  }
  return problems;
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const value of values) (seen.has(value) ? twice : seen).add(value);
  return [...twice];
}

function names(picks: readonly TeamPick[]): string {
  return joinAnd(picks.map((pick) => pick.userName));
}

export function joinAnd(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

function joinOr(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}
