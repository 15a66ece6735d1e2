import Link from "next/link";
import { Badge } from "@/components/ui/card";
import type { Clock } from "@/domain/access/clocks";
import { countOf, formatDate, formatDay } from "@/lib/format";
import type { QueueRow } from "@/server/access/queries";

const MARKERS = {
  late: { tone: "red", text: "Late", symbol: "!" },
  "due-soon": { tone: "amber", text: "Due soon", symbol: "◷" },
  running: { tone: "neutral", text: "On time", symbol: "" },
} as const;

/** How an open clock stands, in words: "Late by 3 working days", "Due today", "4 working days left". */
export function clockStanding(clock: Clock): string {
  const left = clock.workingDaysLeft;
  if (clock.status === "late") {
    // Past the limit on a weekend or holiday, no working day has gone by yet.
    return left < 0 ? `Late by ${countOf(-left, "working day")}` : `Late: the goal was ${formatDay(clock.limitOn)}`;
  }
  if (left === 0) return "Due today";
  return `${countOf(left, "working day")} left`;
}

/** The most urgent clock of process 4: a marker in words (never color alone), the due day, and how it stands. */
function UrgentClock({ clock, others, onRequestor }: { clock: Clock | null; others: number; onRequestor: boolean }) {
  if (!clock) {
    // Process 4: "Requestors may apply at any time … This process does not anticipate deadlines".
    return <span className="text-slate-600">{onRequestor ? "None: the Requestor's steps have no goal (process 4)" : "None running for this step"}</span>;
  }
  const marker = clock.status === "late" || clock.status === "due-soon" ? MARKERS[clock.status] : MARKERS.running;
  return (
    <div className="space-y-0.5">
      <p className="flex flex-wrap items-center gap-2">
        <Badge tone={marker.tone}>
          {marker.symbol ? (
            <span aria-hidden="true" className="mr-1 font-bold">
              {marker.symbol}
            </span>
          ) : null}
          {marker.text}
        </Badge>
        <span className="whitespace-nowrap tabular-nums">
          {clock.dueOn === clock.limitOn ? `Due ${formatDay(clock.dueOn)}` : `Goal ${formatDay(clock.dueOn)}, at the latest ${formatDay(clock.limitOn)}`}
        </span>
      </p>
      <p className={clock.status === "late" ? "font-semibold text-red-800" : "text-slate-700"}>{clockStanding(clock)}</p>
      <p className="text-xs text-slate-600">
        {clock.label}
        {others > 0 ? ` (and ${countOf(others, "other clock")} running)` : ""}
      </p>
    </div>
  );
}

const count = (value: number | null) => (value === null ? "—" : value.toLocaleString("en-US"));

/** The queue's rows, in the order given (the most urgent first). */
export function QueueTable({ rows, caption }: { rows: QueueRow[]; caption: string }) {
  return (
    <div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-200 align-bottom text-slate-600">
            {["Application", "Organization", "County", "Step", "Waiting on", "Most urgent clock (process 4)", "Accounts"].map((label) => (
              <th key={label} scope="col" className="px-2 py-2 font-medium">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="[&>tr]:border-b [&>tr]:border-slate-100 [&>tr:last-child]:border-0">
          {rows.map((row) => (
            <tr key={row.id} className="align-top">
              <th scope="row" className="whitespace-nowrap px-2 py-2 font-medium">
                <Link href={`/access/applications/${row.id}`}>{row.label}</Link>
              </th>
              <td className="px-2 py-2">{row.organization}</td>
              <td className="px-2 py-2">
                {row.county}
                {row.lcsa !== row.county ? <span className="block text-xs text-slate-600">{row.lcsa}</span> : null}
              </td>
              <td className="px-2 py-2">
                {row.stateLabel}
                <span className="block text-xs whitespace-nowrap text-slate-600">since {formatDate(row.since)}</span>
              </td>
              <td className="px-2 py-2">
                {row.waiting ? (
                  <>
                    <span className="font-medium">{row.waiting.onLabel}</span>
                    <span className="block text-xs text-slate-600">to {row.waiting.what}</span>
                  </>
                ) : (
                  <span className="text-slate-600">Nobody: nothing of the approval process is left</span>
                )}
              </td>
              <td className="min-w-64 px-2 py-2">
                <UrgentClock clock={row.urgent} others={row.open.length - (row.urgent ? 1 : 0)} onRequestor={row.waiting?.on === "REQUESTOR"} />
              </td>
              <td className="px-2 py-2">
                <dl className="grid grid-cols-[auto_auto] gap-x-2 text-xs whitespace-nowrap">
                  <dt className="text-slate-600">Recommended</dt>
                  <dd className="tabular-nums">{count(row.accounts.recommended)}</dd>
                  <dt className="text-slate-600">Requested</dt>
                  <dd className="tabular-nums">{count(row.accounts.requested)}</dd>
                  <dt className="text-slate-600">Approved</dt>
                  <dd className="tabular-nums">{count(row.accounts.approved)}</dd>
                </dl>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
