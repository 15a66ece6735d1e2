import "server-only";
import { ACCESS_STATE_LABELS, applicationNumber, CLOSED_STATES, type AccessState } from "@/domain/access/lifecycle";
import { queueScope } from "@/domain/access/queue";
import { Prisma } from "@/generated/prisma/client";
import type { CurrentUser } from "@/lib/context";
import { db } from "@/lib/db/client";
import { scopeSql } from "@/server/access/queries";

/** How many of the newest applications the home card lists; the queue at /access has them all. */
export const HOME_APPLICATIONS = 5;

export interface HomeApplication {
  id: string;
  label: string;
  organization: string;
  organizationId: string;
  county: string;
  state: AccessState;
  stateLabel: string;
  since: Date;
}

export interface AccessForHome {
  /** Applications under way (not rejected, withdrawn or renewed) that this person may read. */
  open: number;
  /** The most recently moved of them, newest first; for a Requestor, its organization's of every state. */
  recent: HomeApplication[];
}

/**
 * The home page's third-party access card, in one statement: the applications this person may
 * read (accessPermissions.read's scope, queueScope), how many are under way and the latest
 * moved. Null for someone with no part in third-party access.
 */
export async function accessForHome(user: CurrentUser): Promise<AccessForHome | null> {
  const scope = queueScope(user);
  if (!scope.all && !scope.lcsaIds.length && !scope.organizationIds.length) return null;
  const where = scopeSql(scope);
  // A Requestor also sees its approved MOU among the latest; DCSS and an LCSA see what is under way.
  const shown = scope.all || scope.lcsaIds.length ? Prisma.sql`a.state::text <> ALL(${[...CLOSED_STATES]}::text[])` : Prisma.sql`TRUE`;
  const [row] = await db.$queryRaw<
    { open: number; recent: (Omit<HomeApplication, "label" | "stateLabel" | "since"> & { number: number; sinceMs: number })[] }[]
  >`
    SELECT (SELECT count(*)::int FROM "AccessApplication" a WHERE ${where} AND a.state::text <> ALL(${[...CLOSED_STATES]}::text[])) AS open,
           (SELECT coalesce(json_agg(x), '[]'::json) FROM (
              SELECT a.id, a.number, o.name AS organization, o.id AS "organizationId", c.name AS county, a.state::text AS state, (extract(epoch FROM a."stateChangedAt") * 1000)::bigint AS "sinceMs"
                FROM "AccessApplication" a
                JOIN "ThirdPartyOrganization" o ON o.id = a."organizationId"
                JOIN "County" c ON c.id = a."countyId"
               WHERE ${where} AND ${shown}
               ORDER BY a."stateChangedAt" DESC, a.number DESC
               LIMIT ${HOME_APPLICATIONS}) x) AS recent`;
  return {
    open: row!.open,
    recent: row!.recent.map(({ number, sinceMs, ...application }) => ({
      ...application,
      label: applicationNumber(number),
      stateLabel: ACCESS_STATE_LABELS[application.state],
      since: new Date(Number(sinceMs)),
    })),
  };
}
