import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db/client";

/**
 * The sign-in throttle (product rule), counted in PostgreSQL by rate-limiter-flexible's
 * Prisma store, so every app instance sees the same counts. Every attempt is consumed
 * before the password is checked, in one atomic upsert per counter: thirty guesses sent at
 * once are counted one by one, and only those within the limit are ever evaluated. A
 * successful sign-in gives its attempt back.
 *
 * Three counters, each over 15 minutes, kept apart so that no one place can lock out
 * another:
 * - an account from one address: 5 attempts. A person's typos, or a guesser at one place;
 *   the owner signing in from anywhere else is not affected.
 * - an account from every address: 20 attempts. Guessing one password from many places.
 * - one address for every account: 100 attempts. Trying common passwords on many accounts;
 *   high enough that one person's failures never lock out the rest of their office.
 *
 * The address is the client's as the server resolved it (src/lib/forwarded.ts): a forwarded
 * header is believed only from a configured proxy, so it cannot be rotated or borrowed.
 */
const WINDOW_SECONDS = 15 * 60;

export const SIGN_IN_LIMITS = { accountAtAddress: 5, account: 20, address: 100 } as const;

function limiter(keyPrefix: string, points: number) {
  return new RateLimiterPrisma({ storeClient: db, tableName: "rateLimit", keyPrefix, points, duration: WINDOW_SECONDS, clearExpiredByTimeout: false });
}

const counters = {
  accountAtAddress: limiter("signin-account-address", SIGN_IN_LIMITS.accountAtAddress),
  account: limiter("signin-account", SIGN_IN_LIMITS.account),
  address: limiter("signin-address", SIGN_IN_LIMITS.address),
};

function keysOf(email: string, address: string | null) {
  return {
    accountAtAddress: `${email}|${address ?? "unknown"}`,
    account: email,
    address: address ?? "unknown",
  };
}

export interface Throttle {
  /** Minutes until another attempt is allowed, or 0 when this one may go ahead. */
  retryInMinutes: number;
}

/** Counts an attempt before its password is checked; refused when any counter is spent. */
export async function consumeSignInAttempt(email: string, address: string | null): Promise<Throttle> {
  const keys = keysOf(email, address);
  const outcomes = await Promise.allSettled([
    counters.accountAtAddress.consume(keys.accountAtAddress),
    counters.account.consume(keys.account),
    counters.address.consume(keys.address),
  ]);
  let waitMs = 0;
  for (const outcome of outcomes) {
    if (outcome.status === "fulfilled") continue;
    // The store failing is not a reason to let guesses through unthrottled: it propagates.
    if (!(outcome.reason instanceof RateLimiterRes)) throw outcome.reason;
    waitMs = Math.max(waitMs, outcome.reason.msBeforeNext);
  }
  return { retryInMinutes: waitMs > 0 ? Math.max(1, Math.ceil(waitMs / 60_000)) : 0 };
}

/** After a successful sign-in: the account starts afresh, and the address gets its attempt back. */
export async function signInSucceeded(email: string, address: string | null): Promise<void> {
  const keys = keysOf(email, address);
  await Promise.all([counters.accountAtAddress.delete(keys.accountAtAddress), counters.account.delete(keys.account), counters.address.reward(keys.address, 1)]);
}
