import "server-only";
import type { Tx } from "@/lib/db/client";

/**
 * The next application number, given in order and without gaps: the transaction holds an
 * advisory lock until it commits or rolls back, so two identifications at once (on any
 * instance) queue, and a refused one gives its number back.
 */
export async function nextApplicationNumber(tx: Tx): Promise<number> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('AccessApplication.number'))`;
  const [row] = await tx.$queryRaw<{ next: number }[]>`SELECT (coalesce(max(number), 0) + 1)::int AS next FROM "AccessApplication"`;
  return row!.next;
}
