import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { DataTable } from "@/components/ui/table";
import { COMMITTEE_KIND_LABELS } from "@/components/governance/labels";
import { requirePermission } from "@/server/session";
import { listCommittees } from "@/server/governance/committees";
import { governancePermissions } from "@/domain/governance/permissions";

export const metadata: Metadata = { title: "Committees" };

export default async function CommitteesPage() {
  await requirePermission(governancePermissions.read);
  const committees = await listCommittees();
  return (
    <>
      <PageHeader
        title="Committees"
        description="The Executive Steering Committees decide; the Technical Advisory Boards advise; the CCSAS Change Control Board rules on changes that touch another component."
      />
      <Card>
        {committees.length === 0 ? (
          <EmptyState title="No committees yet." />
        ) : (
          <DataTable caption="Committees" columns={["Committee", "Kind", "Seats", "Vacancies"]}>
            {committees.map((committee) => (
              <tr key={committee.id}>
                <th scope="row" className="py-3 pr-4 font-medium">
                  <Link href={`/committees/${committee.id}`}>{committee.name}</Link>
                </th>
                <td className="py-3 pr-4">{COMMITTEE_KIND_LABELS[committee.kind]}</td>
                <td className="py-3 pr-4">{committee.seats ? `${committee.seats} (${committee.votingSeats} voting)` : "Members by role"}</td>
                <td className="py-3">{committee.vacancies ? <Badge tone="amber">{committee.vacancies} vacant</Badge> : committee.seats ? "None" : "—"}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </Card>
    </>
  );
}
