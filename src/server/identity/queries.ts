import "server-only";
import type { Prisma, Role, UserStatus } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { hashToken } from "@/server/identity/tokens";

/** Whether this installation has demo accounts (set by the demo seed). */
export async function demoAccountsEnabled(): Promise<boolean> {
  const setting = await db.appSetting.findUnique({ where: { key: "demo" }, select: { value: true } });
  return setting?.value === true;
}

const scopeSelect = {
  consortium: { select: { code: true } },
  lcsa: { select: { name: true } },
  committee: { select: { name: true } },
  organization: { select: { name: true } },
} satisfies Prisma.RoleAssignmentSelect;

type ScopeNames = Prisma.RoleAssignmentGetPayload<{ select: typeof scopeSelect }>;

/** "CASES Executive Steering Committee", "Los Angeles", "Statewide": what a scope is called. */
export function scopeName(assignment: ScopeNames & { scopeType: string }): string {
  return assignment.committee?.name ?? assignment.lcsa?.name ?? assignment.organization?.name ?? assignment.consortium?.code ?? "Statewide";
}

export interface UserFilter {
  q?: string;
  role?: Role;
  status?: UserStatus;
}

export const USER_LIST_LIMIT = 200;

/** Users matching the filter, by name; at most USER_LIST_LIMIT, with the total so the page can say so. */
export async function listUsers(filter: UserFilter) {
  const where: Prisma.UserWhereInput = {
    ...(filter.q ? { OR: [{ name: { contains: filter.q, mode: "insensitive" } }, { email: { contains: filter.q, mode: "insensitive" } }] } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.role ? { roles: { some: { role: filter.role, revokedAt: null } } } : {}),
  };
  const [total, users] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: { name: "asc" },
      take: USER_LIST_LIMIT,
      select: {
        id: true,
        name: true,
        email: true,
        title: true,
        status: true,
        lastSignInAt: true,
        roles: { where: { revokedAt: null }, select: { id: true, role: true, scopeType: true, ...scopeSelect } },
      },
    }),
  ]);
  return { total, users: users.map((user) => ({ ...user, roles: user.roles.map((role) => ({ ...role, scopeName: scopeName(role) })) })) };
}

export async function getUserDetail(id: string) {
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      title: true,
      status: true,
      createdAt: true,
      lastSignInAt: true,
      roles: {
        orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { grantedAt: "desc" }],
        select: {
          id: true,
          role: true,
          scopeType: true,
          grantedAt: true,
          revokedAt: true,
          grantedBy: { select: { name: true } },
          revokedBy: { select: { name: true } },
          ...scopeSelect,
        },
      },
      invitations: { where: { acceptedAt: null }, orderBy: { createdAt: "desc" }, take: 1, select: { expiresAt: true } },
    },
  });
  if (!user) return null;
  return { ...user, roles: user.roles.map((role) => ({ ...role, scopeName: scopeName(role) })) };
}

/** Everything a role can be scoped to, for the grant and invite forms. */
export async function scopeOptions() {
  const [consortia, lcsas, committees, organizations] = await Promise.all([
    db.consortium.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true, name: true } }),
    db.lcsa.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.committee.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.thirdPartyOrganization.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return {
    consortia: consortia.map((row) => ({ id: row.id, name: `${row.code}: ${row.name}` })),
    lcsas,
    committees,
    organizations,
  };
}

/** The invited person, when the link is still good: unused, unexpired, account not yet active. */
export async function invitationIsUsable(token: string) {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { acceptedAt: true, expiresAt: true, user: { select: { email: true, name: true, status: true } } },
  });
  if (!invitation || invitation.acceptedAt || invitation.expiresAt < new Date() || invitation.user.status !== "INVITED") return null;
  return invitation.user;
}
