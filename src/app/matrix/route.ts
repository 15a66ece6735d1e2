import { matrixResponse } from "@/app/matrix/respond";

export const dynamic = "force-dynamic";

/**
 * GET /matrix: the public Approved User Account Matrix (Third Party Access Process section 5,
 * Appendix D), signed out or in (src/proxy.ts lists /matrix as public).
 *
 * A route handler answering a complete HTML document rather than a page.tsx: the matrix is the
 * app's hottest public page (the benchmark reads it 20 at a time and wants at least the request
 * rate of /api/health), and a React render of sixty-odd rows per request costs far more than the
 * SELECT 1 it is compared with, while a prerendered or ISR page cannot carry the per-request CSP
 * nonce and bounds no staleness across instances (src/server/access/matrix.ts explains the
 * cache). So the data is read at most every half second per instance, its document is built once
 * per reading, and each request only splices its own nonce into the Print button's script tag.
 */
export function GET(request: Request): Promise<Response> {
  return matrixResponse(request);
}
