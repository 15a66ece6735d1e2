"use client";

import { countOf } from "@/lib/format";

/**
 * How the dashboard counts a change request as overdue, folded away under the list. A
 * client component because it is fixed text: the page then carries it as HTML only, not
 * also as the React payload describing it.
 */
export function OverdueRules({ limits }: { limits: { step: string; days: number }[] }) {
  return (
    <details className="mt-4 text-sm">
      <summary className="cursor-pointer font-medium text-brand-700">How overdue is counted</summary>
      <div className="mt-2 space-y-2 text-slate-700">
        <p>An open change request is overdue when any of these is true:</p>
        <ul className="list-disc pl-5">
          <li>a gate vote (ESC or CCB) is still open after its deadline;</li>
          <li>it was deferred and its reconsider date has passed;</li>
          <li>it has been in one step longer than that step&apos;s limit. The ESC meets at least monthly, so votes and reviews allow about five weeks:</li>
        </ul>
        <table className="text-left">
          <caption className="sr-only">Days allowed in each step</caption>
          <tbody>
            {limits.map(({ step, days }) => (
              <tr key={step}>
                <th scope="row" className="pr-4 font-normal">
                  {step}
                </th>
                <td className="tabular-nums">{countOf(days, "day")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
