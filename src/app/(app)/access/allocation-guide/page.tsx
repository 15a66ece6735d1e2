import type { Metadata } from "next";
import Link from "next/link";
import { GuideRevisionForm } from "@/components/access/guide-revision-form";
import { GuideTable } from "@/components/access/guide-table";
import { PrintButton } from "@/components/meetings/print-button";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Select } from "@/components/ui/field";
import { DataTable } from "@/components/ui/table";
import { guideVersionParam } from "@/domain/access/guide-schemas";
import { accessPermissions } from "@/domain/access/permissions";
import { formatDate, formatDateTime } from "@/lib/format";
import { can } from "@/lib/permissions";
import { guideVersion, guideVersions } from "@/server/access/guide-view";
import { requireUser } from "@/server/session";
import { reviseGuideAction } from "@/app/(app)/access/allocation-guide/actions";

export const metadata: Metadata = { title: "User Account Allocation Guide" };

/**
 * Third Party Access Process 1.6 (the guide, as published: version 1) and 9 (the Process Owner
 * updates it after the survey). The guide is part of the published process (1.3: on the DCSS
 * Public Website), so every signed-in person may read every version; only the Process Owner publishes.
 */
export default async function AllocationGuidePage({ searchParams }: { searchParams: Promise<{ version?: string | string[] }> }) {
  const user = await requireUser();
  const asked = guideVersionParam((await searchParams).version);
  const versions = await guideVersions();
  const latest = versions[0]?.number ?? null;
  const version = await guideVersion(asked, latest);
  const owner = can(user, accessPermissions.ownProcess);

  return (
    <>
      <PageHeader
        title="User Account Allocation Guide"
        description="How many CSE user accounts DCSS reserves for third-party organizations in each county (Third Party Access Process 1.6). It is a guideline: the Process Owner may approve more with a justification."
        actions={<PrintButton />}
      />
      {versions.length > 0 ? (
        <form method="get" className="no-print mb-6 flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="version" className="block text-sm font-medium text-slate-800">
              Version
            </label>
            <Select id="version" name="version" fit defaultValue={String(version?.number ?? latest)}>
              {versions.map((entry) => (
                <option key={entry.number} value={entry.number}>
                  Version {entry.number}, {formatDate(entry.publishedAt)}
                  {entry.number === latest ? " (in force)" : ""}
                </option>
              ))}
            </Select>
          </div>
          <Button type="submit" variant="secondary">
            Show
          </Button>
        </form>
      ) : null}
      {!version ? (
        asked !== null && latest !== null ? (
          <Alert tone="warning" title={`There is no version ${asked} of the guide.`}>
            <Link href="/access/allocation-guide">Show the version in force</Link>
          </Alert>
        ) : (
          <EmptyState title="No guide has been loaded yet.">The guide as the process document publishes it is loaded with the reference data.</EmptyState>
        )
      ) : (
        <div className="space-y-6">
          {!version.current ? (
            <Alert tone="info" title={`You are reading version ${version.number}, which is no longer in force.`}>
              <Link href="/access/allocation-guide">Version {latest} is in force.</Link>
            </Alert>
          ) : null}
          <Card
            title={
              <span className="flex flex-wrap items-center gap-2">
                Version {version.number}
                {version.current ? <Badge tone="green">In force</Badge> : <Badge>Superseded</Badge>}
              </span>
            }
          >
            <p className="mb-1 text-sm text-slate-700">
              Published {formatDateTime(version.publishedAt)}
              {version.publishedBy ? ` by ${version.publishedBy}` : ""}.
            </p>
            {version.note ? <p className="mb-4 text-sm text-slate-700">Note: {version.note}</p> : null}
            <GuideTable rows={version.rows} totals={version.totals} caption={`User Account Allocation Guide, version ${version.number}`} />
          </Card>
          {owner && version.current ? (
            <Card id="publish" title={`Publish version ${version.number + 1}`} className="no-print">
              <GuideRevisionForm version={{ number: version.number, rows: version.rows }} labels={version.labels} action={reviseGuideAction} />
            </Card>
          ) : null}
          <Card title="All versions" className="no-print">
            <DataTable caption="Every version of the guide" columns={["Version", "Published", "By", "Note"]}>
              {versions.map((entry) => (
                <tr key={entry.number} className="align-top">
                  <th scope="row" className="py-2 pr-4 font-medium">
                    <Link href={`/access/allocation-guide?version=${entry.number}`} aria-current={entry.number === version.number ? "page" : undefined}>
                      Version {entry.number}
                    </Link>
                  </th>
                  <td className="py-2 pr-4">{formatDateTime(entry.publishedAt)}</td>
                  <td className="py-2 pr-4">{entry.publishedBy ?? "From the process document"}</td>
                  <td className="py-2">{entry.note}</td>
                </tr>
              ))}
            </DataTable>
          </Card>
        </div>
      )}
    </>
  );
}
