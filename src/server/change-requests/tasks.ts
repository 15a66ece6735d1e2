import "server-only";
import { capacitiesOf, CONSORTIUM_CAPACITY_ROLES, type CrTeam } from "@/domain/change-requests/capacities";
import type { CrKind, CrState } from "@/domain/change-requests/states";
import { changeRequestTasks, escalationTasks, TASK_STATES, type EscalationTaskFacts } from "@/domain/change-requests/tasks";
import { withoutStandIn, type Task } from "@/domain/home/tasks";
import { Prisma } from "@/generated/prisma/client";
import { defineTaskSource } from "@/lib/task-source";

interface CrRow {
  id: string;
  number: number;
  title: string;
  consortiumId: string;
  consortiumCode: string;
  state: CrState;
  kind: CrKind;
  authorId: string;
  stateChangedAt: number;
  backBriefed: boolean;
  escCommitteeId: string | null;
  ccbCommitteeId: string | null;
  myTeams: CrTeam[];
  myLcsasHere: string[];
  impactTeamSize: number;
  jadTeamSize: number;
  uatTeamSize: number;
  uatPassed: boolean;
  voteOpen: boolean;
  developerTested: boolean;
  releaseRecorded: boolean;
  defectsToSignOff: number;
}

/**
 * The change requests in which the person may have a capacity (capacities.ts): their own,
 * those whose teams they are on, those of a consortium they hold a consortium role in,
 * those of the consortium whose ESC they chair, and for a CCB member those at the CCSAS
 * review or the CCB; only in the states where a step is someone's task. Which of them are
 * the person's tasks is then the permissions' answer (changeRequestTasks).
 */
/**
 * The candidates, the longest waiting first: each way of being involved is its own branch,
 * ordered and cut by an index of its own (a consortium's by (consortiumId, stateChangedAt),
 * the author's by authorId, a team member's by their team rows, the CCB's by (state,
 * stateChangedAt)), so the list costs the same with 100 change requests or 10,000.
 */
function candidateBranches(
  userId: string,
  where: { statewide: boolean; consortiumIds: string[]; consortiumLcsaIds: string[]; chaired: string[]; ccbMember: boolean },
  take: number,
): Prisma.Sql {
  const inStates = Prisma.sql`cr.state = ANY(${TASK_STATES}::"CrState"[])`;
  const branch = (condition: Prisma.Sql) =>
    Prisma.sql`(SELECT cr.id, cr.number, cr.title, cr."consortiumId", cr.state, cr.kind, cr."authorId", cr."stateChangedAt", cr."backBriefedAt" FROM "ChangeRequest" cr WHERE ${inStates} AND ${condition} ORDER BY cr."stateChangedAt", cr.id LIMIT ${take})`;
  const branches = [
    branch(Prisma.sql`cr."authorId" = ${userId}`),
    branch(Prisma.sql`cr.id IN (SELECT t."changeRequestId" FROM "CrTeamMember" t WHERE t."userId" = ${userId})`),
    ...(where.statewide ? [branch(Prisma.sql`true`)] : []),
    ...[...new Set(where.consortiumIds)].map((id) => branch(Prisma.sql`cr."consortiumId" = ${id}`)),
    ...(where.consortiumLcsaIds.length
      ? [branch(Prisma.sql`cr."consortiumId" IN (SELECT l."consortiumId" FROM "Lcsa" l WHERE l.id = ANY(${where.consortiumLcsaIds}::text[]))`)]
      : []),
    ...(where.chaired.length
      ? [branch(Prisma.sql`cr."consortiumId" IN (SELECT c."consortiumId" FROM "Committee" c WHERE c.id = ANY(${where.chaired}::text[]))`)]
      : []),
    ...(where.ccbMember ? [branch(Prisma.sql`cr.state IN ('SUBCOMPONENT_REVIEW', 'CCB_REVIEW')`)] : []),
  ];
  return Prisma.sql`SELECT * FROM (${Prisma.join(branches, " UNION ")}) cr ORDER BY cr."stateChangedAt", cr.id LIMIT ${take}`;
}

