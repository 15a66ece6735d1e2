import Link from "next/link";

/** One line on a committee's page: the workgroups an ESC or TAB created, or a workgroup's own page. */
export function WorkgroupsLink({ committee }: { committee: { id: string; kind: string } }) {
  if (!["ESC", "TAB", "STANDING_WORKGROUP", "AD_HOC_WORKGROUP"].includes(committee.kind)) return null;
  const own = committee.kind !== "ESC" && committee.kind !== "TAB";
  return (
    <p className="mb-4 text-sm">
      <Link href={`/workgroups?committee=${committee.id}`}>
        {own ? "This is a workgroup: its charter, members and activities →" : "Workgroups created by this committee →"}
      </Link>
    </p>
  );
}
