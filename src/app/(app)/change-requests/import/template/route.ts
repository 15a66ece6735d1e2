import Papa from "papaparse";
import { IMPORT_COLUMNS } from "@/domain/change-requests/import-row";
import { changeRequestPermissions } from "@/domain/change-requests/permissions";
import { can } from "@/lib/permissions";
import { getCurrentUser } from "@/server/session";

/**
 * GET /change-requests/import/template: the columns the import reads, with two example rows.
 * For those who may import (a CPL, an administrator), as the import page is; anyone else,
 * signed in or with a cookie that is no session, is told it is not there.
 */
export async function GET() {
  const user = await getCurrentUser();
  if (!user || !can(user, changeRequestPermissions.import)) return new Response("Not found", { status: 404 });
  const csv = Papa.unparse({
    fields: [...IMPORT_COLUMNS],
    data: [
      [
        "SR-2024-017",
        "Nightly arrears notices",
        "CASES",
        "enhancement",
        "Impact analysis",
        "Send arrears notices by a nightly job",
        "performance; productivity",
        "Notices pile up each month",
        "medium",
        "2024-03-04",
        "",
        "",
      ],
      ["SR-2024-022", "Correct the hold flag on closed cases", "ARS", "defect", "Build and test", "Closed cases keep a hold", "", "", "low", "", "", ""],
    ],
  });
  return new Response(`${csv}\r\n`, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="change-request-import-template.csv"' },
  });
}
