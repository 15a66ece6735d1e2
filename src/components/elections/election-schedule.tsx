import { formatDateTime, formatDay } from "@/lib/format";

interface ScheduleProps {
  nominationsCloseAt: Date;
  votingOpensAt: Date;
  votingClosesAt: Date;
  termStartsOn: Date;
  openedBy: string;
  certified: { at: Date; by: string } | null;
}

/** The election's dates, in California time. */
export function ElectionSchedule({ nominationsCloseAt, votingOpensAt, votingClosesAt, termStartsOn, openedBy, certified }: ScheduleProps) {
  const rows: [string, string][] = [
    ["Nominations close", formatDateTime(nominationsCloseAt)],
    ["Voting opens", formatDateTime(votingOpensAt)],
    ["Voting closes", formatDateTime(votingClosesAt)],
    ["Terms start", formatDay(termStartsOn)],
    ["Opened by", openedBy],
  ];
  if (certified) rows.push(["Certified", `${formatDateTime(certified.at)} by ${certified.by}`]);
  return (
    <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-medium text-slate-700">{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
