import { DataTable } from "@/components/ui/table";
import { ATTENDANCE_LABELS, type AttendanceStatus } from "@/domain/meetings/attendance";

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
