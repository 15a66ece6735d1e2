import "server-only";
import { applicationClocks, type Clock } from "@/domain/access/clocks";
import { ACCESS_STATE_LABELS, applicationNumber, CLOSED_STATES, type AccessState } from "@/domain/access/lifecycle";
import { accessPermissions } from "@/domain/access/permissions";
import { queueScope, rankQueue, waitingOn, WAITING_ON, type QueueFacts, type QueueScope, type Waiting, type WaitingOn } from "@/domain/access/queue";
import { QUEUE_PAGE_SIZE, type QueueFilter, type ReviewKind } from "@/domain/access/schemas";
import { trackSteps, type StepRecord } from "@/domain/access/steps";
import { californiaDayOf, dayOfNullable, type Day } from "@/domain/calendar/day";
import { Prisma } from "@/generated/prisma/client";
import type { CurrentUser } from "@/lib/context";
import { db } from "@/lib/db/client";
import { can } from "@/lib/permissions";

const californiaDay = (column: Prisma.Sql) => Prisma.sql`to_char(${column} AT TIME ZONE 'UTC' AT TIME ZONE 'America/Los_Angeles', 'YYYY-MM-DD')`;
const dayColumn = (column: Prisma.Sql) => Prisma.sql`to_char(${column}, 'YYYY-MM-DD')`;

/** The scope in the `where`: what this person may see of the applications (queueScope). */
export function scopeSql(scope: QueueScope): Prisma.Sql {
  if (scope.all) return Prisma.sql`TRUE`;
  const parts: Prisma.Sql[] = [];
  if (scope.lcsaIds.length) parts.push(Prisma.sql`a."lcsaId" = ANY(${scope.lcsaIds}::text[])`);
  if (scope.organizationIds.length) parts.push(Prisma.sql`a."organizationId" = ANY(${scope.organizationIds}::text[])`);
  return parts.length ? Prisma.sql`(${Prisma.join(parts, " OR ")})` : Prisma.sql`FALSE`;
}

/**
 * Open: not closed, and not an application whose access is established (office ID and
 * evaluation recorded: nothing of the approval process waits, queue.ts waitingOn).
 */
const OPEN = Prisma.sql`a.state::text <> ALL(${[...CLOSED_STATES]}::text[])
  AND NOT (a.state = 'ACTIVE' AND a."officeId" IS NOT NULL AND a."infrastructureEvaluatedAt" IS NOT NULL)`;

interface FactsRow {
  id: string;
  state: AccessState;
  stateChangedAt: Date;
  identifiedOn: Day | null;
  conversionOn: Day | null;
  invitationSentOn: Day | null;
  submittedOn: Day | null;
  legalRequested: boolean;
  legalAnsweredOn: Day | null;
  legalAuthorized: boolean | null;
  connectivityRequested: boolean;
  connectivityAnswered: boolean;
  decidedOn: Day | null;
  packageSent: boolean;
  mouReceivedOn: Day | null;
  countersignedOn: Day | null;
  accessEstablishedOn: Day | null;
  officeIdRecorded: boolean;
  infrastructureEvaluated: boolean;
}

export interface QueueRow {
  id: string;
  label: string;
  organization: string;
  county: string;
  lcsa: string;
  state: AccessState;
  stateLabel: string;
  /** When it reached its current step. */
  since: Date;
  waiting: (Waiting & { onLabel: string }) | null;
  /** Its most urgent open clock, and the others still running. */
  urgent: Clock | null;
  open: Clock[];
  accounts: { recommended: number; requested: number | null; approved: number | null };
}

export interface Queue {
  rows: QueueRow[];
  total: number;
  page: number;
  pages: number;
  /** Of all that match the filters: how many wait on whom, and how many are late. */
  waitingOn: { on: WaitingOn; label: string; count: number }[];
  late: number;
  counties: { id: string; name: string }[];
}

/**
 * The Process Manager's queue (Third Party Access Process 1.5, 6.3 to 7.2): every open
 * application this person may see (or, with a state chosen, every one at that state), with its
 * running clocks of process 4, the most urgent first, fifty a page. Three statements whatever
 * the number of applications: the facts of every match (narrow, for the clocks and the order),
 * the page's rows, and the counties to filter by.
 */
