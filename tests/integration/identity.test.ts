import { beforeEach, describe, expect, it } from "vitest";
import { inviteUserSchema } from "@/domain/identity/schemas";
import { db } from "@/lib/db/client";
import { ForbiddenError, UserError } from "@/lib/errors";
import { verifyPassword } from "@/lib/password";
import { acceptInvitation, grantRole, inviteUser, reissueInvitation, revokeRole, setUserStatus } from "@/server/identity/commands";
import { hashToken } from "@/server/identity/tokens";
import { actor, makeAdmin, makeUser, referenceIds } from "../support/identity.ts";

/**
 * The identity commands against a real database (this file's own clone of the seeded
 * template). Every test arranges the users it needs; assertions are on rows.
 */
async function counts() {
  const [users, assignments, invitations, audits] = await Promise.all([
    db.user.count(),
    db.roleAssignment.count(),
    db.invitation.count(),
    db.auditEvent.count(),
  ]);
  return { users, assignments, invitations, audits };
}

function invitation(fields: Record<string, unknown>) {
  return inviteUserSchema.parse({ name: "Pat Example", title: "Analyst", role: "PROCESS_MANAGER", scopeType: "STATEWIDE", ...fields });
}

const tokenOf = (path: string) => path.replace(/^\/invite\//, "");
const PASSWORD = "correct horse battery staple";

let admin: Awaited<ReturnType<typeof makeAdmin>>;
let ids: Awaited<ReturnType<typeof referenceIds>>;

beforeEach(async () => {
  admin = await makeAdmin(db);
  ids ??= await referenceIds(db);
});

describe("inviteUser", () => {
  it("creates an invited user, the first role, a link and one audit event", async () => {
    const ctx = await actor(db, admin.id, "req-invite-1");
    const before = await counts();

    const result = await inviteUser(ctx, invitation({ email: "  Pat.Example@Example.GOV ", role: "LCSA_DIRECTOR", scopeType: "LCSA", lcsaId: ids.lcsaId }));

    const user = await db.user.findUniqueOrThrow({ where: { id: result.userId }, include: { roles: true, invitations: true } });
    expect(user).toMatchObject({ email: "pat.example@example.gov", name: "Pat Example", title: "Analyst", status: "INVITED", passwordHash: null });
    expect(user.roles).toHaveLength(1);
    expect(user.roles[0]).toMatchObject({
      role: "LCSA_DIRECTOR",
      scopeType: "LCSA",
      lcsaId: ids.lcsaId,
      consortiumId: null,
      committeeId: null,
      organizationId: null,
      grantedById: admin.id,
      revokedAt: null,
    });
    expect(user.invitations).toHaveLength(1);
    expect(user.invitations[0]).toMatchObject({ invitedById: admin.id, acceptedAt: null, tokenHash: hashToken(tokenOf(result.invitationPath)) });
    expect(user.invitations[0]!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 13 * 86_400_000);

    expect(await counts()).toEqual({
      ...before,
      users: before.users + 1,
      assignments: before.assignments + 1,
      invitations: before.invitations + 1,
      audits: before.audits + 1,
    });
    const events = await db.auditEvent.findMany({ where: { requestId: "req-invite-1" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: admin.id,
      actorEmail: admin.email,
      action: "identity.invite",
      entityType: "User",
      entityId: user.id,
      requestId: "req-invite-1",
    });
    expect(events[0]!.after).toMatchObject({ email: "pat.example@example.gov", status: "INVITED", grant: { role: "LCSA_DIRECTOR", lcsaId: ids.lcsaId } });
    // The link's secret is never stored or logged.
    expect(JSON.stringify([events[0]!.summary, events[0]!.before, events[0]!.after])).not.toContain(tokenOf(result.invitationPath));
  });

  it("is forbidden to someone who is not an administrator, and changes nothing", async () => {
    const director = await makeUser(db, { roles: [{ role: "LCSA_DIRECTOR", scope: { type: "LCSA", lcsaId: ids.lcsaId } }] });
    const ctx = await actor(db, director.id);
    const before = await counts();

    await expect(inviteUser(ctx, invitation({ email: "nobody@example.gov" }))).rejects.toBeInstanceOf(ForbiddenError);

    expect(await counts()).toEqual(before);
    expect(await db.user.findUnique({ where: { email: "nobody@example.gov" } })).toBeNull();
  });

  it("refuses an email that already has an account, and changes nothing", async () => {
    const existing = await makeUser(db, { email: "taken@example.gov" });
    const ctx = await actor(db, admin.id);
    const before = await counts();

    const attempt = inviteUser(ctx, invitation({ email: "TAKEN@example.gov" }));
    await expect(attempt).rejects.toBeInstanceOf(UserError);
    await expect(attempt).rejects.not.toBeInstanceOf(ForbiddenError);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { email: [expect.any(String)] } });

    expect(await counts()).toEqual(before);
    expect(await db.user.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({ name: existing.name, status: "ACTIVE" });
  });

  it.each([
    ["a role in a scope it is never granted in", { role: "LCSA_DIRECTOR", scopeType: "STATEWIDE" }, /LCSA Director is granted for an LCSA, not statewide/],
    ["a committee role granted statewide", { role: "ESC_MEMBER", scopeType: "STATEWIDE" }, /committee/],
    ["a scope without its target", { role: "LCSA_DIRECTOR", scopeType: "LCSA" }, /Choose the LCSA/],
    ["a target that does not exist", { role: "LCSA_DIRECTOR", scopeType: "LCSA", lcsaId: "00000000-0000-4000-8000-000000000000" }, /no longer exists/],
  ])("refuses %s, and changes nothing", async (_case, fields, message) => {
    const ctx = await actor(db, admin.id);
    const before = await counts();

    await expect(inviteUser(ctx, invitation({ email: `scope-${Date.now()}@example.gov`, ...fields }))).rejects.toThrow(message);

    expect(await counts()).toEqual(before);
  });
});

describe("acceptInvitation", () => {
  async function invite(email: string) {
    const result = await inviteUser(await actor(db, admin.id), invitation({ email }));
    return { userId: result.userId, token: tokenOf(result.invitationPath) };
  }

  it("activates the account with the chosen password, once", async () => {
    const { userId, token } = await invite("accept@example.gov");

    await expect(acceptInvitation({ token, password: PASSWORD }, "req-accept")).resolves.toEqual({ email: "accept@example.gov" });

    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user.status).toBe("ACTIVE");
    expect(await verifyPassword(user.passwordHash!, PASSWORD)).toBe(true);
    expect(await db.invitation.findFirstOrThrow({ where: { userId } })).toMatchObject({ acceptedAt: expect.any(Date) });
    expect(await db.auditEvent.findMany({ where: { requestId: "req-accept" } })).toEqual([
      expect.objectContaining({ action: "identity.accept_invitation", actorId: userId, entityId: userId, after: { status: "ACTIVE" } }),
    ]);

    const before = await counts();
    await expect(acceptInvitation({ token, password: "another password entirely" }, "req-accept-again")).rejects.toBeInstanceOf(UserError);
    expect(await counts()).toEqual(before);
    const after = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(after.passwordHash).toBe(user.passwordHash);
  });

  it("refuses an expired link", async () => {
    const { userId, token } = await invite("expired@example.gov");
    await db.invitation.updateMany({ where: { userId }, data: { expiresAt: new Date(Date.now() - 60_000) } });

    await expect(acceptInvitation({ token, password: PASSWORD }, null)).rejects.toThrow(/expired or was already used/);

    expect(await db.user.findUniqueOrThrow({ where: { id: userId } })).toMatchObject({ status: "INVITED", passwordHash: null });
  });

  it("refuses a token that was never issued", async () => {
    await expect(acceptInvitation({ token: "x".repeat(43), password: PASSWORD }, null)).rejects.toBeInstanceOf(UserError);
  });

  it("stops the old link working when a new one is issued", async () => {
    const { userId, token: oldToken } = await invite("reissue@example.gov");
    const { invitationPath } = await reissueInvitation(await actor(db, admin.id), { userId });

    await expect(acceptInvitation({ token: oldToken, password: PASSWORD }, null)).rejects.toBeInstanceOf(UserError);
    await acceptInvitation({ token: tokenOf(invitationPath), password: PASSWORD }, null);
    expect(await db.user.findUniqueOrThrow({ where: { id: userId } })).toMatchObject({ status: "ACTIVE" });
  });
});

