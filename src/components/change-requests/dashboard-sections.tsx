import Link from "next/link";
import { BarChart } from "@/components/change-requests/bar-chart";
import { CrItemList } from "@/components/change-requests/cr-item-list";
import { OverdueRules } from "@/components/change-requests/overdue-rules";
import { countOf, formatDateTime, formatDay, inSentence, plural } from "@/lib/format";
import { Card, EmptyState } from "@/components/ui/card";
import { GATE_LABELS, STATE_LABELS } from "@/domain/change-requests/lifecycle";
import { crName } from "@/domain/change-requests/labels";
import { ALERT_KIND_LABELS } from "@/domain/change-requests/cpl-work-schemas";
import { AGING_BUCKETS, OVERDUE_AFTER_DAYS, OVERDUE_REASON_LABELS, PARTY_LABELS } from "@/domain/change-requests/queue";
import type { Dashboard } from "@/server/change-requests/dashboard";

/** The dashboard's figures as cards and charts; the page decides the layout. */
const CONSORTIUM_COLORS = ["bg-brand-700", "bg-amber-500", "bg-emerald-600"];
const AGING_COLORS = ["bg-emerald-600", "bg-sky-600", "bg-amber-400", "bg-orange-600", "bg-red-800"];

const list = (params: Record<string, string>, consortium: string | null) =>
  `/change-requests?${new URLSearchParams({ ...params, ...(consortium ? { consortium } : {}) })}`;

