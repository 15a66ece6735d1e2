import "server-only";
import { headers } from "next/headers";
import { identityAudit } from "@/domain/identity/audit-actions";
import { identityPermissions } from "@/domain/identity/permissions";
import type { ChangePasswordInput } from "@/domain/identity/schemas";
import { defineCommand } from "@/lib/command";
import type { CommandContext } from "@/lib/context";
import { db } from "@/lib/db/client";
import { UserError } from "@/lib/errors";
import { clientAddressOf } from "@/lib/forwarded";
import { hashPassword, verifyPassword } from "@/lib/password";
import { consumeSignInAttempt, signInSucceeded } from "@/lib/rate-limit";
import { SIGN_IN_MESSAGES } from "@/lib/auth/messages";
import { endSessionsOf } from "@/server/identity/sessions";
import { userSubject } from "@/server/identity/subjects";

/**
 * A signed-in person sets a new password. The current one is asked for first (and counted
 * by the sign-in throttle, so a borrowed session cannot be used to guess it), and every
 * session of the account ends with the change: a password someone else learned stops
 * working everywhere at once, and the person signs in again with the new one.
 */
const setOwnPassword = defineCommand({
  name: identityAudit.change_password,
  subject: userSubject,
  target: (input: { userId: string; passwordHash: string }) => input.userId,
  permission: identityPermissions.changeOwnPassword,
  resource: (user) => ({ userId: user.id }),
  async run({ tx, input, record: user }) {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash: input.passwordHash, version: { increment: 1 } } });
    await endSessionsOf(tx, user.id);
    return { userId: user.id };
  },
  audit: ({ record: user }) => ({ summary: `${user.email} changed their password; every session of the account ended` }),
});

/** The client's address when called from a request (an action), none otherwise (a script, a test). */
async function requestAddress(): Promise<string | null> {
  try {
    return clientAddressOf(await headers());
  } catch {
    return null;
  }
}

/** The slow hashing happens before the transaction opens. */
export async function changeOwnPassword(ctx: CommandContext, input: ChangePasswordInput): Promise<{ userId: string }> {
  const email = ctx.actor.email;
  const address = await requestAddress();
  const throttle = await consumeSignInAttempt(email, address);
  if (throttle.retryInMinutes > 0) throw new UserError(SIGN_IN_MESSAGES.throttled(throttle.retryInMinutes));
  const stored = await db.user.findUnique({ where: { id: ctx.actor.id }, select: { passwordHash: true } });
  if (!stored?.passwordHash || !(await verifyPassword(stored.passwordHash, input.currentPassword))) {
    throw new UserError("Your current password is not right.", { currentPassword: ["Your current password is not right."] });
  }
  await signInSucceeded(email, address);
  return setOwnPassword(ctx, { userId: ctx.actor.id, passwordHash: await hashPassword(input.password) });
}

/** Whether the person signs in with a password here at all (single sign-on users may not). */
export async function hasOwnPassword(userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return Boolean(user?.passwordHash);
}
