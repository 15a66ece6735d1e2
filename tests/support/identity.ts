import { randomUUID } from "node:crypto";
import { californiaDay } from "@/domain/calendar/california-day";
import { membershipRole } from "@/domain/governance/membership";
import { roleLabel, scopeColumns, type Role, type Scope } from "@/domain/identity/roles";
import type { PrismaClient, UserStatus } from "@/generated/prisma/client";
import type { CommandContext } from "@/lib/context";

/**
 * Rows and command contexts for integration tests. Takes the Prisma client explicitly so
 * the caller decides when src/lib/db.ts is first imported (after DATABASE_URL is set).
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
 * The CommandContext a signed-in user gets, built from the database the way
 * src/lib/session.ts builds it: identity, the user's unrevoked assignments, and the role
 * of each committee seat they hold today (membershipRole).
 */
export async function actor(db: PrismaClient, userId: string, requestId: string = `req-${randomUUID()}`): Promise<CommandContext> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      title: true,
      roles: {
        where: { revokedAt: null },
        select: {
          role: true,
          scopeType: true,
          consortiumId: true,
          lcsaId: true,
          committeeId: true,
          organizationId: true,
          consortium: { select: { code: true } },
          lcsa: { select: { name: true } },
          committee: { select: { name: true } },
          organization: { select: { name: true } },
        },
      },
      terms: {
        where: { startsOn: { lte: californiaDay(new Date()) }, OR: [{ endsOn: null }, { endsOn: { gte: californiaDay(new Date()) } }] },
        select: { seat: { select: { kind: true, committee: { select: { id: true, kind: true, name: true } } } } },
      },
    },
  });
  const seats = user.terms.map(({ seat }) => ({ role: membershipRole(seat.committee.kind, seat.kind), committeeId: seat.committee.id, name: seat.committee.name }));
  return {
    requestId,
    actor: {
      id: user.id,
      email: user.email,
      name: user.name,
      title: user.title,
      roleSummaries: [
        ...user.roles.map((grant) => {
          const where = grant.committee?.name ?? grant.lcsa?.name ?? grant.organization?.name ?? grant.consortium?.code;
          return where ? `${roleLabel(grant.role)}, ${where}` : roleLabel(grant.role);
        }),
        ...seats.map((seat) => `${roleLabel(seat.role)}, ${seat.name}`),
      ],
      unreadNotifications: 0, // the header's count; no command reads it
      grants: user.roles.map((grant) => ({
        role: grant.role,
        scope: {
          type: grant.scopeType,
          consortiumId: grant.consortiumId,
          lcsaId: grant.lcsaId,
          committeeId: grant.committeeId,
          organizationId: grant.organizationId,
        },
      })).concat(seats.map((seat) => ({ role: seat.role, scope: { type: "COMMITTEE", consortiumId: null, lcsaId: null, committeeId: seat.committeeId, organizationId: null } }))),
    },
  };
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
