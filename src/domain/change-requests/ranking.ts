/**
 * The ESC's order of the approved backlog. Governance plan 3: "Only the highest priority
 * Change Requests (CR) will be considered ... All other CRs will be considered by the ESC
 * based on the following competing priorities: ASC certification/CCSAS implementation;
 * Program performance improvement; Significant worker productivity increase."
 *
 * The backlog is a consortium's enhancements that the ESC has let past the concept vote and
 * that are not finished: emergency fixes and defects are worked at once without the ESC
 * (plan 3), and a deferred change request waits for its reconsider date.
 */
import { CR_STATES, type CrState } from "@/domain/change-requests/lifecycle";
import type { Benefit } from "@/domain/change-requests/readiness";

export const BACKLOG_STATES: readonly CrState[] = CR_STATES.slice(CR_STATES.indexOf("IMPACT_ANALYSIS"), CR_STATES.indexOf("RELEASE") + 1);

/** The three criteria, in the plan's order, and which initiation-form benefits meet each. */
export const PRIORITY_CRITERIA = [
  { key: "CERTIFICATION_CCSAS", label: "ASC certification / CCSAS implementation", benefits: ["CERTIFICATION", "CCSAS"] },
  { key: "PROGRAM_PERFORMANCE", label: "Program performance improvement", benefits: ["PERFORMANCE"] },
  { key: "WORKER_PRODUCTIVITY", label: "Significant worker productivity increase", benefits: ["PRODUCTIVITY"] },
] as const satisfies readonly { key: string; label: string; benefits: readonly Benefit[] }[];
export type CriterionKey = (typeof PRIORITY_CRITERIA)[number]["key"];

export function criteriaMet(benefits: readonly string[]): CriterionKey[] {
  return PRIORITY_CRITERIA.filter((criterion) => criterion.benefits.some((benefit) => benefits.includes(benefit))).map((criterion) => criterion.key);
}

export interface BacklogItem {
  id: string;
  number: number;
  priorityRank: number | null;
  benefits: readonly string[];
}

/** Ranked items in rank order, then the unranked by number (oldest first). */
export function backlogOrder<T extends BacklogItem>(items: readonly T[]): { ranked: T[]; unranked: T[] } {
  const ranked = items.filter((item) => item.priorityRank !== null).sort((a, b) => a.priorityRank! - b.priorityRank! || a.number - b.number);
  const unranked = items.filter((item) => item.priorityRank === null).sort((a, b) => a.number - b.number);
  return { ranked, unranked };
}

export const RANK_MOVES = ["up", "down", "top", "bottom", "add", "remove"] as const;
export type RankMove = (typeof RANK_MOVES)[number];

/**
 * The ranked ids after one move. `add` puts an unranked item last; `remove` takes an item
 * out of the ranking. Refuses moves that make no sense for the item's place.
 */
export function applyRankMove(ranked: readonly string[], id: string, move: RankMove): { ok: true; ranked: string[] } | { ok: false; reason: string } {
  const index = ranked.indexOf(id);
  const next = [...ranked];
  if (move === "add") {
    if (index !== -1) return { ok: false, reason: "It is already ranked." };
    return { ok: true, ranked: [...next, id] };
  }
  if (index === -1) return { ok: false, reason: "It is not in the ranking; add it first." };
  next.splice(index, 1);
  switch (move) {
    case "remove":
      return { ok: true, ranked: next };
    case "up":
      if (index === 0) return { ok: false, reason: "It is already first." };
      next.splice(index - 1, 0, id);
      return { ok: true, ranked: next };
    case "down":
      if (index === ranked.length - 1) return { ok: false, reason: "It is already last." };
      next.splice(index + 1, 0, id);
      return { ok: true, ranked: next };
    case "top":
      return { ok: true, ranked: [id, ...next] };
    case "bottom":
      return { ok: true, ranked: [...next, id] };
  }
}

/**
 * A starting order from the criteria alone: first what serves certification or CCSAS, then
 * performance, then productivity, then the rest; within each, the current rank, then the
 * oldest. The ESC then adjusts it by hand.
 */
export function suggestedOrder<T extends BacklogItem>(items: readonly T[]): T[] {
  const firstCriterion = (item: T) => {
    const met = criteriaMet(item.benefits);
    return met.length ? PRIORITY_CRITERIA.findIndex((criterion) => criterion.key === met[0]) : PRIORITY_CRITERIA.length;
  };
  return [...items].sort((a, b) => firstCriterion(a) - firstCriterion(b) || (a.priorityRank ?? Infinity) - (b.priorityRank ?? Infinity) || a.number - b.number);
}
