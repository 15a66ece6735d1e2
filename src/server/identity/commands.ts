import "server-only";
import type { Role } from "@/domain/identity/roles";
import type { GrantRoleInput, InviteUserInput } from "@/domain/identity/schemas";
import { recordAudit } from "@/lib/audit";
import type { CommandContext } from "@/lib/context";
import { db, type Tx } from "@/lib/db";
import { NotFoundError, UserError } from "@/lib/errors";
import { hashPassword } from "@/lib/password";
import { assertCan } from "@/lib/permissions";
import { grantInTx, resolveScope } from "@/server/identity/grant";
import { hashToken, newToken } from "@/server/identity/tokens";
import { identityPermissions } from "@/domain/identity/permissions";

const INVITATION_DAYS = 14;

// Serializes concurrent changes to one person's roles (two administrators at once).
async function lockUser(tx: Tx, userId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE id = ${userId} FOR NO KEY UPDATE`;
  if (rows.length === 0) throw new NotFoundError("That user");
}

/** Creates an invited user with a first role and a one-time link to choose a password. */
export async function inviteUser(ctx: CommandContext, input: InviteUserInput) {
  assertCan(ctx.actor, identityPermissions.manage);
  const token = newToken();
  return db.$transaction(async (tx) => {
    const taken = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (taken) throw new UserError("Someone with this email already has an account.", { email: ["This email is already registered."] });
    const role = input.role as Role;
    const scope = await resolveScope(tx, role, input);
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, title: input.title ?? null, status: "INVITED" },
      select: { id: true, email: true, name: true, title: true, status: true },
    });
    const grant = await grantInTx(tx, user.id, role, scope, ctx.actor.id);
    await tx.invitation.create({
      data: {
        tokenHash: hashToken(token),
        userId: user.id,
        invitedById: ctx.actor.id,
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000),
      },
    });
    await recordAudit(tx, ctx, {
      action: "identity.invite",
      entityType: "User",
      entityId: user.id,
      summary: `Invited ${user.email} as ${role}`,
      after: { ...user, grant },
    });
    return { userId: user.id, invitationPath: `/invite/${token}` };
  });
}

/** Issues a fresh invitation link; any earlier unused link stops working. */
export async function reissueInvitation(ctx: CommandContext, userId: string) {
  assertCan(ctx.actor, identityPermissions.manage);
  const token = newToken();
  return db.$transaction(async (tx) => {
    await lockUser(tx, userId);
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true, status: true } });
    if (user.status !== "INVITED") throw new UserError("This person has already accepted their invitation.");
    await tx.invitation.updateMany({ where: { userId, acceptedAt: null }, data: { expiresAt: new Date() } });
    await tx.invitation.create({
      data: { tokenHash: hashToken(token), userId, invitedById: ctx.actor.id, expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000) },
    });
    await recordAudit(tx, ctx, { action: "identity.reinvite", entityType: "User", entityId: userId, summary: `New invitation link for ${user.email}` });
    return { invitationPath: `/invite/${token}` };
  });
}

/** The invited person chooses a password; the link works once and expires. */
export async function acceptInvitation(input: { token: string; password: string }, requestId: string | null) {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({
      where: { tokenHash: hashToken(input.token) },
      select: { id: true, acceptedAt: true, expiresAt: true, user: { select: { id: true, email: true, status: true } } },
    });
    if (!invitation || invitation.acceptedAt || invitation.expiresAt < new Date() || invitation.user.status !== "INVITED") {
      throw new UserError("This invitation link has expired or was already used. Ask an administrator for a new one.");
    }
    const claimed = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null }, data: { acceptedAt: new Date() } });
    if (claimed.count !== 1) throw new UserError("This invitation link was already used.");
    await tx.user.update({ where: { id: invitation.user.id }, data: { passwordHash, status: "ACTIVE", version: { increment: 1 } } });
    await recordAudit(tx, { actor: invitation.user, requestId }, {
      action: "identity.accept_invitation",
      entityType: "User",
      entityId: invitation.user.id,
      summary: `${invitation.user.email} accepted the invitation and set a password`,
      before: { status: "INVITED" },
      after: { status: "ACTIVE" },
    });
    return { email: invitation.user.email };
  });
}

export async function grantRole(ctx: CommandContext, input: GrantRoleInput) {
  assertCan(ctx.actor, identityPermissions.manage);
  return db.$transaction(async (tx) => {
    await lockUser(tx, input.userId);
    const role = input.role as Role;
    const scope = await resolveScope(tx, role, input);
    const grant = await grantInTx(tx, input.userId, role, scope, ctx.actor.id);
    await recordAudit(tx, ctx, {
      action: "identity.grant_role",
      entityType: "User",
      entityId: input.userId,
      summary: `Granted ${role} (${scope.type.toLowerCase()})`,
      after: grant,
    });
    return grant;
  });
}

export async function revokeRole(ctx: CommandContext, assignmentId: string) {
  assertCan(ctx.actor, identityPermissions.manage);
  return db.$transaction(async (tx) => {
    const assignment = await tx.roleAssignment.findUnique({ where: { id: assignmentId } });
    if (!assignment) throw new NotFoundError("That role assignment");
    await lockUser(tx, assignment.userId);
    if (assignment.role === "ADMINISTRATOR") await assertAnotherAdministrator(tx, assignment.userId);
    const revoked = await tx.roleAssignment.updateMany({
      where: { id: assignmentId, revokedAt: null },
      data: { revokedAt: new Date(), revokedById: ctx.actor.id },
    });
    if (revoked.count !== 1) throw new UserError("This role was already revoked.");
    await recordAudit(tx, ctx, {
      action: "identity.revoke_role",
      entityType: "User",
      entityId: assignment.userId,
      summary: `Revoked ${assignment.role} (${assignment.scopeType.toLowerCase()})`,
      before: assignment,
    });
    return { userId: assignment.userId };
  });
}

export async function setUserStatus(ctx: CommandContext, userId: string, status: "ACTIVE" | "DISABLED") {
  assertCan(ctx.actor, identityPermissions.manage);
  if (userId === ctx.actor.id && status === "DISABLED") throw new UserError("You cannot disable your own account.");
  return db.$transaction(async (tx) => {
    await lockUser(tx, userId);
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { status: true, email: true, passwordHash: true } });
    if (user.status === status) return { userId };
    if (status === "ACTIVE" && !user.passwordHash) throw new UserError("This person has not accepted their invitation yet.");
    if (status === "DISABLED") await assertAnotherAdministrator(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { status, version: { increment: 1 } } });
    await recordAudit(tx, ctx, {
      action: status === "DISABLED" ? "identity.disable" : "identity.enable",
      entityType: "User",
      entityId: userId,
      summary: `${status === "DISABLED" ? "Disabled" : "Enabled"} ${user.email}`,
      before: { status: user.status },
      after: { status },
    });
    return { userId };
  });
}

// The installation must never lose its last administrator.
async function assertAnotherAdministrator(tx: Tx, userId: string): Promise<void> {
  // Two administrators removing each other at once must not both succeed: serialize the check.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(72707370)`;
  const others = await tx.roleAssignment.count({
    where: { role: "ADMINISTRATOR", revokedAt: null, userId: { not: userId }, user: { status: "ACTIVE" } },
  });
  if (others === 0) throw new UserError("This is the last active administrator. Make someone else an administrator first.");
}
