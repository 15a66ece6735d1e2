import type { ReactNode } from "react";

/** A form kept folded until wanted (adding a scenario, a defect, a known defect). */
export function Disclosure({ summary, open = false, children }: { summary: string; open?: boolean; children: ReactNode }) {
  return (
    <details className="rounded-md border border-slate-200 p-3" open={open}>
      <summary className="cursor-pointer text-sm font-medium text-brand-700">{summary}</summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}
