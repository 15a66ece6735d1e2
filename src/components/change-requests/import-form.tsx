"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { importFormSchema } from "@/domain/change-requests/import-row";
import type { ActionResult } from "@/lib/action";
import { fieldsOf } from "@/lib/form-fields";
import { countOf, plural } from "@/lib/format";
import type { ImportState } from "@/server/change-requests/csv-import";

const field = fieldsOf(importFormSchema);

/** What the form shows: the step reached, or why the action refused (the field's own message first). */
function stateOf(result: ActionResult<ImportState> | null): ImportState | null {
  if (!result) return null;
  if (result.ok) return result.data;
  const fieldError = Object.values(result.fieldErrors ?? {})[0]?.[0];
  return { stage: "error", error: fieldError ?? result.error };
}

/**
 * Upload → preview with every row's problems → import. The import button appears only when
 * every row passed; it sends back the text that was checked, and the server checks it again.
 */
export function ImportForm({ action }: { action: (state: ActionResult<ImportState> | null, data: FormData) => Promise<ActionResult<ImportState>> }) {
  const [result, formAction, pending] = useActionState(action, null);
  const state = stateOf(result);
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (result) outcome.current?.focus();
  }, [result]);
  const preview = state?.stage === "preview" ? state : null;
  const problems = preview ? preview.preview.rows.filter((row) => row.errors.length).length : 0;

  return (
    <div className="space-y-6">
      <form action={formAction} className="space-y-3">
        <div className="space-y-1">
          <label htmlFor="import-file" className="block text-sm font-medium text-slate-800">
            CSV file
          </label>
          <p id="import-file-hint" className="text-sm text-slate-600">
            One change request per row, with a header row. Start from{" "}
            <a href="/change-requests/import/template" download className="underline">
              the template
            </a>
            .
          </p>
          <input
            id="import-file"
            name={field.file}
            type="file"
            accept=".csv,text/csv"
            aria-describedby="import-file-hint"
            className="block text-sm file:mr-3 file:min-h-10 file:rounded-md file:border-0 file:bg-slate-100 file:px-4 file:text-sm file:font-medium"
          />
        </div>
        <Button type="submit" name={field.intent} value="preview" variant={preview?.preview.clean ? "secondary" : "primary"} disabled={pending}>
          {pending ? "Checking…" : "Check the file"}
        </Button>
      </form>

      <div ref={outcome} tabIndex={-1} className="space-y-4 outline-none">
        {state?.stage === "error" ? <Alert tone="error">{state.error}</Alert> : null}
        {state?.stage === "imported" ? (
          <Alert tone="success" title={`Imported ${countOf(state.imported, "change request")}.`}>
            <Link href="/change-requests?sort=number" className="underline">
              See them in the list
            </Link>
            .
          </Alert>
        ) : null}
        {preview ? (
          <>
            {preview.error ? <Alert tone="error">{preview.error}</Alert> : null}
            {preview.preview.fileErrors.length ? (
              <Alert tone="error" title={`${preview.fileName} cannot be imported as it is. Nothing was imported.`}>
                <ul className="list-disc pl-5">
                  {preview.preview.fileErrors.map((error) => (
                    <li key={error}>{error}</li>
                  ))}
                </ul>
              </Alert>
            ) : preview.preview.clean ? (
              <Alert
                tone="success"
                title={plural(
                  preview.preview.rows.length,
                  `The one row of ${preview.fileName} is ready to import.`,
                  `All ${preview.preview.rows.length} rows of ${preview.fileName} are ready to import.`,
                )}
              >
                Check the rows below, then import them.
              </Alert>
            ) : (
              <Alert
                tone="error"
                title={`${problems} of ${countOf(preview.preview.rows.length, "row")} ${plural(problems, "has", "have")} problems. Nothing was imported.`}
              >
                Nothing is imported until every row is right. Correct the file and check it again.
              </Alert>
            )}
            {preview.preview.rows.length ? <PreviewTable rows={preview.preview.rows} /> : null}
            {preview.preview.clean ? (
              <form action={formAction}>
                <input type="hidden" name={field.csv} value={preview.csv} />
                <input type="hidden" name={field.fileName} value={preview.fileName} />
                <Button type="submit" name={field.intent} value="import" disabled={pending}>
                  {pending ? "Importing…" : `Import ${countOf(preview.preview.rows.length, "change request")}`}
                </Button>
              </form>
            ) : null}
          </>
        ) : null}
      </div>
    </div>
  );
}

function PreviewTable({ rows }: { rows: Extract<ImportState, { stage: "preview" }>["preview"]["rows"] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Every row of the file and its problems</caption>
        <thead>
          <tr className="border-b border-slate-200 text-slate-600">
            {["Line", "External ref", "Title", "Consortium", "Step", "Problems"].map((column) => (
              <th key={column} scope="col" className="py-2 pr-4 font-medium">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line} className={`border-b border-slate-100 align-top ${row.errors.length ? "bg-red-50" : ""}`}>
              <th scope="row" className="py-2 pr-4 font-normal tabular-nums">
                {row.line}
              </th>
              <td className="py-2 pr-4">{row.values.external_ref}</td>
              <td className="py-2 pr-4">{row.values.title}</td>
              <td className="py-2 pr-4">{row.values.consortium}</td>
              <td className="py-2 pr-4">{row.values.state || "Draft"}</td>
              <td className="py-2 pr-0">
                {row.errors.length ? (
                  <ul className="list-disc pl-4 text-red-900">
                    {row.errors.map((error) => (
                      <li key={error}>{error}</li>
                    ))}
                  </ul>
                ) : (
                  <Badge tone="green">Ready</Badge>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
