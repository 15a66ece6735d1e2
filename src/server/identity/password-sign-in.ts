import "server-only";
import { z } from "zod";
import { identityAudit } from "@/domain/identity/audit-actions";
import { recordAudit } from "@/lib/audit";
import { SIGN_IN_MESSAGES } from "@/lib/auth/messages";
import { db } from "@/lib/db/client";
import { clientAddressOf, type HeaderBag } from "@/lib/forwarded";
import { spendPasswordCheck, verifyPassword } from "@/lib/password";
import { consumeSignInAttempt, signInSucceeded } from "@/lib/rate-limit";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

/**
 * Signing in with an email and password (next-auth's credentials provider calls it). The
 * attempt is counted against the throttle before the password is hashed, so guesses sent
 * at once cannot outrun it (src/lib/rate-limit.ts).
 */
export async function authorizeWithPassword(raw: Record<string, string> | undefined, req: { headers?: HeaderBag }) {
  const parsed = credentialsSchema.safeParse(raw ?? {});
  if (!parsed.success) throw new Error(SIGN_IN_MESSAGES.invalid);
  const { email, password } = parsed.data;
  const address = clientAddressOf(req.headers);

  const throttle = await consumeSignInAttempt(email, address);
  if (throttle.retryInMinutes > 0) throw new Error(SIGN_IN_MESSAGES.throttled(throttle.retryInMinutes));

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, status: true, passwordHash: true },
  });
  const valid = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : (await spendPasswordCheck(password), false);
  if (!user || !valid || user.status !== "ACTIVE") {
    throw new Error(user && valid && user.status === "DISABLED" ? SIGN_IN_MESSAGES.disabled : SIGN_IN_MESSAGES.invalid);
  }

  await signInSucceeded(email, address);
  await recordSignIn(user, "password", address);
  return { id: user.id, email: user.email, name: user.name };
}

export async function recordSignIn(user: { id: string; email: string }, method: string, address: string | null = null) {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    await recordAudit(
      tx,
      { actor: user, requestId: null },
      {
        action: identityAudit.sign_in,
        entityType: "User",
        entityId: user.id,
        summary: address ? `Signed in (${method}) from ${address}` : `Signed in (${method})`,
      },
    );
  });
}