describe("grantRole and revokeRole", () => {
  const escMember = () => ({ role: "ESC_MEMBER", scopeType: "COMMITTEE" as const, committeeId: ids.committeeId });

  it("refuses the same role twice in the same scope", async () => {
    const user = await makeUser(db);
    const ctx = await actor(db, admin.id);
    await grantRole(ctx, { userId: user.id, ...escMember() });
    const before = await counts();

    await expect(grantRole(ctx, { userId: user.id, ...escMember() })).rejects.toThrow(/already holds that role/);

    expect(await counts()).toEqual(before);
    expect(await db.roleAssignment.count({ where: { userId: user.id, revokedAt: null } })).toBe(1);
  });

  it("grants the same role in another scope", async () => {
    const user = await makeUser(db);
    const ctx = await actor(db, admin.id);
    const other = await db.committee.findUniqueOrThrow({ where: { code: "ARS-ESC" } });
    await grantRole(ctx, { userId: user.id, ...escMember() });
    await grantRole(ctx, { userId: user.id, ...escMember(), committeeId: other.id });
    expect(await db.roleAssignment.count({ where: { userId: user.id, revokedAt: null } })).toBe(2);
    // The audit log reads as people do: the role's and the scope's names, not the enums.
    const summaries = await db.auditEvent.findMany({ where: { action: "identity.grant_role", entityId: user.id }, select: { summary: true } });
    expect(summaries.map((event) => event.summary)).toEqual(["Granted ESC member (committee)", "Granted ESC member (committee)"]);
  });

  it("leaves exactly one active assignment when the same grant races ten times", async () => {
    const user = await makeUser(db);
    const ctx = await actor(db, admin.id, "req-race");

    const results = await Promise.allSettled(Array.from({ length: 10 }, () => grantRole(ctx, { userId: user.id, ...escMember() })));

    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    for (const result of results.filter((result) => result.status === "rejected")) {
      expect(result.reason).toBeInstanceOf(UserError);
    }
    expect(await db.roleAssignment.count({ where: { userId: user.id, role: "ESC_MEMBER", revokedAt: null } })).toBe(1);
    expect(await db.auditEvent.count({ where: { requestId: "req-race" } })).toBe(1);
  });

  it("is forbidden to someone who is not an administrator", async () => {
    const user = await makeUser(db);
    const chair = await makeUser(db, { roles: [{ role: "ESC_CHAIR", scope: { type: "COMMITTEE", committeeId: ids.committeeId } }] });
    const before = await counts();
    await expect(grantRole(await actor(db, chair.id), { userId: user.id, ...escMember() })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await counts()).toEqual(before);
  });

  it("revokes: the assignment stays, marked with who and when, and is audited", async () => {
    const user = await makeUser(db, { roles: [{ role: "ESC_MEMBER", scope: { type: "COMMITTEE", committeeId: ids.committeeId } }] });
    const assignment = await db.roleAssignment.findFirstOrThrow({ where: { userId: user.id } });
    const ctx = await actor(db, admin.id, "req-revoke");

    await revokeRole(ctx, { assignmentId: assignment.id });

    const revoked = await db.roleAssignment.findUniqueOrThrow({ where: { id: assignment.id } });
    expect(revoked).toMatchObject({ revokedAt: expect.any(Date), revokedById: admin.id, role: "ESC_MEMBER" });
    const events = await db.auditEvent.findMany({ where: { requestId: "req-revoke" } });
    expect(events).toEqual([
      expect.objectContaining({
        action: "identity.revoke_role",
        actorId: admin.id,
        entityType: "User",
        entityId: user.id,
        before: expect.objectContaining({ id: assignment.id }),
      }),
    ]);

    const before = await counts();
    await expect(revokeRole(ctx, { assignmentId: assignment.id })).rejects.toThrow(/already revoked/);
    expect(await counts()).toEqual(before);
  });
});

