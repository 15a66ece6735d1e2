"use client";

import { useState, type ReactNode } from "react";

/**
 * A form kept folded until wanted (naming a team, adding a scenario, a defect). `open` only
 * sets how it starts: once someone has opened it, a save that changes the page (a team now
 * named) leaves it open, so its confirmation stays in view.
 */
export function Disclosure({ summary, open = false, children }: { summary: string; open?: boolean; children: ReactNode }) {
  const [isOpen, setOpen] = useState(open);
  return (
    <details className="rounded-md border border-slate-200 p-3" open={isOpen} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer text-sm font-medium text-brand-700">{summary}</summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}
