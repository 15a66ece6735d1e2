import "server-only";
import { cookies, headers } from "next/headers";
import { connection } from "next/server";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { membershipRole, type CommitteeKind, type SeatKind } from "@/domain/governance/membership";
import { roleLabel, type Role, type ScopeType } from "@/domain/identity/roles";
import { decodeSessionToken } from "@/lib/auth/session-token";
import type { CurrentUser } from "@/lib/context";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { can, type Permission } from "@/lib/permissions";

/**
 * The signed-in user, loaded once per request. Roles come from the database on every
 * request, so a revoked role or a disabled account takes effect at once, on every
 * instance, without waiting for the session token to expire.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  await connection(); // per-request by nature: never prerendered at build time
  const userId = await sessionUserId();
  return userId ? loadUser(userId) : null;
});

const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/**
 * The user id in the signed, encrypted session cookie, or null when it is missing,
 * tampered with or expired. This is what getServerSession does underneath, without
 * building the whole auth handler on every request (that took most of a page's time).
 */
async function sessionUserId(): Promise<string | null> {
  const store = await cookies();
  const raw = SESSION_COOKIES.map((name) => store.get(name)?.value).find(Boolean);
  if (!raw) return null;
  const token = await decodeSessionToken(raw, env().NEXTAUTH_SECRET);
  return typeof token?.sub === "string" ? token.sub : null;
}

interface UserRow {
  id: string;
  email: string;
  name: string;
  title: string | null;
  status: string;
  role: Role | null;
  scopeType: ScopeType | null;
  consortiumId: string | null;
  lcsaId: string | null;
  committeeId: string | null;
  organizationId: string | null;
  scopeName: string | null;
  committeeKind: CommitteeKind | null;
  seatKind: SeatKind | null;
  unread: number;
}

/**
 * One round trip on every signed-in request: the user, their active role assignments, and
 * the committee seats they hold today (California's date), each with what its scope is
 * called. A seat's role comes from the registry (membershipRole), so a term that ends takes
 * its role with it, with nothing to revoke. The header's unread-notification count rides
 * along (an index-only count on (userId, readAt)), so a page adds no query for it.
 */
async function loadUser(userId: string): Promise<CurrentUser | null> {
  const rows = await db.$queryRaw<UserRow[]>`
    SELECT u.id, u.email, u.name, u.title, u.status::text AS status, g.*,
           (SELECT count(*)::int FROM "Notification" n WHERE n."userId" = u.id AND n."readAt" IS NULL) AS unread
      FROM "User" u
      LEFT JOIN LATERAL (
        SELECT ra.role::text AS role, ra."scopeType"::text AS "scopeType",
               ra."consortiumId", ra."lcsaId", ra."committeeId", ra."organizationId",
               COALESCE(cm.name, l.name, o.name, c.code) AS "scopeName",
               NULL::text AS "committeeKind", NULL::text AS "seatKind", ra."grantedAt"::date AS since
          FROM "RoleAssignment" ra
          LEFT JOIN "Committee" cm ON cm.id = ra."committeeId"
          LEFT JOIN "Lcsa" l ON l.id = ra."lcsaId"
          LEFT JOIN "ThirdPartyOrganization" o ON o.id = ra."organizationId"
          LEFT JOIN "Consortium" c ON c.id = ra."consortiumId"
         WHERE ra."userId" = u.id AND ra."revokedAt" IS NULL
        UNION ALL
        SELECT NULL, 'COMMITTEE', NULL, NULL, s."committeeId", NULL, cm.name, cm.kind::text, s.kind::text, t."startsOn"
          FROM "Term" t
          JOIN "Seat" s ON s.id = t."seatId"
          JOIN "Committee" cm ON cm.id = s."committeeId"
         WHERE t."userId" = u.id
           AND t."startsOn" <= (now() AT TIME ZONE 'America/Los_Angeles')::date
           AND (t."endsOn" IS NULL OR t."endsOn" >= (now() AT TIME ZONE 'America/Los_Angeles')::date)
      ) g ON true
     WHERE u.id = ${userId}
     ORDER BY g.since`;
  const user = rows[0];
  if (!user || user.status !== "ACTIVE") return null;
  const grants = rows.flatMap((row) => {
    const role = row.role ?? (row.committeeKind && row.seatKind ? membershipRole(row.committeeKind, row.seatKind) : null);
    return role && row.scopeType ? [{ ...row, role, scopeType: row.scopeType }] : [];
  });
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    title: user.title,
    roleSummaries: grants.map((row) => (row.scopeName ? `${roleLabel(row.role)}, ${row.scopeName}` : roleLabel(row.role))),
    unreadNotifications: user.unread,
    grants: grants.map((row) => ({
      role: row.role,
      scope: {
        type: row.scopeType,
        consortiumId: row.consortiumId,
        lcsaId: row.lcsaId,
        committeeId: row.committeeId,
        organizationId: row.organizationId,
      },
    })),
  };
}

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
export async function requirePermission<R>(permission: Permission<R>, ...resource: undefined extends R ? [resource?: R] : [resource: R]): Promise<CurrentUser> {
  const user = await requireUser();
  if (!can(user, permission, ...resource)) notFound();
  return user;
}

export async function requestId(): Promise<string | null> {
  return (await headers()).get("x-request-id");
}
