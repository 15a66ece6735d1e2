import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "@/lib/db/client";
import { env } from "@/lib/env";

/**
 * Sessions of record. next-auth keeps the session in a signed cookie, which by itself would
 * open pages until it expires whatever happens on the server; so each sign-in opens a row
 * here, the token carries its id (`sid`), and the session loader admits a token only while
 * its row is open. Signing out ends that one session; disabling an account ends them all.
 */
export async function openSession(userId: string, now: Date = new Date()): Promise<string> {
  const expiresAt = new Date(now.getTime() + env().SESSION_MAX_AGE_HOURS * 60 * 60 * 1000);
  const session = await db.userSession.create({ data: { userId, createdAt: now, expiresAt }, select: { id: true } });
  return session.id;
}

export async function endSession(sessionId: string): Promise<void> {
  await db.userSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: new Date() } });
}

/** Inside the command that disables the account (or sets a new password). */
export async function endSessionsOf(tx: Tx, userId: string): Promise<void> {
  await tx.userSession.updateMany({ where: { userId, endedAt: null }, data: { endedAt: new Date() } });
}

/** For the session loader: the token's session is open, correlated on the user's row `u`. */
export function openSessionCondition(sessionId: string): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM "UserSession" s WHERE s.id = ${sessionId} AND s."userId" = u.id AND s."endedAt" IS NULL AND s."expiresAt" > now())`;
}
