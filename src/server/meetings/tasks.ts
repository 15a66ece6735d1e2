import "server-only";
import { chairedCommitteeIds } from "@/domain/governance/committee-rules";
import { day } from "@/domain/calendar/day";
import { withoutStandIn, type Task } from "@/domain/home/tasks";
import { actionItemTask, meetingTasks, type ActionItemTaskFacts, type MeetingTaskFacts } from "@/domain/meetings/tasks";
import { Prisma } from "@/generated/prisma/client";
import { defineTaskSource } from "@/lib/task-source";

type MeetingRow = Omit<MeetingTaskFacts, "startsAt" | "createdAt"> & { startsAt: number; createdAt: number };

/**
 * Meetings in progress without attendance and adjourned meetings without posted minutes, of
 * the committees the person chairs (`chairsCommittee`'s grants) or, as an M&O Contract
 * Manager, of their consortium's ESC (permissions.ts coordinatesEscPapers).
 */
export const meetingTaskSource = defineTaskSource<MeetingRow, Task>({
  name: "meetings",
  limit: 50,
  candidates(user, now, limit) {
    const grants = user.grants.filter((grant) => grant.role !== "ADMINISTRATOR");
    const chaired = chairedCommitteeIds(user);
    const coordinator = grants.filter((grant) => grant.role === "MO_CONTRACT_MANAGER");
    const everyEsc = coordinator.some((grant) => grant.scope.type === "STATEWIDE");
    const consortia = coordinator.flatMap((grant) => (grant.scope.consortiumId ? [grant.scope.consortiumId] : []));
    if (!chaired.length && !coordinator.length) return null;
    return Prisma.sql`
      SELECT json_build_object(
               'id', m.id, 'title', m.title, 'committeeId', c.id, 'committeeName', c.name, 'committeeKind', c.kind, 'consortiumId', c."consortiumId",
               'status', m.status, 'kind', m.kind, 'startsAt', (extract(epoch FROM m."startsAt") * 1000)::bigint,
               'createdAt', (extract(epoch FROM m."createdAt") * 1000)::bigint,
               'agendaItems', (SELECT count(*) FROM "AgendaItem" g WHERE g."meetingId" = m.id)::int,
               'materials', (SELECT count(*) FROM "MeetingMaterial" f WHERE f."meetingId" = m.id)::int,
               'attendanceRecorded', EXISTS (SELECT 1 FROM "Attendance" a WHERE a."meetingId" = m.id),
               'minutes', coalesce((SELECT n.status::text FROM "Minutes" n WHERE n."meetingId" = m.id), 'NONE')) AS data
        FROM "Meeting" m JOIN "Committee" c ON c.id = m."committeeId"
       WHERE (m."committeeId" = ANY(${chaired}::text[]) OR (c.kind = 'ESC' AND (${everyEsc} OR c."consortiumId" = ANY(${consortia}::text[]))))
         AND ((m.status = 'SCHEDULED' AND m."startsAt" BETWEEN ${now}::timestamp AND ${now}::timestamp + interval '21 days'
               AND NOT EXISTS (SELECT 1 FROM "MeetingMaterial" f WHERE f."meetingId" = m.id))
              OR (m.status = 'IN_PROGRESS' AND NOT EXISTS (SELECT 1 FROM "Attendance" a WHERE a."meetingId" = m.id))
              OR (m.status = 'ADJOURNED' AND NOT EXISTS (SELECT 1 FROM "Minutes" n WHERE n."meetingId" = m.id AND n.status = 'PUBLISHED')))
       ORDER BY m."startsAt" DESC
       LIMIT ${limit + 1}`;
  },
  tasks(rows, user) {
    const principal = withoutStandIn(user);
    return rows.flatMap((row) => meetingTasks(principal, { ...row, startsAt: new Date(Number(row.startsAt)), createdAt: new Date(Number(row.createdAt)) }));
  },
});

type ActionItemRow = Omit<ActionItemTaskFacts, "createdAt" | "dueOn"> & { createdAt: number; dueOn: string };

/** The person's open action items. */
export const actionItemTaskSource = defineTaskSource<ActionItemRow, Task>({
  name: "actionItems",
  limit: 100,
  candidates(user, _now, limit) {
    return Prisma.sql`
      SELECT json_build_object('id', i.id, 'title', i.title, 'meetingId', m.id, 'meetingTitle', m.title,
                               'createdAt', (extract(epoch FROM i."createdAt") * 1000)::bigint, 'dueOn', i."dueOn") AS data
        FROM "ActionItem" i JOIN "Meeting" m ON m.id = i."meetingId"
       WHERE i."ownerId" = ${user.id} AND i.status = 'OPEN'
       ORDER BY i."dueOn"
       LIMIT ${limit + 1}`;
  },
  tasks(rows) {
    return rows.map((row) => actionItemTask({ ...row, createdAt: new Date(Number(row.createdAt)), dueOn: day(row.dueOn) }));
  },
});
