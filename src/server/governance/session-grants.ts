import "server-only";
import { membershipRole, type CommitteeKind, type SeatKind } from "@/domain/governance/membership";
import { Prisma } from "@/generated/prisma/client";
import type { GrantSource } from "@/lib/session-loader";

/**
 * The committee seats the user holds today (California's date). A seat's role comes from
 * the registry (membershipRole), so a term that ends takes its role with it, with nothing
 * to revoke.
 */
export const seatGrants: GrantSource = {
  sql: Prisma.sql`
    SELECT NULL::text AS role, 'COMMITTEE' AS "scopeType", NULL::text AS "consortiumId", NULL::text AS "lcsaId", s."committeeId",
           NULL::text AS "organizationId", cm.name AS "scopeName", cm.kind::text || ':' || s.kind::text AS detail, t."startsOn" AS since
      FROM "Term" t
      JOIN "Seat" s ON s.id = t."seatId"
      JOIN "Committee" cm ON cm.id = s."committeeId"
     WHERE t."userId" = u.id
       AND t."startsOn" <= (now() AT TIME ZONE 'America/Los_Angeles')::date
       AND (t."endsOn" IS NULL OR t."endsOn" >= (now() AT TIME ZONE 'America/Los_Angeles')::date)`,
  roleOf(row) {
    const [committeeKind, seatKind] = (row.detail ?? "").split(":") as [CommitteeKind, SeatKind];
    return committeeKind && seatKind ? membershipRole(committeeKind, seatKind) : null;
  },
};
