import type { StepStatus, TrackedStep } from "@/domain/access/steps";
import { formatDateTime } from "@/lib/format";

/** Each status in words as well as in its mark, so it never rests on color alone. */
const STATUS: Record<StepStatus, { word: string; mark: string; className: string }> = {
  done: { word: "Done", mark: "✓", className: "border-green-700 bg-green-700 text-white" },
  current: { word: "Now", mark: "●", className: "border-brand-700 bg-white text-brand-700" },
  upcoming: { word: "To come", mark: "", className: "border-slate-400 bg-white text-slate-500" },
  "not-reached": { word: "Not reached", mark: "–", className: "border-slate-300 bg-slate-100 text-slate-500" },
};

/**
 * Where the application stands (Third Party Access Process 6.2 to 7.2): every step in the
 * procedure's order, done (its day and time in California, and who did it), now (whose step it
 * is), to come, or not reached after a rejection or a withdrawal. Each step links to its section.
 */
export function StepTracker({ steps }: { steps: readonly TrackedStep[] }) {
  return (
    <ol aria-label="Steps of the application" className="grid gap-2 sm:grid-cols-2 lg:grid-cols-5">
      {steps.map((step) => {
        const status = STATUS[step.status];
        return (
          <li
            key={step.key}
            aria-current={step.status === "current" ? "step" : undefined}
            className={`flex gap-3 rounded-md border p-3 text-sm ${step.status === "current" ? "border-brand-600 bg-brand-50" : "border-slate-200 bg-white"}`}
          >
            <span
              aria-hidden="true"
              className={`mt-0.5 flex h-6 w-6 shrink-0 items-center justify-center rounded-full border-2 text-xs font-bold ${status.className}`}
            >
              {status.mark}
            </span>
            <div className="min-w-0">
              <p className="font-medium text-slate-900">
                <a href={`#${step.key}`} className="text-slate-900">
                  {step.label}
                </a>
              </p>
              <p className="text-slate-700">
                <span className="font-semibold">{status.word}</span>
                {step.status === "done" ? `: ${formatDateTime(step.at)}` : ""}
              </p>
              <p className="text-slate-600">
                {step.status === "done" ? `By ${step.by}` : `For ${step.by}`} · {step.section}
              </p>
              {step.note ? <p className="text-slate-600">{step.note}</p> : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
