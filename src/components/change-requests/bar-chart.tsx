import Link from "next/link";

/**
 * A horizontal bar chart drawn on the server in plain HTML and CSS: no client script, so it
 * renders with the page and prints. The bars are a picture for sighted readers (hidden from
 * assistive technology); the same figures follow as a table, with links, for everyone.
 */
export interface ChartRow {
  label: string;
  href?: string;
  values: number[];
  /** Extra cells for the table only, e.g. an average. */
  extra?: (string | number)[];
}

interface BarChartProps {
  id: string;
  title: string;
  /** One sentence that says what the chart shows, for everyone. */
  summary: string;
  rowHeader: string;
  series: { label: string; color: string }[];
  rows: ChartRow[];
  extraHeaders?: string[];
}

export function BarChart({ id, title, summary, rowHeader, series, rows, extraHeaders = [] }: BarChartProps) {
  const totals = rows.map((row) => row.values.reduce((sum, n) => sum + n, 0));
  const max = Math.max(1, ...totals);
  return (
    <figure aria-labelledby={`${id}-title`} className="space-y-3">
      <figcaption>
        <h3 id={`${id}-title`} className="font-semibold">
          {title}
        </h3>
        <p className="text-sm text-slate-600">{summary}</p>
      </figcaption>
      {series.length > 1 ? (
        <ul aria-hidden="true" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
          {series.map((item) => (
            <li key={item.label} className="inline-flex items-center gap-1.5">
              <span className={`inline-block size-3 rounded-sm ${item.color}`} />
              {item.label}
            </li>
          ))}
        </ul>
      ) : null}
      <div aria-hidden="true" className="space-y-1.5">
        {rows.map((row, index) => (
          <div key={row.label} className="grid grid-cols-[minmax(7rem,11rem)_1fr_3rem] items-center gap-2 text-xs">
            <span className="truncate text-slate-700" title={row.label}>
              {row.label}
            </span>
            <span className="flex h-4 overflow-hidden rounded-sm bg-slate-100">
              {row.values.map((value, part) =>
                value ? <span key={part} className={`${series[part]?.color ?? "bg-slate-500"} h-full border-r border-white last:border-r-0`} style={{ width: `${(value / max) * 100}%` }} /> : null,
              )}
            </span>
            <span className="text-right font-medium tabular-nums text-slate-800">{totals[index]}</span>
          </div>
        ))}
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-brand-700">Show the figures as a table</summary>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr className="border-b border-slate-200 text-slate-600">
                <th scope="col" className="py-1 pr-3 font-medium">
                  {rowHeader}
                </th>
                {series.length > 1
                  ? series.map((item) => (
                      <th key={item.label} scope="col" className="py-1 pr-3 text-right font-medium">
                        {item.label}
                      </th>
                    ))
                  : null}
                <th scope="col" className="py-1 pr-3 text-right font-medium">
                  Total
                </th>
                {extraHeaders.map((header) => (
                  <th key={header} scope="col" className="py-1 pr-3 text-right font-medium">
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={row.label} className="border-b border-slate-100 last:border-0">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    {row.href ? <Link href={row.href}>{row.label}</Link> : row.label}
                  </th>
                  {series.length > 1
                    ? row.values.map((value, part) => (
                        <td key={part} className="py-1 pr-3 text-right tabular-nums">
                          {value}
                        </td>
                      ))
                    : null}
                  <td className="py-1 pr-3 text-right font-medium tabular-nums">{totals[index]}</td>
                  {(row.extra ?? []).map((cell, cellIndex) => (
                    <td key={cellIndex} className="py-1 pr-3 text-right tabular-nums">
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
