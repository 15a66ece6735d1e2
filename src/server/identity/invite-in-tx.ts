import "server-only";
import type { Role, Scope } from "@/domain/identity/roles";
import type { Tx } from "@/lib/db/client";
import { UserError } from "@/lib/errors";
import { grantInTx } from "@/server/identity/grant";
import { hashToken, newToken } from "@/server/identity/tokens";

/** How long an invitation link works. */
export const INVITATION_DAYS = 14;

export interface InviteInTxInput {
  email: string;
  name: string;
  title: string | null;
  role: Role;
  /** Resolved and checked by the caller (resolveScope, or a scope the caller's own record names). */
  scope: Scope;
}

/**
 * Creates an invited user with a first role and a one-time link to choose a password, inside
 * the caller's transaction: the administrator's invitation (inviteUser), and a module that
 * opens the app to someone as part of its own step (the third-party access invitation). The
 * caller has authorized the step and audits it.
 */
export async function inviteUserInTx(tx: Tx, input: InviteInTxInput, invitedById: string) {
  const token = newToken();
  const taken = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (taken) throw new UserError("Someone with this email already has an account.", { email: ["This email is already registered."] });
  const user = await tx.user.create({
    data: { email: input.email, name: input.name, title: input.title, status: "INVITED" },
    select: { id: true, email: true, name: true, title: true, status: true },
  });
  const grant = await grantInTx(tx, user.id, input.role, input.scope, invitedById);
  await tx.invitation.create({
    data: {
      tokenHash: hashToken(token),
      userId: user.id,
      invitedById,
      expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000),
    },
  });
  return { userId: user.id, invitationPath: `/invite/${token}`, invited: { ...user, grant } };
}