export function Tiles({ figures, consortium }: { figures: Dashboard; consortium: string | null }) {
  const escVotes = figures.waitingOn.find((row) => row.party === "ESC")?.count ?? 0;
  const alerts = Object.values(figures.alertCounts).reduce((sum, n) => sum + n, 0);
  const escalations = Object.values(figures.openEscalations).reduce((sum, n) => sum + n, 0);
  const tiles = [
    { label: "Open change requests", value: figures.open, href: list({ state: "open" }, consortium) },
    { label: "Overdue", value: figures.overdue.total, href: list({ overdue: "yes", sort: "age" }, consortium), alarm: figures.overdue.total > 0 },
    { label: "Waiting for an ESC vote", value: escVotes, href: list({ waiting: "ESC" }, consortium) },
    { label: "Open alerts", value: alerts, href: "/dashboard/alerts", alarm: alerts > 0 },
    { label: "Open escalations", value: escalations, href: "/dashboard/escalations" },
    { label: `Gate decisions, last 30 days`, value: figures.decisionsTotal, href: "#recently-decided" },
  ];
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 xl:grid-cols-6">
      {tiles.map((tile) => (
        <li key={tile.label}>
          <Link
            href={tile.href}
            className="block h-full rounded-lg border border-slate-200 bg-white p-4 no-underline shadow-sm hover:border-brand-600 hover:no-underline"
          >
            <span className={`block text-3xl font-semibold tabular-nums ${tile.alarm ? "text-red-800" : "text-slate-900"}`}>{tile.value}</span>
            <span className="mt-1 block text-sm text-slate-700">{tile.label}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function StateChart({ figures, consortium }: { figures: Dashboard; consortium: string | null }) {
  const rows = figures.byState.filter((row) => row.total > 0);
  const busiest = [...rows].filter((row) => row.state !== "CLOSED").sort((a, b) => b.total - a.total)[0];
  return (
    <BarChart
      id="by-state"
      title="Where change requests are"
      summary={
        rows.length
          ? `${figures.total} change requests in all, ${figures.open} open${busiest ? `; the busiest open step is ${inSentence(STATE_LABELS[busiest.state])} (${busiest.total})` : ""}.`
          : "No change requests yet."
      }
      rowHeader="Step"
      series={figures.consortia.map((code, index) => ({ label: code, color: CONSORTIUM_COLORS[index % CONSORTIUM_COLORS.length]! }))}
      rows={rows.map((row) => ({
        label: STATE_LABELS[row.state],
        href: list({ state: row.state }, consortium),
        values: figures.consortia.map((code) => row.byConsortium[code] ?? 0),
      }))}
    />
  );
}

/** "the ESC vote", "the author (finishing the form)": a party as a sentence names it. */
function theParty(party: keyof typeof PARTY_LABELS): string {
  const words = inSentence(PARTY_LABELS[party]);
  return words.startsWith("the ") ? words : `the ${words}`;
}

export function WaitingChart({ figures, consortium }: { figures: Dashboard; consortium: string | null }) {
  const rows = figures.waitingOn.filter((row) => row.count > 0).sort((a, b) => b.count - a.count);
  return (
    <BarChart
      id="waiting-on"
      title="Waiting on whom"
      summary={rows[0] ? `Most open change requests wait on ${theParty(rows[0].party)} (${rows[0].count}).` : "Nothing is waiting on anyone."}
      rowHeader="Waiting on"
      series={[{ label: "Change requests", color: "bg-brand-700" }]}
      rows={rows.map((row) => ({ label: PARTY_LABELS[row.party], href: list({ waiting: row.party }, consortium), values: [row.count] }))}
    />
  );
}

export function AgingChart({ figures, consortium }: { figures: Dashboard; consortium: string | null }) {
  const oldest = [...figures.aging].sort((a, b) => (b.averageDays ?? 0) - (a.averageDays ?? 0))[0];
  return (
    <BarChart
      id="aging"
      title="Time in the current step"
      summary={
        oldest
          ? `Open change requests by how long they have been in their step; the longest average is ${inSentence(STATE_LABELS[oldest.state])}, ${oldest.averageDays} ${plural(oldest.averageDays ?? 0, "day")}.`
          : "No open change requests."
      }
      rowHeader="Step"
      series={AGING_BUCKETS.map((bucket, index) => ({ label: bucket.label, color: AGING_COLORS[index]! }))}
      rows={figures.aging.map((row) => ({
        label: STATE_LABELS[row.state],
        href: list({ state: row.state, sort: "age" }, consortium),
        values: row.buckets,
        extra: [row.averageDays ?? "—"],
      }))}
      extraHeaders={["Average days"]}
    />
  );
}

export function OverdueCard({ figures, consortium }: { figures: Dashboard; consortium: string | null }) {
  const { overdue } = figures;
  return (
    <Card title="Overdue" action={overdue.total ? <Link href={list({ overdue: "yes", sort: "age" }, consortium)}>All {overdue.total} overdue</Link> : null}>
      <p className="mb-3 text-sm text-slate-700">
        {overdue.tooLong} too long in one step · {overdue.vote} gate votes past their deadline · {overdue.reconsider} past their reconsider date
      </p>
      {overdue.items.length ? (
        <CrItemList
          items={overdue.items.map((item) => ({
            key: item.id,
            href: `/change-requests/${item.id}`,
            name: crName(item),
            details: `${item.consortium} · ${STATE_LABELS[item.state]} for ${countOf(item.daysInState, "day")}${item.reconsiderOn ? ` · reconsider on ${formatDay(item.reconsiderOn)}` : ""}`,
            flags: item.reasons.map((reason) => OVERDUE_REASON_LABELS[reason]),
          }))}
        />
      ) : (
        <EmptyState title="Nothing is overdue." />
      )}
      <OverdueRules limits={Object.entries(OVERDUE_AFTER_DAYS).map(([state, days]) => ({ step: STATE_LABELS[state as keyof typeof STATE_LABELS], days }))} />
    </Card>
  );
}

export function AlertsCard({ figures }: { figures: Dashboard }) {
  return (
    <Card title="Open alerts" action={<Link href="/dashboard/alerts">All alerts</Link>}>
      {figures.alerts.length ? (
        <CrItemList
          items={figures.alerts.map((alert) => ({
            key: alert.id,
            tag: ALERT_KIND_LABELS[alert.kind],
            href: alert.changeRequest ? `/change-requests/${alert.changeRequest.id}` : "/dashboard/alerts",
            name: alert.changeRequest ? `${alert.consortium.code} · ${crName(alert.changeRequest)}` : alert.consortium.code,
            details: alert.description,
            clamp: true,
            note: `Raised by ${alert.raisedBy.name}, ${formatDateTime(alert.raisedAt)}`,
          }))}
        />
      ) : (
        <EmptyState title="No open alerts." />
      )}
    </Card>
  );
}

export function DecisionsCard({ figures }: { figures: Dashboard }) {
  return (
    <Card title={<span id="recently-decided">Recently decided (last 30 days)</span>}>
      {figures.decisions.length ? (
        <CrItemList
          items={figures.decisions.map((decision) => ({
            key: decision.motionId,
            href: `/change-requests/${decision.id}`,
            name: crName(decision),
            details: `${decision.consortium} · ${GATE_LABELS[decision.gate]} · ${formatDateTime(decision.closedAt)} · now ${inSentence(STATE_LABELS[decision.state])}`,
            note: decision.explanation,
          }))}
        />
      ) : (
        <EmptyState title="No gate decisions in the last 30 days." />
      )}
    </Card>
  );
}

export function ReportsCard({ figures }: { figures: Dashboard }) {
  return (
    <Card title="Latest status reports" action={<Link href="/dashboard/status-reports">All status reports</Link>}>
      {figures.latestReports.length ? (
        <ul className="divide-y divide-slate-100 text-sm">
          {figures.latestReports.map((report) => (
            <li key={report.id} className="py-2">
              <Link href={`/dashboard/status-reports#report-${report.id}`} className="underline">
                {report.consortium}: period ending {formatDay(report.periodEnding)}
              </Link>
              <span className="text-slate-600"> · filed {formatDateTime(report.filedAt)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title="No status reports filed yet." />
      )}
    </Card>
  );
}