export const changeRequestTaskSource = defineTaskSource<CrRow, Task>({
  name: "changeRequests",
  limit: 50,
  candidates(user, _now, limit) {
    const grants = user.grants.filter((grant) => grant.role !== "ADMINISTRATOR");
    const consortiumGrants = grants.filter((grant) => (CONSORTIUM_CAPACITY_ROLES as readonly string[]).includes(grant.role));
    const statewide = consortiumGrants.some((grant) => grant.scope.type === "STATEWIDE");
    const consortiumIds = consortiumGrants.flatMap((grant) =>
      grant.scope.type === "CONSORTIUM" && grant.scope.consortiumId ? [grant.scope.consortiumId] : [],
    );
    const lcsaIds = grants.flatMap((grant) => (grant.scope.type === "LCSA" && grant.scope.lcsaId ? [grant.scope.lcsaId] : []));
    const consortiumLcsaIds = consortiumGrants.flatMap((grant) => (grant.scope.type === "LCSA" && grant.scope.lcsaId ? [grant.scope.lcsaId] : []));
    const committeeOf = (role: string) =>
      grants.flatMap((grant) => (grant.role === role && grant.scope.type === "COMMITTEE" && grant.scope.committeeId ? [grant.scope.committeeId] : []));
    const chaired = committeeOf("ESC_CHAIR");
    const ccbMember = committeeOf("CCB_MEMBER").length > 0;
    const ms = (column: Prisma.Sql) => Prisma.sql`(extract(epoch FROM ${column}) * 1000)::bigint`;
    return Prisma.sql`
      SELECT json_build_object(
               'id', cr.id, 'number', cr.number, 'title', cr.title, 'consortiumId', cr."consortiumId", 'consortiumCode', co.code,
               'state', cr.state, 'kind', cr.kind, 'authorId', cr."authorId", 'stateChangedAt', ${ms(Prisma.sql`cr."stateChangedAt"`)},
               'backBriefed', cr."backBriefedAt" IS NOT NULL,
               'escCommitteeId', (SELECT c.id FROM "Committee" c WHERE c."consortiumId" = cr."consortiumId" AND c.kind = 'ESC' ORDER BY c.code LIMIT 1),
               'ccbCommitteeId', (SELECT c.id FROM "Committee" c WHERE c.kind = 'CCB' ORDER BY c.code LIMIT 1),
               'myTeams', team."mine",
               'myLcsasHere', coalesce((SELECT json_agg(l.id) FROM "Lcsa" l WHERE l.id = ANY(${lcsaIds}::text[]) AND l."consortiumId" = cr."consortiumId"), '[]'::json),
               'impactTeamSize', team."impact", 'jadTeamSize', team."jad", 'uatTeamSize', team."uat",
               'uatPassed', EXISTS (SELECT 1 FROM "UatPass" p WHERE p."changeRequestId" = cr.id AND p.passed),
               'voteOpen', EXISTS (SELECT 1 FROM "CrGateMotion" g JOIN "Motion" m ON m.id = g."motionId" WHERE g."changeRequestId" = cr.id AND m.status = 'OPEN'),
               'developerTested', coalesce(t."unitTestedAt" IS NOT NULL AND t."systemTestedAt" IS NOT NULL, false),
               'releaseRecorded', coalesce(btrim(t."releaseNotes") <> '' AND t."releasedOn" IS NOT NULL, false),
               'defectsToSignOff', (SELECT count(*) FROM "UatDefect" d WHERE d."changeRequestId" = cr.id AND d."resolvedAt" IS NOT NULL AND d."signedOffAt" IS NULL)::int
             ) AS data
        FROM (${candidateBranches(user.id, { statewide, consortiumIds, consortiumLcsaIds, chaired, ccbMember }, limit + 1)}) cr
        JOIN "Consortium" co ON co.id = cr."consortiumId"
        LEFT JOIN "CrTesting" t ON t."changeRequestId" = cr.id
        -- The three teams' sizes and the person's own teams, in one pass over the change request's team rows.
        CROSS JOIN LATERAL (
          SELECT count(*) FILTER (WHERE m.team = 'IMPACT_ANALYSIS')::int AS "impact", count(*) FILTER (WHERE m.team = 'JAD')::int AS "jad",
                 count(*) FILTER (WHERE m.team = 'UAT')::int AS "uat",
                 coalesce(json_agg(m.team) FILTER (WHERE m."userId" = ${user.id}), '[]'::json) AS "mine"
            FROM "CrTeamMember" m WHERE m."changeRequestId" = cr.id) team`;
  },
  tasks(rows, user) {
    const actor = withoutStandIn(user);
    return rows.flatMap((row) => {
      const here = new Set(row.myLcsasHere);
      const capacities = capacitiesOf(
        actor,
        {
          authorId: row.authorId,
          consortiumId: row.consortiumId,
          escCommitteeId: row.escCommitteeId,
          ccbCommitteeId: row.ccbCommitteeId,
          team: row.myTeams.map((team) => ({ team, userId: user.id })),
        },
        (lcsaId) => here.has(lcsaId),
      );
      return changeRequestTasks({ ...row, stateChangedAt: new Date(Number(row.stateChangedAt)), capacities });
    });
  },
});

type EscalationRow = Omit<EscalationTaskFacts, "since"> & { since: number };

/** Unresolved issues (a handful at any time); escalationTasks keeps those at a level the person works. */
export const escalationTaskSource = defineTaskSource<EscalationRow, Task>({
  name: "escalations",
  limit: 100,
  candidates(user, _now, limit) {
    return Prisma.sql`
      SELECT json_build_object(
               'id', e.id, 'title', e.title, 'level', e.level, 'consortiumId', e."consortiumId", 'consortiumCode', co.code,
               'escCommitteeId', (SELECT c.id FROM "Committee" c WHERE c."consortiumId" = e."consortiumId" AND c.kind = 'ESC' ORDER BY c.code LIMIT 1),
               'since', (extract(epoch FROM coalesce((SELECT max(s.at) FROM "EscalationStep" s WHERE s."escalationId" = e.id AND s.level = e.level), e."raisedAt")) * 1000)::bigint
             ) AS data
        FROM "Escalation" e JOIN "Consortium" co ON co.id = e."consortiumId"
       WHERE e."resolvedAt" IS NULL
       ORDER BY e."raisedAt"
       LIMIT ${limit + 1}`;
  },
  tasks(rows, user) {
    const principal = withoutStandIn(user);
    return rows.flatMap((row) => escalationTasks(principal, { ...row, level: row.level, since: new Date(Number(row.since)) }));
  },
});
