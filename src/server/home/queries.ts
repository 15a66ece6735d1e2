import "server-only";
import type { Role } from "@/domain/identity/roles";
import type { CurrentUser } from "@/lib/context";
import { db } from "@/lib/db/client";
import { can } from "@/lib/permissions";
import { changeRequestsForHome } from "@/server/change-requests/home";
import { nextMeetingsOf } from "@/server/meetings/queries";
import { tasksOf } from "@/server/home/tasks";
import { accessForHome } from "@/server/access/home";
import { accessPermissions } from "@/domain/access/permissions";
import { changeRequestPermissions } from "@/domain/change-requests/permissions";
import { identityPermissions } from "@/domain/identity/permissions";

/**
 * What the home page shows a user: their tasks (src/server/home/tasks.ts), then one card per
 * kind of work their roles give them. Queries run only for the roles the user holds, and in
 * parallel.
 */

/** Roles that follow the whole change-request queue (Governance plan 5.1.1: the CPL reports to the ESC and TAB). */
const CHANGE_TRACKING_ROLES: Role[] = ["CONSORTIUM_PROJECT_LEADER", "TAB_MEMBER", "CONSORTIUM_TECHNICAL_MANAGER", "ESC_CHAIR"];

export async function homeOverview(user: CurrentUser, now = new Date()) {
  const roles = new Set<Role>(user.grants.map((grant) => grant.role));
  const holdsAny = (...wanted: Role[]) => wanted.some((role) => roles.has(role));
  const lcsaIds = user.grants.flatMap((grant) => (grant.scope.type === "LCSA" && grant.scope.lcsaId ? [grant.scope.lcsaId] : []));
  const organizationIds = user.grants.flatMap((grant) =>
    grant.scope.type === "ORGANIZATION" && grant.scope.organizationId ? [grant.scope.organizationId] : [],
  );
  const isAdmin = can(user, identityPermissions.manage);
  // Seats on committees (ESC, TAB, CCB, workgroups): their next meetings.
  const committeeIds = [
    ...new Set(user.grants.flatMap((grant) => (grant.scope.type === "COMMITTEE" && grant.scope.committeeId ? [grant.scope.committeeId] : []))),
  ];
  const tracking = holdsAny(...CHANGE_TRACKING_ROLES);

  const [administration, taskList, nextMeetings, changeRequests, lcsas, organizations, access] = await Promise.all([
    isAdmin ? administrationSummary() : null,
    tasksOf(user, now),
    nextMeetingsOf(committeeIds),
    can(user, changeRequestPermissions.read) ? changeRequestsForHome(user.id, { counts: tracking }) : null,
    lcsaIds.length
      ? db.lcsa.findMany({
          where: { id: { in: lcsaIds } },
          select: {
            id: true,
            name: true,
            caseloadCategory: true,
            caseloadCategoryIsDemo: true,
            consortium: { select: { code: true } },
            counties: { select: { name: true }, orderBy: { name: "asc" } },
          },
        })
      : [],
    organizationIds.length
      ? db.thirdPartyOrganization.findMany({
          where: { id: { in: organizationIds } },
          orderBy: { name: "asc" },
          select: { id: true, name: true, county: { select: { name: true } } },
        })
      : [],
    accessForHome(user),
  ]);

  return {
    administration,
    tasks: taskList.tasks,
    tasksTruncated: taskList.truncated,
    hasRoles: user.grants.length > 0,
    nextMeetings,
    changeRequests,
    lcsas,
    organizations,
    meetings: committeeIds.length > 0,
    changeTracking: tracking,
    /** Third-party access applications this person may read, and whether the queue is theirs. */
    access: access && { ...access, queue: can(user, accessPermissions.queue) },
  };
}

/** Accounts by status and the latest audit events, in one statement. */
async function administrationSummary() {
  const [row] = await db.$queryRaw<
    { active: number; invited: number; recent: { id: string; atMs: number; actorEmail: string | null; action: string; summary: string | null }[] }[]
  >`
    SELECT count(*) FILTER (WHERE status = 'ACTIVE')::int AS active, count(*) FILTER (WHERE status = 'INVITED')::int AS invited,
           (SELECT coalesce(json_agg(x), '[]'::json) FROM (
              SELECT e.id::text AS id, (extract(epoch FROM e.at) * 1000)::bigint AS "atMs", e."actorEmail", e.action, e.summary
                FROM "AuditEvent" e ORDER BY e.id DESC LIMIT 5) x) AS recent
      FROM "User"`;
  return {
    active: row!.active,
    invited: row!.invited,
    recent: row!.recent.map(({ atMs, ...event }) => ({ ...event, at: new Date(Number(atMs)) })),
  };
}

export type HomeOverview = Awaited<ReturnType<typeof homeOverview>>;
