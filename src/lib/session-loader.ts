import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { decodeSessionToken } from "@/lib/auth/session-token";
import type { CurrentUser, SessionExtras } from "@/lib/context";
import { db } from "@/lib/db/client";
import type { Grant, ScopeType } from "@/lib/permissions";

/**
 * Who is signed in, loaded in one round trip on every signed-in request, from parts the
 * modules declare: the identity module's role assignments, governance's committee seats
 * held today, notifications' unread count. The loader knows none of them; the composition
 * (src/server/session.ts) hands them in. Roles come from the database on every request, so
 * a revoked role or a disabled account takes effect at once, on every instance.
 */

/** The columns every grant source selects, correlated on the user's row `u`. */
export interface GrantRow {
  role: string | null;
  scopeType: ScopeType | null;
  consortiumId: string | null;
  lcsaId: string | null;
  committeeId: string | null;
  organizationId: string | null;
  /** What the scope is called, for the header ("ESC member, CASES Executive Steering Committee"). */
  scopeName: string | null;
  /** Whatever the source needs to derive the role (e.g. a seat's committee and seat kinds). */
  detail: string | null;
  /** Orders the grants: the earliest first. */
  since: Date | null;
}

export interface GrantSource {
  /**
   * `SELECT role, "scopeType", "consortiumId", "lcsaId", "committeeId", "organizationId",
   * "scopeName", detail, since FROM … WHERE … = u.id`: the grants of the user `u`.
   */
  sql: Prisma.Sql;
  /** The role a row gives, where it is derived rather than stored; rows without one are skipped. */
  roleOf?: (row: GrantRow) => string | null;
}

export type ExtraSources = { [K in keyof SessionExtras]: { sql: Prisma.Sql; parse: (value: unknown) => SessionExtras[K] } };

export interface SessionParts {
  grants: readonly GrantSource[];
  /** Scalar subqueries correlated on `u`, one per field the modules add to the session. */
  extras: ExtraSources;
  roleLabel: (role: string) => string;
  /** The token's session is still open (signing out ends it on the server), correlated on `u`. */
  sessionOpen: (sessionId: string) => Prisma.Sql;
}

const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

interface UserRow extends GrantRow {
  id: string;
  email: string;
  name: string;
  title: string | null;
  status: string;
  source: number | null;
}

export function createSessionLoader(parts: SessionParts) {
  const sources = parts.grants.map((source, index) => Prisma.sql`SELECT ${index}::int AS source, part.* FROM (${source.sql}) part`);
  const extraNames = Object.keys(parts.extras) as (keyof SessionExtras)[];
  const extras = extraNames.map((name) => Prisma.sql`, (${parts.extras[name].sql}) AS ${Prisma.raw(`"${String(name)}"`)}`);

  /** The user and their grants, or null when there is no such active user with that session open. */
  async function loadUser(userId: string, sessionId: string): Promise<CurrentUser | null> {
    const rows = await db.$queryRaw<(UserRow & Record<string, unknown>)[]>`
      SELECT u.id, u.email, u.name, u.title, u.status::text AS status, g.*${Prisma.join(extras, "")}
        FROM "User" u
        LEFT JOIN LATERAL (${Prisma.join(sources, " UNION ALL ")}) g ON true
       WHERE u.id = ${userId} AND ${parts.sessionOpen(sessionId)}
       ORDER BY g.since`;
    const user = rows[0];
    if (!user || user.status !== "ACTIVE") return null;
    const grants = rows.flatMap((row) => {
      if (row.source === null || !row.scopeType) return [];
      const role = parts.grants[row.source]?.roleOf?.(row) ?? row.role;
      return role ? [{ row, role, scopeType: row.scopeType }] : [];
    });
    const extraValues = Object.fromEntries(extraNames.map((name) => [name, parts.extras[name].parse(user[name as string])])) as unknown as SessionExtras;
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      title: user.title,
      roleSummaries: grants.map(({ row, role }) => (row.scopeName ? `${parts.roleLabel(role)}, ${row.scopeName}` : parts.roleLabel(role))),
      grants: grants.map(({ row, role, scopeType }): Grant => ({
        role: role as Grant["role"],
        scope: { type: scopeType, consortiumId: row.consortiumId, lcsaId: row.lcsaId, committeeId: row.committeeId, organizationId: row.organizationId },
      })),
      ...extraValues,
    };
  }

  /**
   * The user a session token names, or null when it is missing, tampered with, expired, or
   * its session has ended (signed out, account disabled).
   * This is what getServerSession does underneath, without building the whole auth handler
   * on every request (that took most of a page's time).
   */
  async function userFromToken(token: string | undefined, secret: string): Promise<CurrentUser | null> {
    if (!token) return null;
    const payload = await decodeSessionToken(token, secret);
    const { sub, sid } = payload ?? {};
    return typeof sub === "string" && typeof sid === "string" && sid.length <= 64 ? loadUser(sub, sid) : null;
  }

  return { loadUser, userFromToken, cookieNames: SESSION_COOKIES };
}
