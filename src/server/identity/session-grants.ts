import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { GrantSource } from "@/lib/session-loader";

/** The user's role assignments that are not revoked, each with what its scope is called. */
export const roleAssignmentGrants: GrantSource = {
  sql: Prisma.sql`
    SELECT ra.role::text AS role, ra."scopeType"::text AS "scopeType",
           ra."consortiumId", ra."lcsaId", ra."committeeId", ra."organizationId",
           COALESCE(cm.name, l.name, o.name, c.code) AS "scopeName", NULL::text AS detail, ra."grantedAt"::date AS since
      FROM "RoleAssignment" ra
      LEFT JOIN "Committee" cm ON cm.id = ra."committeeId"
      LEFT JOIN "Lcsa" l ON l.id = ra."lcsaId"
      LEFT JOIN "ThirdPartyOrganization" o ON o.id = ra."organizationId"
      LEFT JOIN "Consortium" c ON c.id = ra."consortiumId"
     WHERE ra."userId" = u.id AND ra."revokedAt" IS NULL`,
};
