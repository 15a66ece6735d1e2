/**
 * Plan 3.1.4: "the JAD team prepares an Executive Overview that compares the Impact
 * Analysis scope, approach, and estimates with the revised estimates based on the detailed
 * solution description, schedule and costs."
 */
import { plural } from "@/lib/format";
export interface EstimateRow {
  label: string;
  unit: "hours" | "weeks" | "dollars";
  impactAnalysis: number | null;
  revised: number | null;
  /** revised − impact analysis; null when either is missing. */
  difference: number | null;
  /** The difference as a share of the impact analysis estimate, rounded; null when it cannot be computed. */
  percent: number | null;
}

interface Estimates {
  effortHours: number | null;
  elapsedWeeks: number | null;
  cost: number | null;
}

export function executiveOverview(impactAnalysis: Estimates | null, revised: Estimates | null): EstimateRow[] {
  const row = (label: string, unit: EstimateRow["unit"], key: keyof Estimates): EstimateRow => {
    const before = impactAnalysis?.[key] ?? null;
    const after = revised?.[key] ?? null;
    const difference = before !== null && after !== null ? round2(after - before) : null;
    const percent = difference !== null && before ? Math.round((difference / before) * 100) : null;
    return { label, unit, impactAnalysis: before, revised: after, difference, percent };
  };
  return [row("Effort", "hours", "effortHours"), row("Elapsed time", "weeks", "elapsedWeeks"), row("Cost", "dollars", "cost")];
}

/** One line of the overview in words: the impact analysis's scope or approach beside the JAD team's revision. */
export interface NarrativeRow {
  label: "Scope" | "Approach";
  impactAnalysis: string | null;
  revised: string | null;
}

/**
 * The impact analysis's scope is the change request's own (its initiation form's "Short
 * Description of Scope", plan 3.1.1, which the analysis took as its subject), and its
 * approach the package's recommended solution (plan 3.1.2); the revised ones are the JAD team's.
 */
export function overviewNarrative(impactAnalysis: { scope: string; approach: string }, revised: { scope: string; approach: string } | null): NarrativeRow[] {
  const text = (value: string | undefined) => (value && value.trim() ? value : null);
  return [
    { label: "Scope", impactAnalysis: text(impactAnalysis.scope), revised: text(revised?.scope) },
    { label: "Approach", impactAnalysis: text(impactAnalysis.approach), revised: text(revised?.approach) },
  ];
}

const round2 = (value: number) => Math.round(value * 100) / 100;

const DOLLARS = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });
const NUMBER = new Intl.NumberFormat("en-US");

/** "$12,000", "450 hours", "+50 hours (+12%)". */
export function formatEstimate(value: number | null, unit: EstimateRow["unit"], signed = false): string {
  if (value === null) return "—";
  const sign = signed && value > 0 ? "+" : signed && value < 0 ? "−" : "";
  const magnitude = signed ? Math.abs(value) : value;
  if (unit === "dollars") return `${sign}${DOLLARS.format(magnitude)}`;
  return `${sign}${NUMBER.format(magnitude)} ${plural(magnitude, unit === "hours" ? "hour" : "week")}`;
}
