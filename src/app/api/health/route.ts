import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** For load balancers and monitoring: 200 when the app and its database answer, 503 otherwise. */
export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok", database: "ok" });
  } catch {
    return Response.json({ status: "degraded", database: "unreachable" }, { status: 503 });
  }
}
