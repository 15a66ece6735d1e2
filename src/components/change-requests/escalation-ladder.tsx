import { Badge } from "@/components/ui/card";
import { ESCALATION_LEVELS, LEVEL_LABELS, type EscalationLevel } from "@/domain/change-requests/escalation";

export function EscalationLevelBadge({ level }: { level: EscalationLevel }) {
  return <Badge tone={level === "CPL" ? "neutral" : level === "TSD_DEPUTY_DIRECTOR" ? "blue" : "red"}>{LEVEL_LABELS[level]}</Badge>;
}

/** The three levels of plan 5.1.1, with where the issue is now. */
export function EscalationLadder({ level, resolved }: { level: EscalationLevel; resolved: boolean }) {
  const at = ESCALATION_LEVELS.indexOf(level);
  return (
    <ol className="flex flex-col gap-2 sm:flex-row sm:items-stretch">
      {ESCALATION_LEVELS.map((step, index) => (
        <li
          key={step}
          aria-current={index === at ? "step" : undefined}
          className={`flex-1 rounded-md border px-3 py-2 text-sm ${index === at ? "border-brand-700 bg-brand-50 font-semibold text-brand-800" : index < at ? "border-slate-200 bg-slate-50 text-slate-700" : "border-dashed border-slate-300 text-slate-600"}`}
        >
          <span className="block text-xs font-normal">Level {index + 1}</span>
          {LEVEL_LABELS[step]}
          {index === at ? <span className="block text-xs font-normal">{resolved ? "Resolved here" : "With them now"}</span> : null}
        </li>
      ))}
    </ol>
  );
}
