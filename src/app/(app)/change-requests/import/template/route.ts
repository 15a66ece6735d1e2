import Papa from "papaparse";
import { IMPORT_COLUMNS } from "@/domain/change-requests/import-row";

/** GET /change-requests/import/template: the columns the import reads, with two example rows. */
export function GET() {
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
