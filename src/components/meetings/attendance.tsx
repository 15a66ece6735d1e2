import { Badge } from "@/components/ui/card";
import { DataTable } from "@/components/ui/table";
import { ATTENDANCE_LABELS, type AttendanceStatus, type MeetingQuorum } from "@/domain/meetings/attendance";
import { countOf } from "@/lib/format";

export interface AttendanceRow {
  userId: string;
  name: string;
  seat: string;
  record: { status: AttendanceStatus; designee: { name: string; email: string } | null } | null;
}

export function attendanceText(row: AttendanceRow): string {
  if (!row.record) return "Not recorded";
  return row.record.designee ? `Represented by ${row.record.designee.name}` : ATTENDANCE_LABELS[row.record.status];
}

/** Each seat holder on the meeting day: present, absent, or represented by a designee. */
export function AttendanceTable({ rows }: { rows: AttendanceRow[] }) {
  if (rows.length === 0) return <p className="text-sm text-slate-700">Nobody held a seat on this committee on the meeting day.</p>;
  return (
    <DataTable caption="Attendance" columns={["Member", "Attendance"]}>
      {rows.map((row) => (
        <tr key={row.userId}>
          <th scope="row" className="py-2 pr-4 font-medium">
            {row.name}
            <div className="text-xs font-normal text-slate-600">{row.seat}</div>
          </th>
          <td className="py-2">{attendanceText(row)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

/** "5 of 7 voting members present; quorum is 4.": designees count for the members they represent. */
export function quorumText(quorum: MeetingQuorum): string {
  return `${quorum.present} of ${countOf(quorum.voting, "voting member")} present or represented; quorum is ${quorum.quorum}.`;
}

/** Once saved: the count against the quorum, then who is where, in a few lines. */
export function AttendanceSummary({ rows, quorum }: { rows: AttendanceRow[]; quorum: MeetingQuorum }) {
  const groups = [
    { label: "Present", names: rows.filter((row) => row.record?.status === "PRESENT").map((row) => row.name) },
    {
      label: "Represented",
      names: rows.flatMap((row) => (row.record?.status === "DESIGNEE" ? [`${row.name} (by ${row.record.designee?.name ?? "a designee"})`] : [])),
    },
    { label: "Absent", names: rows.filter((row) => row.record?.status === "ABSENT").map((row) => row.name) },
    { label: "Not recorded", names: rows.filter((row) => !row.record).map((row) => row.name) },
  ].filter((group) => group.names.length);
  return (
    <div className="space-y-2 text-sm">
      <p className="font-medium">
        {quorumText(quorum)} <Badge tone={quorum.met ? "green" : "amber"}>{quorum.met ? "Quorum present" : "No quorum present"}</Badge>
      </p>
      <dl className="grid gap-1 sm:grid-cols-[max-content_1fr] sm:gap-x-3">
        {groups.map((group) => (
          <div key={group.label} className="contents">
            <dt className="font-medium text-slate-700">{group.label}</dt>
            <dd className="text-slate-800">{group.names.join(", ")}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
