import "server-only";
import { chairedCommitteeIds } from "@/domain/governance/committee-rules";
import { representedLcsaIds } from "@/domain/governance/election-eligibility";
import { electionTasks, type ElectionTaskFacts } from "@/domain/governance/election-tasks";
import { withoutStandIn, type Task } from "@/domain/home/tasks";
import { Prisma } from "@/generated/prisma/client";
import { defineTaskSource } from "@/lib/task-source";

type Row = Omit<ElectionTaskFacts, "since" | "votingClosesAt" | "contests"> & {
  since: number;
  votingClosesAt: number;
  contests: (Omit<ElectionTaskFacts["contests"][number], "closesAt"> & { closesAt: number })[];
};

const ms = (column: Prisma.Sql) => Prisma.sql`(extract(epoch FROM ${column}) * 1000)::bigint`;

/**
 * Elections in which an LCSA the person speaks for has a vote still to cast, and tallied
 * elections of the committees they chair (`chairsCommittee`'s grants), for certification.
 */
export const electionTaskSource = defineTaskSource<Row, Task>({
  name: "elections",
  limit: 20,
  candidates(user, _now, limit) {
    const lcsaIds = representedLcsaIds(user.grants);
    const chaired = chairedCommitteeIds(user);
    if (!lcsaIds.length && !chaired.length) return null;
    return Prisma.sql`
      SELECT json_build_object(
               'electionId', e.id, 'title', e.title, 'committeeId', e."committeeId", 'consortiumId', c."consortiumId", 'status', e.status,
               'since', CASE WHEN e.status = 'VOTING' THEN ${ms(Prisma.sql`e."votingOpensAt"`)} ELSE ${ms(Prisma.sql`e."votingClosesAt"`)} END,
               'votingClosesAt', ${ms(Prisma.sql`e."votingClosesAt"`)},
               'contests', coalesce((
                 SELECT json_agg(json_build_object(
                          'contestId', k.id, 'seatTitle', s.title, 'electorate', k.electorate, 'seatCategory', coalesce(s."caseloadCategory", 0),
                          'closesAt', ${ms(Prisma.sql`coalesce(k."votingClosesAt", e."votingClosesAt")`)},
                          'lcsasNotVoted', coalesce((
                            SELECT json_agg(json_build_object('id', l.id, 'name', l.name, 'consortiumId', l."consortiumId", 'caseloadCategory', l."caseloadCategory"))
                              FROM "Lcsa" l
                             WHERE l.id = ANY(${lcsaIds}::text[])
                               AND NOT EXISTS (SELECT 1 FROM "ElectionBallot" b WHERE b."contestId" = k.id AND b."lcsaId" = l.id)), '[]'::json)))
                   FROM "ElectionContest" k JOIN "Seat" s ON s.id = k."seatId"
                  WHERE k."electionId" = e.id AND k.status = 'OPEN'), '[]'::json)) AS data
        FROM "Election" e JOIN "Committee" c ON c.id = e."committeeId"
       WHERE (e.status = 'VOTING' AND ${lcsaIds.length > 0}) OR (e.status = 'TALLIED' AND e."committeeId" = ANY(${chaired}::text[]))
       ORDER BY e."votingClosesAt"
       LIMIT ${limit + 1}`;
  },
  tasks(rows, user, now) {
    const principal = withoutStandIn(user);
    return rows.flatMap((row) =>
      electionTasks(
        principal,
        {
          ...row,
          since: new Date(Number(row.since)),
          votingClosesAt: new Date(Number(row.votingClosesAt)),
          contests: row.contests.map((contest) => ({ ...contest, closesAt: new Date(Number(contest.closesAt)) })),
        },
        now,
      ),
    );
  },
});
