import type { ReactNode } from "react";

/** Label and value pairs, read-only; long texts keep their line breaks; empty ones say so. */
export function DetailList({ items }: { items: { label: string; value: ReactNode }[] }) {
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[minmax(10rem,14rem)_1fr]">
      {items.map((item) => (
        <div key={item.label} className="contents">
          <dt className="text-sm font-medium text-slate-600">{item.label}</dt>
          <dd className="text-sm whitespace-pre-wrap text-slate-900">
            {item.value === "" || item.value === null || item.value === undefined ? <span className="text-slate-600">Not given</span> : item.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A step of the change request, with an anchor and a line saying where it stands. */
export function StepSection({ id, title, status, children }: { id: string; title: string; status?: ReactNode; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${id}-title`}>{title}</h2>
        {status ? <div className="text-sm text-slate-600">{status}</div> : null}
      </div>
      <div className="space-y-6">{children}</div>
    </section>
  );
}

/** A part of a step (a team, the passes, the defects) under its own heading. */
export function SubSection({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <div className="space-y-3">
      <h3 className="text-base font-semibold text-slate-900">{title}</h3>
      {children}
    </div>
  );
}
