import Link from "next/link";
import { formatDay } from "@/lib/format";
import { COMMITTEE_KIND_LABELS } from "@/components/governance/labels";
import { Badge, EmptyState } from "@/components/ui/card";
import { DataTable } from "@/components/ui/table";
import { MAX_MEMBERS } from "@/domain/workgroups/membership";
import type { WorkgroupRow } from "@/server/workgroups/queries";
import { ACTIVITY_STATUS } from "@/components/workgroups/labels";

export function WorkgroupTable({ workgroups }: { workgroups: WorkgroupRow[] }) {
  if (workgroups.length === 0) {
    return (
      <EmptyState title="No workgroups yet.">
        An ESC or TAB creates one for an assignment, with its scope, assumptions, communication expectations and schedule.
      </EmptyState>
    );
  }
  return (
    <DataTable caption="Workgroups" columns={["Workgroup", "Kind", "Created by", "Members", "Current activity", "Status"]}>
      {workgroups.map((workgroup) => (
        <tr key={workgroup.id}>
          <th scope="row" className="py-3 pr-4 font-medium">
            <Link href={`/workgroups/${workgroup.id}`}>{workgroup.committee.name}</Link>
          </th>
          <td className="py-3 pr-4">{COMMITTEE_KIND_LABELS[workgroup.committee.kind]}</td>
          <td className="py-3 pr-4">{workgroup.parentCommittee.name}</td>
          <td className="py-3 pr-4">
            {workgroup._count.members} of {MAX_MEMBERS}
          </td>
          <td className="py-3 pr-4">
            {workgroup.current ? (
              <>
                {workgroup.current.title}
                <span className="block text-slate-600">
                  {workgroup.current.status === "ACTIVE" ? `Due ${formatDay(workgroup.current.deadline)}` : ACTIVITY_STATUS[workgroup.current.status].label}
                  {workgroup.current.overdue ? " · past its deadline" : ""}
                </span>
              </>
            ) : (
              "—"
            )}
          </td>
          <td className="py-3">{workgroup.status === "ACTIVE" ? <Badge tone="green">Active</Badge> : <Badge>Dissolved</Badge>}</td>
        </tr>
      ))}
    </DataTable>
  );
}
