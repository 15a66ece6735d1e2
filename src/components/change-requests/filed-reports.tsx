import type { ReactNode } from "react";
import { EmptyState } from "@/components/ui/card";

export interface FiledReport {
  id: string;
  heading: string;
  /** Who filed it and when, and anything else said of it. */
  meta: ReactNode;
  body: string;
}

/** Reports as filed, newest first, each with an anchor a notification links to (#report-<id>). */
export function FiledReports({ reports, empty }: { reports: FiledReport[]; empty: string }) {
  return (
    <section aria-labelledby="filed" className="space-y-4 lg:col-span-2">
      <h2 id="filed">Filed reports</h2>
      {reports.length ? (
        reports.map((report) => (
          <article key={report.id} id={`report-${report.id}`} className="scroll-mt-6 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <h3 className="font-semibold">{report.heading}</h3>
            <p className="text-sm text-slate-600">{report.meta}</p>
            <div className="mt-3 text-sm whitespace-pre-wrap text-slate-800">{report.body}</div>
          </article>
        ))
      ) : (
        <EmptyState title={empty} />
      )}
    </section>
  );
}
