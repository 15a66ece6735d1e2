import "server-only";
import { TRACKING_EXPORT_LIMIT, TRACKING_PAGE_SIZE, type TrackingFilter, type TrackingRow, type TrackingScope } from "@/domain/access/tracking";
import { californiaDayStart, dayOfNullable, day } from "@/domain/calendar/day";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";

/**
 * The process tracking spreadsheet's queries (Third Party Access Process 5 item 1): every
 * application the person may see (the scope is in the WHERE), filtered and sorted in SQL, one
 * page at a time. A page is three statements side by side (the rows, their count, the counties
 * for the filter) whatever the number of applications; an export is one.
 */
function whereOf(scope: TrackingScope, filter: TrackingFilter): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (!scope.all) conditions.push(Prisma.sql`a."lcsaId" = ANY(${scope.lcsaIds}::text[])`);
  if (filter.state) conditions.push(Prisma.sql`a.state = ${filter.state}::"AccessState"`);
  if (filter.county) conditions.push(Prisma.sql`a."countyId" = ${filter.county}`);
  if (filter.year) {
    // The year in California: from its first midnight there to the next year's.
    const from = californiaDayStart(day(`${filter.year}-01-01`));
    const to = californiaDayStart(day(`${filter.year + 1}-01-01`));
    conditions.push(Prisma.sql`a."identifiedAt" >= ${from} AND a."identifiedAt" < ${to}`);
  }
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

const ORDER: Record<TrackingFilter["sort"], Prisma.Sql> = {
  newest: Prisma.sql`a.number DESC`,
  oldest: Prisma.sql`a.number ASC`,
  county: Prisma.sql`c.name ASC, a.number DESC`,
};

interface Stored extends Omit<TrackingRow, "termEndsOn"> {
  termEndsOn: Date | null;
}

function rowsSql(scope: TrackingScope, filter: TrackingFilter, limit: number, offset: number): Prisma.Sql {
  return Prisma.sql`
    SELECT a.id, a.number, c.name AS county, o.name AS organization, a.kind::text AS kind, a.state::text AS state,
           a."identifiedAt", a."invitationSentAt", a."submittedAt",
           legal."answeredAt" AS "legalAnsweredAt", connectivity."answeredAt" AS "connectivityAnsweredAt",
           a."decidedAt", a."packageSentAt", a."mouReceivedAt", a."countersignedAt", a."officeId", a."termEndsOn"
      FROM "AccessApplication" a
      JOIN "County" c ON c.id = a."countyId"
      JOIN "ThirdPartyOrganization" o ON o.id = a."organizationId"
      LEFT JOIN "AccessReview" legal ON legal."applicationId" = a.id AND legal.kind = 'LEGAL'
      LEFT JOIN "AccessReview" connectivity ON connectivity."applicationId" = a.id AND connectivity.kind = 'CONNECTIVITY'
      ${whereOf(scope, filter)}
     ORDER BY ${ORDER[filter.sort]}
     LIMIT ${limit} OFFSET ${offset}`;
}

const toRow = ({ termEndsOn, state, ...row }: Stored): TrackingRow => ({ ...row, state: state, termEndsOn: dayOfNullable(termEndsOn) });

export interface TrackingPage {
  rows: TrackingRow[];
  total: number;
  page: number;
  pages: number;
  /** The counties the person may filter by (those of their scope), by name. */
  counties: { id: string; name: string }[];
}

export async function trackingPage(scope: TrackingScope, filter: TrackingFilter): Promise<TrackingPage> {
  if (!scope.all && scope.lcsaIds.length === 0) return { rows: [], total: 0, page: 1, pages: 1, counties: [] };
  const offset = (filter.page - 1) * TRACKING_PAGE_SIZE;
  const [rows, [count], counties] = await Promise.all([
    db.$queryRaw<Stored[]>(rowsSql(scope, filter, TRACKING_PAGE_SIZE, offset)),
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "AccessApplication" a ${whereOf(scope, filter)}`,
    db.county.findMany({ where: scope.all ? {} : { lcsaId: { in: scope.lcsaIds } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  const total = count?.total ?? 0;
  return { rows: rows.map(toRow), total, page: filter.page, pages: Math.max(1, Math.ceil(total / TRACKING_PAGE_SIZE)), counties };
}

/** Every row the filter matches (not only one page), in its order, up to TRACKING_EXPORT_LIMIT. */
export async function trackingExport(scope: TrackingScope, filter: TrackingFilter): Promise<TrackingRow[]> {
  if (!scope.all && scope.lcsaIds.length === 0) return [];
  const rows = await db.$queryRaw<Stored[]>(rowsSql(scope, filter, TRACKING_EXPORT_LIMIT, 0));
  return rows.map(toRow);
}

/** A county's name, for an export's note of its filter. */
export async function countyName(id: string): Promise<string | null> {
  return (await db.county.findUnique({ where: { id }, select: { name: true } }))?.name ?? null;
}
