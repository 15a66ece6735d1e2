/** While an application's page loads: its outline, announced to screen readers. */
export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="space-y-6">
      <p className="sr-only">Loading the application…</p>
      <div className="h-8 w-72 animate-pulse rounded bg-slate-200" />
      <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-5">
        {Array.from({ length: 10 }, (_, index) => (
          <div key={index} className="h-20 animate-pulse rounded-md border border-slate-200 bg-white" />
        ))}
      </div>
      {["status", "clocks", "step"].map((section) => (
        <div key={section} className="h-32 animate-pulse rounded-lg border border-slate-200 bg-white" />
      ))}
    </div>
  );
}