describe("the last administrator", () => {
  // Arrange a world in which `admin` (from beforeEach) is the only active administrator.
  async function onlyAdministrator() {
    await db.roleAssignment.updateMany({
      where: { role: "ADMINISTRATOR", revokedAt: null, userId: { not: admin.id } },
      data: { revokedAt: new Date() },
    });
    return db.roleAssignment.findFirstOrThrow({ where: { userId: admin.id, role: "ADMINISTRATOR", revokedAt: null } });
  }

  it("cannot have their administrator role revoked", async () => {
    const assignment = await onlyAdministrator();
    // A disabled administrator does not count as another one.
    await makeAdmin(db, { status: "DISABLED" });
    const before = await counts();

    await expect(revokeRole(await actor(db, admin.id), { assignmentId: assignment.id })).rejects.toThrow(/last active administrator/);

    expect(await counts()).toEqual(before);
    expect(await db.roleAssignment.findUniqueOrThrow({ where: { id: assignment.id } })).toMatchObject({ revokedAt: null });
  });

  it("cannot disable their own account", async () => {
    await onlyAdministrator();
    await expect(setUserStatus(await actor(db, admin.id), { userId: admin.id, status: "DISABLED" })).rejects.toThrow(/cannot disable your own account/);
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ status: "ACTIVE" });
  });

  it("cannot be disabled by someone acting on a stale administrator session", async () => {
    await onlyAdministrator();
    const second = await makeAdmin(db);
    const staleCtx = await actor(db, second.id);
    // `admin` disables `second`: allowed, since `admin` remains.
    await setUserStatus(await actor(db, admin.id), { userId: second.id, status: "DISABLED" });
    expect(await db.user.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({ status: "DISABLED" });
    const before = await counts();

    await expect(setUserStatus(staleCtx, { userId: admin.id, status: "DISABLED" })).rejects.toThrow(/last active administrator/);

    expect(await counts()).toEqual(before);
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ status: "ACTIVE" });
  });

  it("can lose the role once someone else is an administrator", async () => {
    const assignment = await onlyAdministrator();
    await makeAdmin(db);
    await revokeRole(await actor(db, admin.id), { assignmentId: assignment.id });
    expect(await db.roleAssignment.findUniqueOrThrow({ where: { id: assignment.id } })).toMatchObject({ revokedAt: expect.any(Date) });
  });
});

