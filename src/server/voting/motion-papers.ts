import "server-only";
import type { Gate } from "@/domain/change-requests/lifecycle";
import type { CrKind, CrState } from "@/domain/change-requests/states";
import type { LevelOfEffort } from "@/domain/change-requests/readiness";
import { db } from "@/lib/db/client";

/**
 * What a motion decides, and the papers it is decided on, for the voter's page: the change
 * request of a gate (its key facts, the impact analysis package's estimates, the JAD team's
 * revised ones and recommendation), a workgroup's activity, an agenda item; and the meeting
 * it belongs to, or whose agenda carries its subject, with that meeting's materials.
 *
 * One statement, whatever the subject. The voting engine imports no module that uses it
 * (docs/ARCHITECTURE.md), so it reads their tables here, read-only, by SQL. The agenda item
 * that carries a subject is found by the source the subject's module stamps on it
 * ("ChangeRequest.<gate>", "WorkgroupActivity"; src/server/change-requests/gate-votes.ts,
 * src/server/workgroups/before-esc.ts).
 */
export async function getMotionPapers(motionId: string): Promise<MotionPapers | null> {
  const [row] = await db.$queryRaw<PapersRow[]>`
    WITH m AS (
      SELECT id, "subjectType"::text AS "subjectType", "subjectId", "meetingId", "agendaItemId" FROM "Motion" WHERE id = ${motionId}
    ), gate AS (
      SELECT g.gate::text AS gate FROM "CrGateMotion" g JOIN m ON g."motionId" = m.id
    ), cr AS (
      SELECT c.id, c.number, c.title, c.kind::text AS kind, c.state::text AS state, c."levelOfEffort"::text AS "levelOfEffort",
             co.code AS "consortiumCode", co.name AS "consortiumName", a.name AS author,
             p."changeRequestId" IS NOT NULL AS "hasPackage", p."effortHours", p."elapsedWeeks", p.cost::float8 AS cost,
             p."recommendedSolution",
             c.scope, j."changeRequestId" IS NOT NULL AS "hasJad", j."revisedEffortHours", j."revisedElapsedWeeks",
             j."revisedCost"::float8 AS "revisedCost", j."revisedScope", j."revisedApproach", j.recommendation AS "jadRecommendation"
        FROM m
        JOIN "ChangeRequest" c ON m."subjectType" = 'CHANGE_REQUEST_GATE' AND c.id = m."subjectId"
        JOIN "Consortium" co ON co.id = c."consortiumId"
        JOIN "User" a ON a.id = c."authorId"
        LEFT JOIN "CrImpactPackage" p ON p."changeRequestId" = c.id
        LEFT JOIN "CrJad" j ON j."changeRequestId" = c.id
    ), activity AS (
      SELECT wa.id, wa.title, wa.description, wa.recommendation, wa.status::text AS status, to_char(wa.deadline, 'YYYY-MM-DD') AS deadline,
             w.id AS "workgroupId", wc.name AS "workgroupName"
        FROM m
        JOIN "WorkgroupActivity" wa ON m."subjectType" = 'WORKGROUP_ACTIVITY' AND wa.id = m."subjectId"
        JOIN "Workgroup" w ON w.id = wa."workgroupId"
        JOIN "Committee" wc ON wc.id = w."committeeId"
    ), item AS (
      -- The agenda item the motion was moved on, or that is its subject, or that carries its subject.
      SELECT ai.id, ai.title, ai.description, ai.presenter, ai."meetingId"
        FROM m
        JOIN "AgendaItem" ai ON ai.id = COALESCE(m."agendaItemId", CASE WHEN m."subjectType" = 'AGENDA_ITEM' THEN m."subjectId" END)
      UNION ALL
      SELECT * FROM (
        SELECT ai.id, ai.title, ai.description, ai.presenter, ai."meetingId"
          FROM m
          JOIN "AgendaItem" ai ON ai."sourceId" = m."subjectId"
           AND ai."sourceType" = CASE m."subjectType"
                                   WHEN 'CHANGE_REQUEST_GATE' THEN 'ChangeRequest.' || (SELECT gate FROM gate)
                                   WHEN 'WORKGROUP_ACTIVITY' THEN 'WorkgroupActivity' END
         WHERE m."agendaItemId" IS NULL AND m."subjectType" IN ('CHANGE_REQUEST_GATE', 'WORKGROUP_ACTIVITY')
         ORDER BY ai."meetingId" IS NULL, ai."createdAt" DESC
         LIMIT 1
      ) carried
    ), meeting AS (
      SELECT mt.id, mt.title, mt."startsAt"
        FROM "Meeting" mt
       WHERE mt.id = COALESCE((SELECT "meetingId" FROM m), (SELECT "meetingId" FROM item WHERE "meetingId" IS NOT NULL LIMIT 1))
    )
    SELECT (SELECT "subjectType" FROM m) AS "subjectType",
           (SELECT gate FROM gate) AS gate,
           (SELECT row_to_json(cr) FROM cr) AS "changeRequest",
           (SELECT row_to_json(activity) FROM activity) AS activity,
           (SELECT row_to_json(i) FROM (SELECT * FROM item LIMIT 1) i) AS "agendaItem",
           (SELECT json_build_object(
                     'id', mt.id, 'title', mt.title, 'startsAt', mt."startsAt",
                     'materials', COALESCE((
                       SELECT json_agg(json_build_object(
                                'id', mm.id, 'title', mm.title, 'postedAt', mm."postedAt", 'late', mm.late, 'agendaItemId', mm."agendaItemId",
                                'file', json_build_object('fileName', f."fileName", 'size', f.size)
                              ) ORDER BY mm."postedAt", mm.id)
                         FROM "MeetingMaterial" mm JOIN "StoredFile" f ON f.id = mm."fileId"
                        WHERE mm."meetingId" = mt.id), '[]'::json))
              FROM meeting mt) AS meeting
     WHERE EXISTS (SELECT 1 FROM m)`;
  if (!row) return null;
  const cr = row.changeRequest;
  return {
    changeRequest: cr
      ? {
          id: cr.id,
          number: cr.number,
          title: cr.title,
          kind: cr.kind,
          state: cr.state,
          levelOfEffort: cr.levelOfEffort,
          consortium: { code: cr.consortiumCode, name: cr.consortiumName },
          author: cr.author,
          scope: cr.scope,
          gate: row.gate,
          package: cr.hasPackage
            ? { effortHours: cr.effortHours, elapsedWeeks: cr.elapsedWeeks, cost: cr.cost, recommendedSolution: cr.recommendedSolution ?? "" }
            : null,
          jad: cr.hasJad
            ? {
                effortHours: cr.revisedEffortHours,
                elapsedWeeks: cr.revisedElapsedWeeks,
                cost: cr.revisedCost,
                scope: cr.revisedScope ?? "",
                approach: cr.revisedApproach ?? "",
                recommendation: cr.jadRecommendation,
              }
            : null,
        }
      : null,
    activity: row.activity ? { ...row.activity, workgroup: { id: row.activity.workgroupId, name: row.activity.workgroupName } } : null,
    agendaItem: row.agendaItem
      ? {
          id: row.agendaItem.id,
          title: row.agendaItem.title,
          description: row.agendaItem.description,
          presenter: row.agendaItem.presenter,
          meetingId: row.agendaItem.meetingId,
        }
      : null,
    meeting: row.meeting
      ? {
          id: row.meeting.id,
          title: row.meeting.title,
          startsAt: new Date(row.meeting.startsAt),
          materials: row.meeting.materials.map((material) => ({ ...material, postedAt: new Date(material.postedAt) })),
        }
      : null,
  };
}

