import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { connection } from "next/server";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { roleLabel, type Role, type ScopeType } from "@/domain/identity/roles";
import { authOptions } from "@/lib/auth/options";
import type { CurrentUser } from "@/lib/context";
import { db } from "@/lib/db";
import { can, type Action, type ResourceScope } from "@/lib/permissions";

/**
 * The signed-in user, loaded once per request. Roles come from the database on every
 * request, so a revoked role or a disabled account takes effect at once, on every
 * instance, without waiting for the session token to expire.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  await connection(); // per-request by nature: never prerendered at build time
  const session = await getServerSession(authOptions());
  const userId = (session as { userId?: string } | null)?.userId;
  if (!userId) return null;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      title: true,
      status: true,
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
    },
  });
  if (!user || user.status !== "ACTIVE") return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    title: user.title,
    roleSummaries: user.roles.map((grant) => {
      const where = grant.committee?.name ?? grant.lcsa?.name ?? grant.organization?.name ?? grant.consortium?.code;
      return where ? `${roleLabel(grant.role as Role)}, ${where}` : roleLabel(grant.role as Role);
    }),
    grants: user.roles.map((grant) => ({
      role: grant.role as Role,
      scope: {
        type: grant.scopeType as ScopeType,
        consortiumId: grant.consortiumId,
        lcsaId: grant.lcsaId,
        committeeId: grant.committeeId,
        organizationId: grant.organizationId,
      },
    })),
  };
});

/** The path being rendered, set by the proxy, so sign-in can bring the user back. */
async function currentPath(): Promise<string> {
  return (await headers()).get("x-pathname") ?? "/";
}

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    redirect(`/signin?callbackUrl=${encodeURIComponent(await currentPath())}`);
  }
  return user;
}

/** For pages: signed out goes to sign-in; signed in without permission sees "not found". */
export async function requirePermission(action: Action, resource?: ResourceScope): Promise<CurrentUser> {
  const user = await requireUser();
  if (!can(user, action, resource)) notFound();
  return user;
}

export async function requestId(): Promise<string | null> {
  return (await headers()).get("x-request-id");
}
