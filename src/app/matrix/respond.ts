import "server-only";
import Papa from "papaparse";
import { matrixDocument } from "@/components/access/matrix-document";
import { matrixCsvRows, type Matrix } from "@/domain/access/matrix";
import { californiaDayOf } from "@/domain/calendar/day";
import { currentMatrix } from "@/server/access/matrix";

/** Where the request's nonce goes in a document built once per reading of the matrix. */
export const MATRIX_NONCE_MARKER = "\u0000nonce\u0000";
const NONCE = /^[A-Za-z0-9+/=_-]{8,128}$/;

const documents = new WeakMap<Matrix, { withScript: readonly [string, string]; withoutScript: string }>();
const csvFiles = new WeakMap<Matrix, string>();

function documentOf(matrix: Matrix) {
  let built = documents.get(matrix);
  if (!built) {
    const [before = "", after = ""] = matrixDocument(matrix, MATRIX_NONCE_MARKER).split(MATRIX_NONCE_MARKER);
    built = { withScript: [before, after], withoutScript: matrixDocument(matrix, null) };
    documents.set(matrix, built);
  }
  return built;
}

function unavailable(error: unknown): Response {
  console.error("The public matrix could not be read", error);
  return new Response("The Approved User Account Matrix cannot be shown right now. Please try again in a minute.", {
    status: 503,
    headers: { "content-type": "text/plain; charset=utf-8", "retry-after": "30", "cache-control": "no-store" },
  });
}

/** The matrix as HTML, with the request's CSP nonce (set by src/proxy.ts) on its one script. */
export async function matrixResponse(request: Request): Promise<Response> {
  let matrix: Matrix;
  try {
    matrix = await currentMatrix();
  } catch (error) {
    return unavailable(error);
  }
  const built = documentOf(matrix);
  const nonce = request.headers.get("x-nonce");
  const body = nonce && NONCE.test(nonce) ? built.withScript[0] + nonce + built.withScript[1] : built.withoutScript;
  // no-cache: a browser or proxy may keep it but asks again each time (the nonce is per response).
  return new Response(body, { headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-cache" } });
}

/** The matrix as a CSV file named for the California day, formulas escaped, with a byte-order mark for Excel. */
export async function matrixCsvResponse(): Promise<Response> {
  let matrix: Matrix;
  try {
    matrix = await currentMatrix();
  } catch (error) {
    return unavailable(error);
  }
  let csv = csvFiles.get(matrix);
  if (csv === undefined) {
    csv = `\uFEFF${Papa.unparse(matrixCsvRows(matrix), { escapeFormulae: true })}\r\n`;
    csvFiles.set(matrix, csv);
  }
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="approved-user-account-matrix-${californiaDayOf(matrix.readAt)}.csv"`,
      "cache-control": "no-cache",
    },
  });
}
