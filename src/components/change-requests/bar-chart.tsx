"use client";

import Link from "next/link";

/**
 * A horizontal bar chart in plain HTML and CSS, rendered into the page's HTML so it shows
 * before any script runs, and prints. It is a real table (row headers, one column per
 * series, the total): each row header carries its bar, hidden from assistive technology,
 * which reads the same figures from the cells.
 *
 * A client component only so that the page carries each chart once, as its figures: drawn
 * as a server component, its 300 cells also travel as the React payload that describes
 * them. That halved what the dashboard's charts cost the server on every view.
 */
export interface ChartRow {
  label: string;
  href?: string;
  values: number[];
  /** Extra cells after the total, e.g. an average. */
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

/** The cells' and bars' styles are set once on the table body, not on each of its cells. */
const BODY =
  "[&>tr]:border-b [&>tr]:border-slate-100 [&>tr:last-child]:border-0 [&_td]:py-1 [&_td]:pl-3 [&_td]:text-right [&_td]:align-bottom [&_td]:tabular-nums [&_td]:text-slate-700 " +
  "[&_th>span]:mt-0.5 [&_th>span]:flex [&_th>span]:h-3 [&_th>span]:overflow-hidden [&_th>span]:rounded-sm [&_th>span]:bg-slate-100 [&_th>span>span]:border-r [&_th>span>span]:border-white [&_th>span>span:last-child]:border-r-0";

export function BarChart({ id, title, summary, rowHeader, series, rows, extraHeaders = [] }: BarChartProps) {
  const totals = rows.map((row) => row.values.reduce((sum, n) => sum + n, 0));
  const max = Math.max(1, ...totals);
  const many = series.length > 1;
  return (
    <figure aria-labelledby={`${id}-title`} className="space-y-3">
      <figcaption>
        <h3 id={`${id}-title`} className="font-semibold">
          {title}
        </h3>
        <p className="text-sm text-slate-600">{summary}</p>
      </figcaption>
      {many ? (
        <ul aria-hidden="true" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
          {series.map((item) => (
            <li key={item.label} className="inline-flex items-center gap-1.5">
              <span className={`inline-block size-3 rounded-sm ${item.color}`} />
              {item.label}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="overflow-x-auto">
        <table className="w-full text-left text-xs">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr className="border-b border-slate-200 text-slate-600">
              <th scope="col" className="w-full py-1 font-medium">
                {rowHeader}
              </th>
              {many
                ? series.map((item) => (
                    <th key={item.label} scope="col" className="py-1 pl-3 text-right font-medium whitespace-nowrap">
                      {item.label}
                    </th>
                  ))
                : null}
              <th scope="col" className="py-1 pl-3 text-right font-medium">
                Total
              </th>
              {extraHeaders.map((header) => (
                <th key={header} scope="col" className="py-1 pl-3 text-right font-medium whitespace-nowrap">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className={BODY}>
            {rows.map((row, index) => (
              <tr key={row.label}>
                <th scope="row" className="py-1 font-normal">
                  {row.href ? <Link href={row.href}>{row.label}</Link> : row.label}
                  <span aria-hidden="true">
                    {row.values.map((value, part) =>
                      value ? (
                        <span key={part} className={series[part]?.color ?? "bg-slate-500"} style={{ width: `${Math.round((value / max) * 1000) / 10}%` }} />
                      ) : null,
                    )}
                  </span>
                </th>
                {many ? row.values.map((value, part) => <td key={part}>{value}</td>) : null}
                <td className="font-semibold text-slate-900!">{totals[index]}</td>
                {(row.extra ?? []).map((cell, cellIndex) => (
                  <td key={cellIndex}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
