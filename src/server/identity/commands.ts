import "server-only";
import { identityAudit } from "@/domain/identity/audit-actions";
import { identityPermissions } from "@/domain/identity/permissions";
import { roleLabel, SCOPE_LABELS, type Role } from "@/domain/identity/roles";
import type { GrantRoleInput, InviteUserInput } from "@/domain/identity/schemas";
import { recordAudit } from "@/lib/audit";
import { collectionSubject, defineCommand, type AnyContext } from "@/lib/command";
import type { Tx } from "@/lib/db/client";
import { UserError } from "@/lib/errors";
import { hashPassword } from "@/lib/password";
import { grantInTx, resolveScope } from "@/server/identity/grant";
import { INVITATION_DAYS, inviteUserInTx } from "@/server/identity/invite-in-tx";
import { invitationSubject, roleAssignmentSubject, userSubject } from "@/server/identity/subjects";
import { endSessionsOf } from "@/server/identity/sessions";
import { hashToken, newToken } from "@/server/identity/tokens";
import { inSentence } from "@/lib/format";

/** Creates an invited user with a first role and a one-time link to choose a password. */
export const inviteUser = defineCommand({
  name: identityAudit.invite,
  subject: collectionSubject("User", ["/admin/users"]),
  target: (_input: InviteUserInput) => "",
  permission: identityPermissions.manage,
  resource: () => undefined,
  async run({ tx, ctx, input }) {
    const role = input.role as Role;
    const scope = await resolveScope(tx, role, input);
    const invited = await inviteUserInTx(tx, { email: input.email, name: input.name, title: input.title ?? null, role, scope }, ctx.actor.id);
    return { ...invited, role };
  },
  audit: ({ result }) => ({
    entity: { type: "User", id: result.userId },
    summary: `Invited ${result.invited.email} as ${result.role}`,
    after: result.invited,
  }),
  paths: ({ result }) => [`/admin/users/${result.userId}`],
});

/** Issues a fresh invitation link; any earlier unused link stops working. */
export const reissueInvitation = defineCommand({
  name: identityAudit.reinvite,
  subject: userSubject,
  target: (input: { userId: string }) => input.userId,
  permission: identityPermissions.manage,
  resource: () => undefined,
  async run({ tx, ctx, record: user }) {
    const token = newToken();
    if (user.status !== "INVITED") throw new UserError("This person has already accepted their invitation.");
    await tx.invitation.updateMany({ where: { userId: user.id, acceptedAt: null }, data: { expiresAt: new Date() } });
    await tx.invitation.create({
      data: { tokenHash: hashToken(token), userId: user.id, invitedById: ctx.actor.id, expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000) },
    });
    return { invitationPath: `/invite/${token}` };
  },
  audit: ({ record: user }) => ({ summary: `New invitation link for ${user.email}` }),
});

/**
 * The invited person chooses a password; the link works once and expires. Nobody is signed
 * in (the link's token is the credential), so it runs with no actor and the event is the
 * invited person's own, recorded in `run`.
 */
const acceptInvitationCommand = defineCommand<
  { tokenHash: string; passwordHash: string },
  Awaited<ReturnType<typeof invitationSubject.lock>>,
  undefined,
  { email: string },
  AnyContext
>({
  name: identityAudit.accept_invitation,
  subject: invitationSubject,
  target: (input) => input.tokenHash,
  permission: () => null,
  resource: () => undefined,
  async run({ tx, ctx, input, record: invitation }) {
    if (!invitation || invitation.acceptedAt || invitation.expiresAt < new Date() || invitation.user.status !== "INVITED") {
      throw new UserError("This invitation link has expired or was already used. Ask an administrator for a new one.");
    }
    const claimed = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null }, data: { acceptedAt: new Date() } });
    if (claimed.count !== 1) throw new UserError("This invitation link was already used.");
    await tx.user.update({ where: { id: invitation.user.id }, data: { passwordHash: input.passwordHash, status: "ACTIVE", version: { increment: 1 } } });
    await recordAudit(
      tx,
      { actor: invitation.user, requestId: ctx.requestId },
      {
        action: identityAudit.accept_invitation,
        entityType: "User",
        entityId: invitation.user.id,
        summary: `${invitation.user.email} accepted the invitation and set a password`,
        before: { status: "INVITED" },
        after: { status: "ACTIVE" },
      },
    );
    return { email: invitation.user.email };
  },
  audit: () => null,
});

