import "server-only";
import { RateLimiterPrisma } from "rate-limiter-flexible";
import { db } from "@/lib/db/client";

/**
 * Failed sign-ins are counted in PostgreSQL (rate-limiter-flexible's Prisma store), so
 * every app instance sees the same count. Five failures for one email, or fifty from one
 * address, within 15 minutes lock sign-in for that key until the window ends.
 */
const WINDOW_SECONDS = 15 * 60;

function limiter(keyPrefix: string, points: number) {
  return new RateLimiterPrisma({
    storeClient: db,
    tableName: "rateLimit",
    keyPrefix,
    points,
    duration: WINDOW_SECONDS,
    clearExpiredByTimeout: false,
  });
}

const byEmail = limiter("signin-email", 5);
const byAddress = limiter("signin-ip", 50);

export interface Throttle {
  /** Minutes until another attempt is allowed, or 0 when it is allowed now. */
  retryInMinutes: number;
}

export async function signInThrottle(email: string, address: string | null): Promise<Throttle> {
  const checks = await Promise.all([
    byEmail.get(email).then((res) => ({ res, points: 5 })),
    address ? byAddress.get(address).then((res) => ({ res, points: 50 })) : null,
  ]);
  let waitMs = 0;
  for (const check of checks) {
    if (check?.res && check.res.consumedPoints >= check.points) {
      waitMs = Math.max(waitMs, check.res.msBeforeNext);
    }
  }
  return { retryInMinutes: waitMs > 0 ? Math.max(1, Math.ceil(waitMs / 60_000)) : 0 };
}

export async function recordFailedSignIn(email: string, address: string | null): Promise<void> {
  await Promise.all([byEmail.penalty(email, 1), address ? byAddress.penalty(address, 1) : null]);
}

export async function clearFailedSignIns(email: string): Promise<void> {
  await byEmail.delete(email);
}
