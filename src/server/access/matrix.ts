import "server-only";
import { californiaDayOf, dayOfNullable, type Day } from "@/domain/calendar/day";
import { buildMatrix, type Matrix, type MatrixApplication } from "@/domain/access/matrix";
import { db } from "@/lib/db/client";

/**
 * The public Approved User Account Matrix (Appendix D; sections 5 and 6.9), read from the
 * applications: for each organization its latest countersigned ACTIVE application (a renewal,
 * countersigned later, supersedes its predecessor), shown while its term has not ended.
 * Three small reads side by side, whatever the number of applications.
 */
export async function readMatrix(now: Date = new Date()): Promise<Matrix> {
  const today = californiaDayOf(now);
  const [counties, guide, latest] = await Promise.all([
    db.county.findMany({ select: { id: true, name: true, lcsa: { select: { id: true, name: true } } } }),
    db.allocationGuideVersion.findFirst({
      orderBy: { number: "desc" },
      select: { number: true, publishedAt: true, rows: { select: { lcsaId: true }, orderBy: { sortOrder: "asc" } } },
    }),
    db.$queryRaw<
      {
        organizationId: string;
        organization: string;
        countyId: string;
        approvedAccounts: number | null;
        termStartsOn: Date | null;
        termEndsOn: Date | null;
        countersignedAt: Date;
      }[]
    >`
      SELECT DISTINCT ON (a."organizationId")
             a."organizationId", o.name AS organization, o."countyId", a."approvedAccounts",
             a."termStartsOn", a."termEndsOn", a."countersignedAt"
        FROM "AccessApplication" a
        JOIN "ThirdPartyOrganization" o ON o.id = a."organizationId"
       WHERE a.state = 'ACTIVE' AND a."countersignedAt" IS NOT NULL
       ORDER BY a."organizationId", a."countersignedAt" DESC, a.number DESC`,
  ]);
  return buildMatrix({
    counties: counties.map((county) => ({ id: county.id, name: county.name, lcsaId: county.lcsa.id, lcsaName: county.lcsa.name })),
    guideLcsaOrder: guide?.rows.map((row) => row.lcsaId) ?? [],
    latest: latest.map((row): MatrixApplication => ({
      organizationId: row.organizationId,
      organization: row.organization,
      countyId: row.countyId,
      approvedAccounts: row.approvedAccounts ?? 0,
      termStartsOn: dayOfNullable(row.termStartsOn),
      termEndsOn: dayOfNullable(row.termEndsOn),
      countersignedAt: row.countersignedAt,
    })),
    guide: guide ? { number: guide.number, publishedAt: guide.publishedAt } : null,
    today: today satisfies Day,
    readAt: now,
  });
}

/**
 * How stale the public matrix may be: a countersignature committed at T is on every matrix
 * served from T + MATRIX_FRESH_FOR_MS on, on every instance.
 *
 * Why a cache of our own, and this one. The matrix is the app's one public, hot page (the
 * benchmark: 20 readers at once must get at least the requests per second of /api/health, a
 * SELECT 1) and must show a countersignature within one second, with several instances behind
 * a load balancer. Next 16's own caches do not bound staleness that way: ISR (`revalidate`) and
 * `"use cache"` with `cacheLife` serve stale-while-revalidate (the first reader after a quiet
 * hour gets the hour-old page), `revalidatePath` / `revalidateTag` reach only the instance that
 * calls them (their default handlers keep their state per process), `"use cache"` needs
 * `cacheComponents` for the whole app, and a prerendered page cannot carry the per-request CSP
 * nonce (src/proxy.ts). So each instance keeps the last reading for at most half a second, and
 * the clock starts *before* the read: whatever was committed before the read began is in it.
 * Readers arriving while a read is under way share it (one read per instance per half second,
 * whatever the traffic). Correctness never depends on this memory: it only saves reads, and an
 * instance that has never read, or just restarted, reads the database. A failed read is not kept.
 */
export const MATRIX_FRESH_FOR_MS = 500;

let last: { startedAt: number; matrix: Promise<Matrix> } | null = null;

export function currentMatrix(): Promise<Matrix> {
  const startedAt = Date.now();
  if (last && startedAt - last.startedAt < MATRIX_FRESH_FOR_MS) return last.matrix;
  const matrix = readMatrix(new Date(startedAt));
  const entry = { startedAt, matrix };
  last = entry;
  matrix.catch(() => {
    if (last === entry) last = null;
  });
  return matrix;
}
