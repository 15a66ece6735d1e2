/** Governance plan 2.4: "the scope of work, assumptions, communication expectations, and schedule for completion". */
export function Charter({ scope, assumptions, communication, schedule }: { scope: string; assumptions: string; communication: string; schedule: string }) {
  const entries = [
    ["Scope of work", scope],
    ["Assumptions", assumptions],
    ["Communication expectations", communication],
    ["Schedule for completion", schedule],
  ];
  return (
    <dl className="grid gap-4 md:grid-cols-2">
      {entries.map(([term, detail]) => (
        <div key={term}>
          <dt className="text-sm font-medium text-slate-600">{term}</dt>
          <dd className="mt-1 whitespace-pre-line">{detail}</dd>
        </div>
      ))}
    </dl>
  );
}
