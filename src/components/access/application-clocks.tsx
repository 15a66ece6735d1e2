import type { Clock, ClockStatus } from "@/domain/access/clocks";
import { roleLabel } from "@/domain/identity/roles";
import { countOf, formatDay } from "@/lib/format";

/** Each status in words; late is red text and says so, never color alone. */
const STATUS: Record<ClockStatus, { word: string; className: string }> = {
  running: { word: "Running", className: "text-slate-800" },
  "due-soon": { word: "Due soon", className: "font-semibold text-amber-900" },
  late: { word: "Late", className: "font-semibold text-red-700" },
  met: { word: "Met", className: "text-green-800" },
  missed: { word: "Done late", className: "text-red-700" },
};

function standing(clock: Clock): string {
  if (clock.completedOn) return `Done on ${formatDay(clock.completedOn)}, after ${countOf(clock.workingDaysUsed, "working day")}.`;
  if (clock.workingDaysLeft < 0) return `Late by ${countOf(-clock.workingDaysLeft, "working day")}: it was due by ${formatDay(clock.limitOn)}.`;
  if (clock.workingDaysLeft === 0) return `Due today, ${formatDay(clock.limitOn)}.`;
  return `Due by ${formatDay(clock.limitOn)}: ${countOf(clock.workingDaysLeft, "working day")} left.`;
}

/**
 * The goals of Third Party Access Process section 4 that have started for this application: what
 * is owed, by whom, the day it is due (working days, California's holidays) and whether it is late.
 */
export function ApplicationClocks({ clocks }: { clocks: readonly Clock[] }) {
  if (!clocks.length) return <p className="text-sm text-slate-700">No goal of section 4 has started yet.</p>;
  return (
    <ul className="divide-y divide-slate-200 text-sm">
      {clocks.map((clock) => {
        const status = STATUS[clock.status];
        return (
          <li key={clock.key} className="flex flex-col gap-1 py-2 sm:flex-row sm:items-baseline sm:gap-4">
            <p className={`w-24 shrink-0 ${status.className}`}>{status.word}</p>
            <div className="min-w-0">
              <p className="text-slate-900">
                {clock.label} <span className="text-slate-600">({roleLabel(clock.owedBy)})</span>
              </p>
              <p className={clock.status === "late" || clock.status === "missed" ? "text-red-700" : "text-slate-700"}>
                Started {formatDay(clock.startedOn)}. {standing(clock)}
              </p>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