export interface Estimates {
  effortHours: number | null;
  elapsedWeeks: number | null;
  cost: number | null;
}

export interface MotionPapers {
  changeRequest: {
    id: string;
    number: number;
    title: string;
    kind: CrKind;
    state: CrState;
    levelOfEffort: LevelOfEffort | null;
    consortium: { code: string; name: string };
    author: string;
    scope: string;
    /** Which gate this motion decides. */
    gate: Gate | null;
    /** Plan 3.1.2: the impact analysis package's estimates and recommended solution. */
    package: (Estimates & { recommendedSolution: string }) | null;
    /** Plan 3.1.4: the JAD team's revised estimates, scope and approach, and its recommendation. */
    jad: (Estimates & { scope: string; approach: string; recommendation: string | null }) | null;
  } | null;
  activity: {
    id: string;
    title: string;
    description: string;
    recommendation: string | null;
    status: string;
    /** yyyy-mm-dd, a California day. */
    deadline: string;
    workgroup: { id: string; name: string };
  } | null;
  agendaItem: { id: string; title: string; description: string | null; presenter: string | null; meetingId: string | null } | null;
  meeting: {
    id: string;
    title: string;
    startsAt: Date;
    materials: { id: string; title: string; postedAt: Date; late: boolean; agendaItemId: string | null; file: { fileName: string; size: number } }[];
  } | null;
}

interface PapersRow {
  subjectType: string;
  gate: Gate | null;
  changeRequest: {
    id: string;
    number: number;
    title: string;
    kind: CrKind;
    state: CrState;
    levelOfEffort: LevelOfEffort | null;
    consortiumCode: string;
    consortiumName: string;
    author: string;
    scope: string;
    hasPackage: boolean;
    effortHours: number | null;
    elapsedWeeks: number | null;
    cost: number | null;
    recommendedSolution: string | null;
    hasJad: boolean;
    revisedEffortHours: number | null;
    revisedElapsedWeeks: number | null;
    revisedCost: number | null;
    revisedScope: string | null;
    revisedApproach: string | null;
    jadRecommendation: string | null;
  } | null;
  activity: {
    id: string;
    title: string;
    description: string;
    recommendation: string | null;
    status: string;
    deadline: string;
    workgroupId: string;
    workgroupName: string;
  } | null;
  agendaItem: { id: string; title: string; description: string | null; presenter: string | null; meetingId: string | null } | null;
  meeting: {
    id: string;
    title: string;
    /** JSON text. */
    startsAt: string;
    materials: { id: string; title: string; postedAt: string; late: boolean; agendaItemId: string | null; file: { fileName: string; size: number } }[];
  } | null;
}