describe("two administrators removing each other at the same moment", () => {
  async function twoAdministrators() {
    await db.roleAssignment.updateMany({ where: { role: "ADMINISTRATOR", revokedAt: null }, data: { revokedAt: new Date() } });
    const first = await makeAdmin(db);
    const second = await makeAdmin(db);
    return { first, second, contexts: [await actor(db, first.id), await actor(db, second.id)] as const };
  }

  const activeAdministrators = () => db.roleAssignment.count({ where: { role: "ADMINISTRATOR", revokedAt: null, user: { status: "ACTIVE" } } });

  it("keep one administrator when each revokes the other's role", async () => {
    const { first, second, contexts } = await twoAdministrators();
    const [firstRole, secondRole] = await Promise.all(
      [first, second].map((user) => db.roleAssignment.findFirstOrThrow({ where: { userId: user.id, role: "ADMINISTRATOR" } })),
    );

    const results = await Promise.allSettled([
      revokeRole(contexts[0], { assignmentId: secondRole!.id }),
      revokeRole(contexts[1], { assignmentId: firstRole!.id }),
    ]);

    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await activeAdministrators()).toBe(1);
  });

  // Without a lock around the check, both transactions see the other administrator and both
  // commit, leaving none.
  it("keep one administrator when each disables the other", async () => {
    const { first, second, contexts } = await twoAdministrators();

    const results = await Promise.allSettled([
      setUserStatus(contexts[0], { userId: second.id, status: "DISABLED" }),
      setUserStatus(contexts[1], { userId: first.id, status: "DISABLED" }),
    ]);

    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((result) => result.status === "rejected");
    expect(refused?.reason).toBeInstanceOf(UserError);
    expect(await activeAdministrators()).toBe(1);
  });
});
