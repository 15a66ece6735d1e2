import { MATRIX_PRINT_SCRIPT } from "@/components/access/matrix-document";

/** GET /matrix/print.js: the matrix's Print button (loaded with the request's nonce; the CSP runs no inline script). */
export function GET(): Response {
  return new Response(MATRIX_PRINT_SCRIPT, {
    headers: { "content-type": "text/javascript; charset=utf-8", "cache-control": "public, max-age=3600" },
  });
}
