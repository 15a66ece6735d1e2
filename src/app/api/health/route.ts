import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/**
 * For load balancers and monitoring: 200 when the app and its database answer, 503
 * otherwise, and within two seconds either way: a database that accepts connections but
 * does not answer (paused, overloaded) is unhealthy too, not a reason to hang.
 */
const ANSWER_WITHIN_MS = 1_500;

export async function GET() {
  const answered = await Promise.race([
    db.$queryRaw`SELECT 1`.then(
      () => true,
      () => false,
    ),
    new Promise<false>((resolve) => setTimeout(() => resolve(false), ANSWER_WITHIN_MS).unref()),
  ]);
  return answered ? Response.json({ status: "ok", database: "ok" }) : Response.json({ status: "degraded", database: "unreachable" }, { status: 503 });
}
