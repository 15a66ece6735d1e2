import type { Metadata } from "next";
import { ImportForm } from "@/components/change-requests/import-form";
import { Card, PageHeader } from "@/components/ui/card";
import { IMPORT_COLUMNS, IMPORT_MAX_ROWS, NOT_IMPORTABLE, REQUIRED_COLUMNS } from "@/domain/change-requests/import-row";
import { STATE_LABELS } from "@/domain/change-requests/lifecycle";
import { requirePermission } from "@/server/session";
import { importCsvAction } from "@/app/(app)/change-requests/import/actions";
import { changeRequestPermissions } from "@/domain/change-requests/permissions";

export const metadata: Metadata = { title: "Import change requests" };

export default async function ImportPage() {
  await requirePermission(changeRequestPermissions.import);
  return (
    <>
      <PageHeader
        back={{ href: "/change-requests", label: "Change requests" }}
        title="Import change requests"
        description="Bring in change or service requests that already exist elsewhere. Every row is checked first; nothing is imported unless every row is right."
      />
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <ImportForm action={importCsvAction} />
        </Card>
        <Card title="The columns">
          <ul className="space-y-1 text-sm">
            {IMPORT_COLUMNS.map((column) => (
              <li key={column}>
                <code className="rounded bg-slate-100 px-1">{column}</code>
                {REQUIRED_COLUMNS.includes(column) ? " (required)" : ""}
              </li>
            ))}
          </ul>
          <ul className="mt-4 list-disc space-y-1 pl-5 text-sm text-slate-700">
            <li>external_ref is the number in the old system. It is kept, and a request with the same number is never imported twice.</li>
            <li>consortium is ARS or CASES; you can import only for a consortium you lead.</li>
            <li>kind is enhancement, emergency fix or defect; state is a step such as “Impact analysis” (empty means Draft).</li>
            <li>
              A request cannot arrive in the middle of a vote ({NOT_IMPORTABLE.map((state) => STATE_LABELS[state]).join("; ")}): import it at the step before
              and submit it here.
            </li>
            <li>A deferred request needs reconsider_on (YYYY-MM-DD).</li>
            <li>benefits: certification, CCSAS, performance, productivity, separated by semicolons.</li>
            <li>At most {IMPORT_MAX_ROWS.toLocaleString("en-US")} rows a file.</li>
          </ul>
        </Card>
      </div>
    </>
  );
}
