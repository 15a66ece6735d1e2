import "server-only";
import { applicationTasks, findingTasks, type ApplicationTaskFacts, type FindingTaskFacts } from "@/domain/access/tasks";
import { withoutStandIn, type Task } from "@/domain/home/tasks";
import { Prisma } from "@/generated/prisma/client";
import type { CurrentUser } from "@/lib/context";
import { defineTaskSource } from "@/lib/task-source";

type ApplicationRow = Omit<ApplicationTaskFacts, "stateChangedAt"> & { stateChangedAt: number };

const californiaDay = (column: Prisma.Sql) => Prisma.sql`to_char(${column} AT TIME ZONE 'UTC' AT TIME ZONE 'America/Los_Angeles', 'YYYY-MM-DD')`;
const dayColumn = (column: Prisma.Sql) => Prisma.sql`to_char(${column}, 'YYYY-MM-DD')`;

const scopedIds = (user: CurrentUser, role: string, type: "LCSA" | "ORGANIZATION") =>
  user.grants.flatMap((grant) => {
    if (grant.role !== role || grant.scope.type !== type) return [];
    const id = type === "LCSA" ? grant.scope.lcsaId : grant.scope.organizationId;
    return id ? [id] : [];
  });

/**
 * The applications on which the person may have a step to take, one indexed branch per way of
 * being involved, each cut at the limit and the longest waiting first: a DCSS role's by the
 * states its steps are in (narrowed by what the step waits for, so thousands of applications
 * long done are never read), an LCSA System Administrator's by the LCSA, a Requestor's by the
 * organization. Which candidates are tasks is then the permissions' answer (applicationTasks).
 */
function candidateBranches(user: CurrentUser, take: number): Prisma.Sql[] {
  const statewide = (role: string) => user.grants.some((grant) => grant.role === role && grant.scope.type === "STATEWIDE");
  const branch = (condition: Prisma.Sql) =>
    Prisma.sql`(SELECT a.id FROM "AccessApplication" a WHERE ${condition} ORDER BY a."stateChangedAt", a.id LIMIT ${take})`;
  const reviewOpen = (kind: string) =>
    Prisma.sql`EXISTS (SELECT 1 FROM "AccessReview" r WHERE r."applicationId" = a.id AND r.kind = ${kind}::"AccessReviewKind" AND r."answeredAt" IS NULL)`;
  const branches: Prisma.Sql[] = [];
  if (statewide("PROCESS_MANAGER")) {
    branches.push(branch(Prisma.sql`a.state IN ('IDENTIFIED', 'UNDER_REVIEW')`), branch(Prisma.sql`a.state = 'APPROVED' AND a."packageSentAt" IS NULL`));
  }
  if (statewide("PROCESS_OWNER")) branches.push(branch(Prisma.sql`a.state IN ('AWAITING_DECISION', 'MOU_SIGNED')`));
  if (statewide("DCSS_LEGAL")) branches.push(branch(Prisma.sql`a.state = 'UNDER_REVIEW' AND ${reviewOpen("LEGAL")}`));
  if (statewide("INFRASTRUCTURE_MANAGER")) {
    branches.push(
      branch(Prisma.sql`a.state = 'UNDER_REVIEW' AND ${reviewOpen("CONNECTIVITY")}`),
      branch(Prisma.sql`a.state = 'ACTIVE' AND (a."officeId" IS NULL OR a."infrastructureEvaluatedAt" IS NULL)`),
    );
  }
  if (statewide("CONTRACT_MANAGER")) {
    // Process 10.1: six months before the term ends (mouRenewal decides the day exactly; this only narrows).
    branches.push(branch(Prisma.sql`a.state = 'ACTIVE' AND a."renewalNoticeAt" IS NULL AND a."termEndsOn" <= (now() + interval '7 months')::date`));
  }
  const lcsaIds = scopedIds(user, "LCSA_SYSTEM_ADMINISTRATOR", "LCSA");
  if (lcsaIds.length) branches.push(branch(Prisma.sql`a."lcsaId" = ANY(${lcsaIds}::text[]) AND a.state = 'ACTIVE' AND a."officeId" IS NOT NULL`));
  const organizationIds = scopedIds(user, "REQUESTOR", "ORGANIZATION");
  if (organizationIds.length) {
    branches.push(branch(Prisma.sql`a."organizationId" = ANY(${organizationIds}::text[]) AND a.state IN ('INVITED', 'APPROVED', 'ACTIVE')`));
  }
  return branches;
}

