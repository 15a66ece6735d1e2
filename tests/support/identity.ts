import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { scopeColumns, type Role, type Scope } from "@/domain/identity/roles";
import type { PrismaClient, UserStatus } from "@/generated/prisma/client";
import type { CommandContext } from "@/lib/context";

/**
 * Rows and command contexts for integration tests. Takes the Prisma client explicitly so
 * the caller decides when src/lib/db/client.ts is first imported (after DATABASE_URL is set).
 */
export interface MakeUserOptions {
  email?: string;
  name?: string;
  title?: string | null;
  status?: UserStatus;
  passwordHash?: string | null;
  roles?: { role: Role; scope: Scope }[];
}

/** Creates a user (ACTIVE by default) with the given active role assignments. */
export async function makeUser(db: PrismaClient, options: MakeUserOptions = {}) {
  const suffix = randomUUID().slice(0, 8);
  const user = await db.user.create({
    data: {
      email: options.email ?? `user-${suffix}@example.gov`,
      name: options.name ?? `Test User ${suffix}`,
      title: options.title ?? null,
      status: options.status ?? "ACTIVE",
      passwordHash: options.passwordHash === undefined ? "not-a-real-hash" : options.passwordHash,
    },
  });
  for (const { role, scope } of options.roles ?? []) {
    await db.roleAssignment.create({
      data: { userId: user.id, role, ...scopeColumns(scope) },
    });
  }
  return user;
}

export const STATEWIDE: Scope = { type: "STATEWIDE" };

/** An ACTIVE user holding ADMINISTRATOR statewide. */
export function makeAdmin(db: PrismaClient, options: Omit<MakeUserOptions, "roles"> = {}) {
  return makeUser(db, { ...options, roles: [{ role: "ADMINISTRATOR", scope: STATEWIDE }] });
}

/**
 * The CommandContext a signed-in user gets, through the app's own session loader
 * (src/server/session.ts): a session of record is opened and a token naming it minted, as
 * next-auth's jwt callback does at sign-in, and
 * the loader decodes it and loads the user, their grants and the seats they hold today,
 * exactly as on every request. `db` is taken so the caller decides when src/lib/db/client.ts is
 * first imported (after DATABASE_URL is set); the loader reads the same database.
 */
export async function actor(_db: PrismaClient, userId: string, requestId: string = `req-${randomUUID()}`): Promise<CommandContext> {
  const { sessionLoader } = await import("@/server/session");
  const { openSession } = await import("@/server/identity/sessions");
  const secret = process.env.NEXTAUTH_SECRET!;
  const token = await encode({ token: { sub: userId, sid: await openSession(userId) }, secret });
  const user = await sessionLoader.userFromToken(token, secret);
  if (!user) throw new Error(`User ${userId} cannot sign in: no such active user.`);
  return { requestId, actor: user };
}

/** Ids of seeded reference rows, for scoped grants. */
export async function referenceIds(db: PrismaClient) {
  const [consortium, lcsa, committee, organization] = await Promise.all([
    db.consortium.findUniqueOrThrow({ where: { code: "CASES" }, select: { id: true } }),
    db.lcsa.findFirstOrThrow({ orderBy: { code: "asc" }, select: { id: true } }),
    db.committee.findUniqueOrThrow({ where: { code: "CASES-ESC" }, select: { id: true } }),
    db.thirdPartyOrganization.findFirstOrThrow({ orderBy: { name: "asc" }, select: { id: true } }),
  ]);
  return { consortiumId: consortium.id, lcsaId: lcsa.id, committeeId: committee.id, organizationId: organization.id };
}
