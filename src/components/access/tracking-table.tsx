import Link from "next/link";
import { Badge } from "@/components/ui/card";
import { ACCESS_STATE_LABELS, applicationNumber } from "@/domain/access/lifecycle";
import { KIND_LABELS, TRACKING_STEPS, type TrackingRow } from "@/domain/access/tracking";
import { formatDate, formatDay } from "@/lib/format";

/** The spreadsheet's rows: each step's day in California, blank (—) until it happens. */
export function TrackingTable({ rows, caption }: { rows: TrackingRow[]; caption: string }) {
  return (
    <div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="w-full text-left text-xs print:text-[8pt]">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-200 align-bottom text-slate-600">
            {["Application", "County", "Organization", "Kind", "State", ...TRACKING_STEPS.map((step) => step.label), "Office ID", "Term ends"].map((label) => (
              <th key={label} scope="col" className="px-2 py-2 font-medium">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="[&>tr]:border-b [&>tr]:border-slate-100">
          {rows.map((row) => (
            <tr key={row.id} className="align-top">
              <th scope="row" className="whitespace-nowrap px-2 py-1.5 font-medium">
                <Link href={`/access/applications/${row.id}`}>{applicationNumber(row.number)}</Link>
              </th>
              <td className="px-2 py-1.5">{row.county}</td>
              <td className="px-2 py-1.5">{row.organization}</td>
              <td className="px-2 py-1.5">{row.kind === "RENEWAL" ? <Badge tone="blue">{KIND_LABELS.RENEWAL}</Badge> : KIND_LABELS.INITIAL}</td>
              <td className="px-2 py-1.5">{ACCESS_STATE_LABELS[row.state]}</td>
              {TRACKING_STEPS.map((step) => (
                <td key={step.key} className="whitespace-nowrap px-2 py-1.5 tabular-nums">
                  {row[step.key] ? formatDate(row[step.key]) : <span className="text-slate-500">—</span>}
                </td>
              ))}
              <td className="px-2 py-1.5">{row.officeId ?? <span className="text-slate-500">—</span>}</td>
              <td className="whitespace-nowrap px-2 py-1.5 tabular-nums">
                {row.termEndsOn ? formatDay(row.termEndsOn) : <span className="text-slate-500">—</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