export async function accessQueue(user: CurrentUser, filter: QueueFilter, now = new Date()): Promise<Queue> {
  const today = californiaDayOf(now);
  const scope = queueScope(user);
  const conditions = [scopeSql(scope), filter.state ? Prisma.sql`a.state::text = ${filter.state}` : OPEN];
  if (filter.county) conditions.push(Prisma.sql`a."countyId" = ${filter.county}`);
  if (filter.q) {
    const number = /^(?:TPA-?)?0*(\d{1,7})$/i.exec(filter.q)?.[1];
    const pattern = `%${filter.q.replace(/[\\%_]/g, (match) => `\\${match}`)}%`;
    conditions.push(
      number
        ? Prisma.sql`a.number = ${Number(number)}`
        : Prisma.sql`EXISTS (SELECT 1 FROM "ThirdPartyOrganization" o WHERE o.id = a."organizationId" AND o.name ILIKE ${pattern})`,
    );
  }
  const [facts, counties] = await Promise.all([
    db.$queryRaw<FactsRow[]>`
      SELECT a.id, a.state::text AS state, a."stateChangedAt",
             ${californiaDay(Prisma.sql`a."identifiedAt"`)} AS "identifiedOn", ${dayColumn(Prisma.sql`c."cseConversionOn"`)} AS "conversionOn",
             ${californiaDay(Prisma.sql`a."invitationSentAt"`)} AS "invitationSentOn", ${californiaDay(Prisma.sql`a."submittedAt"`)} AS "submittedOn",
             legal."requestedAt" IS NOT NULL AS "legalRequested", ${californiaDay(Prisma.sql`legal."answeredAt"`)} AS "legalAnsweredOn",
             legal.favorable AS "legalAuthorized",
             net."requestedAt" IS NOT NULL AS "connectivityRequested", net."answeredAt" IS NOT NULL AS "connectivityAnswered",
             ${californiaDay(Prisma.sql`a."decidedAt"`)} AS "decidedOn", a."packageSentAt" IS NOT NULL AS "packageSent",
             ${californiaDay(Prisma.sql`a."mouReceivedAt"`)} AS "mouReceivedOn", ${californiaDay(Prisma.sql`a."countersignedAt"`)} AS "countersignedOn",
             ${californiaDay(Prisma.sql`a."officeIdRecordedAt"`)} AS "accessEstablishedOn",
             a."officeId" IS NOT NULL AS "officeIdRecorded", a."infrastructureEvaluatedAt" IS NOT NULL AS "infrastructureEvaluated"
        FROM "AccessApplication" a
        JOIN "County" c ON c.id = a."countyId"
        LEFT JOIN "AccessReview" legal ON legal."applicationId" = a.id AND legal.kind = 'LEGAL'
        LEFT JOIN "AccessReview" net ON net."applicationId" = a.id AND net.kind = 'CONNECTIVITY'
       WHERE ${Prisma.join(conditions, " AND ")}`,
    db.$queryRaw<{ id: string; name: string }[]>`
      SELECT c.id, c.name FROM "County" c
       WHERE ${scope.all ? Prisma.sql`TRUE` : Prisma.sql`c."lcsaId" = ANY(${scope.lcsaIds}::text[]) OR c.id IN (SELECT o."countyId" FROM "ThirdPartyOrganization" o WHERE o.id = ANY(${scope.organizationIds}::text[]))`}
       ORDER BY c.name`,
  ]);

  const ranked = rankQueue(
    facts.map((row) => ({ row, facts: row, waitingSince: row.stateChangedAt })),
    today,
  );
  const total = ranked.length;
  const pages = Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));
  const page = Math.min(filter.page, pages);
  const shown = ranked.slice((page - 1) * QUEUE_PAGE_SIZE, page * QUEUE_PAGE_SIZE);
  const ids = shown.map((entry) => entry.item.row.id);
  const details = ids.length
    ? await db.$queryRaw<
        {
          id: string;
          number: number;
          organization: string;
          county: string;
          lcsa: string;
          recommended: number;
          requested: number | null;
          approved: number | null;
        }[]
      >`
        SELECT a.id, a.number, o.name AS organization, c.name AS county, l.name AS lcsa,
               a."recommendedAccounts" AS recommended, f."usersRequested" AS requested, a."approvedAccounts" AS approved
          FROM "AccessApplication" a
          JOIN "ThirdPartyOrganization" o ON o.id = a."organizationId"
          JOIN "County" c ON c.id = a."countyId"
          JOIN "Lcsa" l ON l.id = a."lcsaId"
          LEFT JOIN "AccessApplicationForm" f ON f."applicationId" = a.id
         WHERE a.id = ANY(${ids}::text[])`
    : [];
  const detailOf = new Map(details.map((detail) => [detail.id, detail]));

  const counts = new Map<WaitingOn, number>();
  let late = 0;
  for (const entry of ranked) {
    const waiting = waitingOn(entry.item.facts);
    if (waiting) counts.set(waiting.on, (counts.get(waiting.on) ?? 0) + 1);
    if (entry.urgent?.status === "late") late += 1;
  }

  return {
    rows: shown.map(({ item, clocks, urgent }) => {
      const detail = detailOf.get(item.row.id)!;
      const waiting = waitingOn(item.facts);
      return {
        id: item.row.id,
        label: applicationNumber(detail.number),
        organization: detail.organization,
        county: detail.county,
        lcsa: detail.lcsa,
        state: item.row.state,
        stateLabel: ACCESS_STATE_LABELS[item.row.state],
        since: item.row.stateChangedAt,
        waiting: waiting && { ...waiting, onLabel: WAITING_ON[waiting.on] },
        urgent,
        open: clocks.filter((clock) => clock.completedOn === null),
        accounts: { recommended: detail.recommended, requested: detail.requested, approved: detail.approved },
      };
    }),
    total,
    page,
    pages,
    waitingOn: (Object.keys(WAITING_ON) as WaitingOn[]).flatMap((on) => (counts.get(on) ? [{ on, label: WAITING_ON[on], count: counts.get(on)! }] : [])),
    late,
    counties,
  };
}

