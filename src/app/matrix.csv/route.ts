import { matrixCsvResponse } from "@/app/matrix/respond";

export const dynamic = "force-dynamic";

/** GET /matrix.csv: the public matrix as a spreadsheet (Third Party Access Process 5 item 2), the same file as /matrix/approved-user-account-matrix.csv. */
export function GET(): Promise<Response> {
  return matrixCsvResponse();
}
