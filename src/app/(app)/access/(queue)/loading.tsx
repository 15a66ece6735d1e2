/** While the queue loads: its heading's, filters' and table's outline below the section's links, announced to screen readers. */
export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <p className="sr-only">Loading the queue…</p>
      <div className="h-8 w-72 animate-pulse rounded bg-slate-200" />
      <div className="h-12 animate-pulse rounded bg-slate-100" />
      <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-5">
        {Array.from({ length: 8 }, (_, row) => (
          <div key={row} className="h-10 animate-pulse rounded bg-slate-100" />
        ))}
      </div>
    </div>
  );
}