// ------------------------------------------------------------------ one application

/** What the application's page shows: one query for the application and what belongs to it, one for its audit trail. */
export async function applicationDetail(id: string, now = new Date()) {
  const [application, events] = await Promise.all([
    db.accessApplication.findUnique({
      where: { id },
      select: {
        id: true,
        number: true,
        kind: true,
        state: true,
        stateChangedAt: true,
        version: true,
        organization: { select: { id: true, name: true, guideOrganization: true } },
        county: { select: { id: true, name: true, cseConversionOn: true } },
        lcsa: { select: { id: true, name: true } },
        inviteeName: true,
        inviteeTitle: true,
        inviteeAddress: true,
        inviteeEmail: true,
        coordinatorName: true,
        coordinatorTitle: true,
        coordinatorContact: true,
        sysadminName: true,
        sysadminTitle: true,
        sysadminContact: true,
        recommendedAccounts: true,
        invitationOn: true,
        identifiedAt: true,
        identifiedBy: { select: { name: true, title: true } },
        invitationSentAt: true,
        requestorUser: { select: { id: true, name: true, email: true, status: true } },
        submittedAt: true,
        decidedAt: true,
        decidedBy: { select: { name: true } },
        approvedAccounts: true,
        reservedAtDecision: true,
        decisionGuide: { select: { number: true } },
        overGuideJustification: true,
        rejectionReason: true,
        packageSentAt: true,
        signedMouFile: { select: { id: true, fileName: true, size: true } },
        mouReceivedAt: true,
        countersignedAt: true,
        countersignedBy: { select: { name: true } },
        termStartsOn: true,
        termEndsOn: true,
        officeId: true,
        officeIdRecordedAt: true,
        infrastructureEvaluation: true,
        infrastructureEvaluatedAt: true,
        form: true,
        reviews: {
          select: { kind: true, requestedAt: true, favorable: true, answeredAt: true, note: true, delays: true, answeredBy: { select: { name: true } } },
        },
      },
    }),
    db.$queryRaw<{ action: string; at: Date; actor: string | null; summary: string | null; after: unknown }[]>`
      SELECT e.action, e.at, u.name AS actor, e.summary, e.after
        FROM "AuditEvent" e LEFT JOIN "User" u ON u.id = e."actorId"
       WHERE e."entityType" = 'AccessApplication' AND e."entityId" = ${id}
       ORDER BY e.id`,
  ]);
  if (!application) return null;

  const review = (kind: ReviewKind) => application.reviews.find((candidate) => candidate.kind === kind) ?? null;
  const legal = review("LEGAL");
  const connectivity = review("CONNECTIVITY");
  const day = (at: Date | null) => (at ? californiaDayOf(at) : null);
  const facts: QueueFacts = {
    state: application.state,
    identifiedOn: day(application.identifiedAt),
    conversionOn: dayOfNullable(application.county.cseConversionOn),
    invitationSentOn: day(application.invitationSentAt),
    submittedOn: day(application.submittedAt),
    legalAnsweredOn: day(legal?.answeredAt ?? null),
    legalAuthorized: legal?.favorable ?? null,
    decidedOn: day(application.decidedAt),
    mouReceivedOn: day(application.mouReceivedAt),
    countersignedOn: day(application.countersignedAt),
    accessEstablishedOn: day(application.officeIdRecordedAt),
    legalRequested: legal !== null,
    connectivityRequested: connectivity !== null,
    connectivityAnswered: connectivity?.answeredAt != null,
    packageSent: application.packageSentAt !== null,
    officeIdRecorded: application.officeId !== null,
    infrastructureEvaluated: application.infrastructureEvaluatedAt !== null,
  };

  // Who did each step: the audit trail's first event of it, else the person the record names.
  const first = (...actions: string[]) => events.find((event) => actions.includes(event.action));
  const step = (at: Date | null, actions: string[], named?: string | null, note?: string) =>
    at ? { at, by: first(...actions)?.actor ?? named ?? null, ...(note ? { note } : {}) } : undefined;
  const withdrawal = application.state === "WITHDRAWN" ? [...events].reverse().find((event) => event.action === "access.withdraw") : undefined;
  const forwarded = first("access.forward_for_decision");
  const record: StepRecord = {
    identify: step(application.identifiedAt, ["access.identify"], application.identifiedBy.name),
    invitation: step(application.invitationSentAt, ["access.send_invitation"]),
    application: step(application.submittedAt, ["access.submit_application"], application.requestorUser?.name),
    reviews: forwarded ? { at: forwarded.at, by: forwarded.actor } : application.decidedAt ? { at: application.decidedAt, by: null } : undefined,
    decision: step(application.decidedAt, ["access.approve", "access.reject"], application.decidedBy?.name),
    package: step(application.packageSentAt, ["access.send_package"]),
    mou: step(application.mouReceivedAt, ["access.return_signed_mou"], application.requestorUser?.name),
    countersign: step(application.countersignedAt, ["access.countersign"], application.countersignedBy?.name),
    "office-id": step(application.officeIdRecordedAt, ["access.record_office_id"]),
    infrastructure: step(application.infrastructureEvaluatedAt, ["access.evaluate_infrastructure"]),
  };

  const today = californiaDayOf(now);
  return {
    ...application,
    label: applicationNumber(application.number),
    stateLabel: ACCESS_STATE_LABELS[application.state],
    resource: { lcsaId: application.lcsa.id, organizationId: application.organization.id },
    facts,
    legal,
    connectivity,
    clocks: applicationClocks(facts, today),
    waiting: waitingOn(facts),
    steps: trackSteps(application.state, record),
    withdrawal: withdrawal ? { at: withdrawal.at, by: withdrawal.actor, reason: (withdrawal.after as { reason?: string } | null)?.reason ?? "" } : null,
    /** Who sent the invitation letter (the letter's signatory). */
    invitationSentBy: first("access.send_invitation")?.actor ?? null,
  };
}
export type ApplicationDetail = NonNullable<Awaited<ReturnType<typeof applicationDetail>>>;

/** The application for a person who may read it; null when there is none, undefined when it is not theirs to read. */
export async function readableApplication(user: CurrentUser, id: string, now = new Date()): Promise<ApplicationDetail | null | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const application = await applicationDetail(id, now);
  if (!application) return null;
  return can(user, accessPermissions.read, application.resource) ? application : undefined;
}

/** The counties of the LCSAs this person directs, for the identification form: each with its conversion day. */
export async function identificationCounties(user: CurrentUser) {
  const lcsaIds = user.grants.flatMap((grant) => (grant.role === "LCSA_DIRECTOR" && grant.scope.lcsaId ? [grant.scope.lcsaId] : []));
  if (!lcsaIds.length) return [];
  const counties = await db.county.findMany({
    where: { lcsaId: { in: lcsaIds } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      lcsaId: true,
      cseConversionOn: true,
      conversionIsDemo: true,
      lcsa: { select: { name: true } },
      organizations: { orderBy: { name: "asc" }, select: { name: true } },
    },
  });
  return counties
    .filter((county) => can(user, accessPermissions.identify, { lcsaId: county.lcsaId }))
    .map((county) => ({ ...county, conversionOn: dayOfNullable(county.cseConversionOn) }));
}
