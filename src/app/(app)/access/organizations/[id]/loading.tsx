/** While an organization's page loads: its sections' outline, announced to screen readers. */
export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="space-y-6">
      <p className="sr-only">Loading the organization…</p>
      <div className="h-8 w-72 animate-pulse rounded bg-slate-200" />
      {["mou", "accounts", "findings", "renewal"].map((section) => (
        <div key={section} className="h-32 animate-pulse rounded-lg border border-slate-200 bg-white" />
      ))}
    </div>
  );
}