export const accessApplicationTaskSource = defineTaskSource<ApplicationRow, Task>({
  name: "accessApplications",
  limit: 50,
  candidates(user, _now, limit) {
    const branches = candidateBranches(withoutStandIn(user), limit + 1);
    if (!branches.length) return null;
    return Prisma.sql`
      SELECT json_build_object(
               'id', a.id, 'number', a.number, 'organizationName', o.name, 'lcsaId', a."lcsaId", 'organizationId', a."organizationId",
               'state', a.state, 'stateChangedAt', (extract(epoch FROM a."stateChangedAt") * 1000)::bigint,
               'identifiedOn', ${californiaDay(Prisma.sql`a."identifiedAt"`)}, 'conversionOn', ${dayColumn(Prisma.sql`c."cseConversionOn"`)},
               'invitationSentOn', ${californiaDay(Prisma.sql`a."invitationSentAt"`)}, 'submittedOn', ${californiaDay(Prisma.sql`a."submittedAt"`)},
               'legalRequested', legal."requestedAt" IS NOT NULL, 'legalAnsweredOn', ${californiaDay(Prisma.sql`legal."answeredAt"`)},
               'legalAuthorized', legal.favorable,
               'connectivityRequested', net."requestedAt" IS NOT NULL, 'connectivityAnswered', net."answeredAt" IS NOT NULL,
               'decidedOn', ${californiaDay(Prisma.sql`a."decidedAt"`)}, 'packageSent', a."packageSentAt" IS NOT NULL,
               'mouReceivedOn', ${californiaDay(Prisma.sql`a."mouReceivedAt"`)}, 'countersignedOn', ${californiaDay(Prisma.sql`a."countersignedAt"`)},
               'accessEstablishedOn', ${californiaDay(Prisma.sql`a."officeIdRecordedAt"`)},
               'officeIdRecorded', a."officeId" IS NOT NULL, 'infrastructureEvaluated', a."infrastructureEvaluatedAt" IS NOT NULL,
               'usersListed', users.listed, 'usersWaiting', users.waiting,
               'termEndsOn', ${dayColumn(Prisma.sql`a."termEndsOn"`)}, 'renewalNoticeOn', ${californiaDay(Prisma.sql`a."renewalNoticeAt"`)},
               'openFindings', (SELECT count(*) FROM "AuditFinding" f WHERE f."organizationId" = a."organizationId" AND f."clearedAt" IS NULL)::int
             ) AS data
        FROM (${Prisma.join(branches, " UNION ")}) ids
        JOIN "AccessApplication" a ON a.id = ids.id
        JOIN "ThirdPartyOrganization" o ON o.id = a."organizationId"
        JOIN "County" c ON c.id = a."countyId"
        LEFT JOIN "AccessReview" legal ON legal."applicationId" = a.id AND legal.kind = 'LEGAL'
        LEFT JOIN "AccessReview" net ON net."applicationId" = a.id AND net.kind = 'CONNECTIVITY'
        CROSS JOIN LATERAL (
          SELECT count(*)::int AS listed, count(*) FILTER (WHERE u."createdAt" IS NULL AND u."suspendedAt" IS NULL)::int AS waiting
            FROM "AccessAccount" u WHERE u."applicationId" = a.id) users
       ORDER BY a."stateChangedAt", a.id
       LIMIT ${limit + 1}`;
  },
  tasks(rows, user, now) {
    const principal = withoutStandIn(user);
    return rows.flatMap((row) => applicationTasks(principal, { ...row, stateChangedAt: new Date(Number(row.stateChangedAt)) }, now));
  },
});

type FindingRow = Omit<FindingTaskFacts, "recordedAt"> & { recordedAt: number };

/** Open findings of the DCSS ISO's audits, for the Process Owner (section 8); a handful at any time. */
export const accessFindingTaskSource = defineTaskSource<FindingRow, Task>({
  name: "accessFindings",
  limit: 50,
  candidates(user, _now, limit) {
    if (!withoutStandIn(user).grants.some((grant) => grant.role === "PROCESS_OWNER")) return null;
    return Prisma.sql`
      SELECT json_build_object('id', f.id, 'organizationId', f."organizationId", 'organizationName', o.name, 'lcsaId', o."lcsaId",
                               'finding', f.finding, 'recordedAt', (extract(epoch FROM f."recordedAt") * 1000)::bigint) AS data
        FROM "AuditFinding" f JOIN "ThirdPartyOrganization" o ON o.id = f."organizationId"
       WHERE f."clearedAt" IS NULL
       ORDER BY f."recordedAt", f.id
       LIMIT ${limit + 1}`;
  },
  tasks(rows, user) {
    const principal = withoutStandIn(user);
    return rows.flatMap((row) => findingTasks(principal, { ...row, recordedAt: new Date(Number(row.recordedAt)) }));
  },
});
