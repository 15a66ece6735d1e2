import "server-only";
import { chairedCommitteeIds } from "@/domain/governance/committee-rules";
import { withoutStandIn, type Task } from "@/domain/home/tasks";
import { motionTasks, type MotionTaskFacts } from "@/domain/voting/tasks";
import { Prisma } from "@/generated/prisma/client";
import { defineTaskSource } from "@/lib/task-source";

type Row = Omit<MotionTaskFacts, "openedAt" | "deadline"> & { openedAt: number; deadline: number };

/** Open motions the person votes on (seat or designee) or may close. */
export const motionTaskSource = defineTaskSource<Row, Task>({
  name: "motions",
  limit: 100,
  candidates(user, _now, limit) {
    const chaired = chairedCommitteeIds(user);
    return Prisma.sql`
      SELECT json_build_object(
               'id', m.id, 'question', m.question, 'committeeId', m."committeeId", 'committeeName', c.name,
               'openedAt', (extract(epoch FROM m."openedAt") * 1000)::bigint, 'deadline', (extract(epoch FROM m.deadline) * 1000)::bigint,
               'seated', EXISTS (SELECT 1 FROM "MotionVoter" v WHERE v."motionId" = m.id
                                   AND ((v."userId" = ${user.id} AND v."designeeId" IS NULL) OR v."designeeId" = ${user.id})),
               'delegated', EXISTS (SELECT 1 FROM "MotionVoter" v WHERE v."motionId" = m.id AND v."userId" = ${user.id} AND v."designeeId" IS NOT NULL),
               'voted', EXISTS (SELECT 1 FROM "MotionVoter" v JOIN "Ballot" b ON b."motionId" = v."motionId" AND b."voterId" = v."userId"
                                 WHERE v."motionId" = m.id AND ((v."userId" = ${user.id} AND v."designeeId" IS NULL) OR v."designeeId" = ${user.id})),
               'voters', (SELECT count(*) FROM "MotionVoter" v WHERE v."motionId" = m.id)::int,
               'ballots', (SELECT count(*) FROM "Ballot" b WHERE b."motionId" = m.id)::int) AS data
        FROM "Motion" m JOIN "Committee" c ON c.id = m."committeeId"
       WHERE m.status = 'OPEN'
         AND (m."committeeId" = ANY(${chaired}::text[])
              OR m.id IN (SELECT v."motionId" FROM "MotionVoter" v WHERE v."userId" = ${user.id}
                          UNION ALL SELECT v."motionId" FROM "MotionVoter" v WHERE v."designeeId" = ${user.id}))
       ORDER BY m.deadline
       LIMIT ${limit + 1}`;
  },
  tasks(rows, user, now) {
    const principal = withoutStandIn(user);
    return rows.flatMap((row) => motionTasks(principal, { ...row, openedAt: new Date(Number(row.openedAt)), deadline: new Date(Number(row.deadline)) }, now));
  },
});
