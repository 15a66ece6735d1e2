/**
 * When to try an e-mail again after the SMTP server refused it or could not be reached
 * (issue 3: "delivery retried"). Five attempts spread over about two and a half hours ride
 * out a mail server restart or a short outage; after the fifth the e-mail is marked
 * FAILED with the last error, for an administrator to see in the outbox.
 */
export const MAX_EMAIL_ATTEMPTS = 5;

const MINUTE = 60_000;
/** The wait after the 1st, 2nd, 3rd and 4th failed attempt. */
export const RETRY_DELAYS_MS = [1 * MINUTE, 5 * MINUTE, 30 * MINUTE, 120 * MINUTE] as const;

export type AfterFailure = { kind: "retry"; at: Date } | { kind: "give_up" };

/** `attempts` counts every attempt made so far, the one that just failed included. */
export function afterFailedAttempt(attempts: number, now: Date): AfterFailure {
  if (!Number.isInteger(attempts) || attempts < 1) throw new Error(`An e-mail has made at least one attempt when one fails (got ${attempts}).`);
  if (attempts >= MAX_EMAIL_ATTEMPTS) return { kind: "give_up" };
  const delay = RETRY_DELAYS_MS[Math.min(attempts, RETRY_DELAYS_MS.length) - 1]!;
  return { kind: "retry", at: new Date(now.getTime() + delay) };
}
