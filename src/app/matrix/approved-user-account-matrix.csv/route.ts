import { matrixCsvResponse } from "@/app/matrix/respond";

export const dynamic = "force-dynamic";

/** GET /matrix/approved-user-account-matrix.csv: the public matrix as a spreadsheet, as current as the page. */
export function GET(): Promise<Response> {
  return matrixCsvResponse();
}