/** The password is hashed before the transaction opens (it is slow on purpose). */
export async function acceptInvitation(input: { token: string; password: string }, requestId: string | null) {
  const passwordHash = await hashPassword(input.password);
  return acceptInvitationCommand({ actor: null, requestId }, { tokenHash: hashToken(input.token), passwordHash });
}

export const grantRole = defineCommand({
  name: identityAudit.grant_role,
  subject: userSubject,
  target: (input: GrantRoleInput) => input.userId,
  permission: identityPermissions.manage,
  resource: () => undefined,
  async run({ tx, ctx, input, record: user }) {
    const role = input.role as Role;
    const scope = await resolveScope(tx, role, input);
    return grantInTx(tx, user.id, role, scope, ctx.actor.id);
  },
  audit: ({ result: grant }) => ({
    summary: `Granted ${roleLabel(grant.role)} (${inSentence(SCOPE_LABELS[grant.scopeType])})`,
    after: grant,
  }),
});

export const revokeRole = defineCommand({
  name: identityAudit.revoke_role,
  subject: roleAssignmentSubject,
  target: (input: { assignmentId: string }) => input.assignmentId,
  permission: identityPermissions.manage,
  resource: () => undefined,
  async run({ tx, ctx, record: assignment }) {
    if (assignment.role === "ADMINISTRATOR") await assertAnotherAdministrator(tx, assignment.userId);
    const revoked = await tx.roleAssignment.updateMany({
      where: { id: assignment.id, revokedAt: null },
      data: { revokedAt: new Date(), revokedById: ctx.actor.id },
    });
    if (revoked.count !== 1) throw new UserError("This role was already revoked.");
    return { userId: assignment.userId };
  },
  audit: ({ record: assignment }) => ({
    summary: `Revoked ${roleLabel(assignment.role)} (${inSentence(SCOPE_LABELS[assignment.scopeType])})`,
    before: assignment,
  }),
});

export const setUserStatus = defineCommand({
  name: identityAudit.enable,
  subject: userSubject,
  target: (input: { userId: string; status: "ACTIVE" | "DISABLED" }) => input.userId,
  permission: identityPermissions.manage,
  resource: () => undefined,
  async run({ tx, ctx, input, record: user }) {
    const { status } = input;
    if (user.id === ctx.actor.id && status === "DISABLED") throw new UserError("You cannot disable your own account.");
    if (user.status === status) return { userId: user.id, status, changed: false };
    if (status === "ACTIVE" && !user.hasPassword) throw new UserError("This person has not accepted their invitation yet.");
    if (status === "DISABLED") await assertAnotherAdministrator(tx, user.id);
    await tx.user.update({ where: { id: user.id }, data: { status, version: { increment: 1 } } });
    // Signed-in sessions end with the account, and are not revived if it is enabled again.
    if (status === "DISABLED") await endSessionsOf(tx, user.id);
    return { userId: user.id, status, changed: true };
  },
  audit: ({ record: user, result }) =>
    result.changed
      ? {
          action: result.status === "DISABLED" ? identityAudit.disable : identityAudit.enable,
          summary: `${result.status === "DISABLED" ? "Disabled" : "Enabled"} ${user.email}`,
          before: { status: user.status },
          after: { status: result.status },
        }
      : null,
});

// The installation must never lose its last administrator.
async function assertAnotherAdministrator(tx: Tx, userId: string): Promise<void> {
  // Two administrators removing each other at once must not both succeed: serialize the check.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(72707370)`;
  const others = await tx.roleAssignment.count({
    where: { role: "ADMINISTRATOR", revokedAt: null, userId: { not: userId }, user: { status: "ACTIVE" } },
  });
  if (others === 0) throw new UserError("This is the last active administrator. Make someone else an administrator first.");
}
