import "server-only";
import { votingAudit } from "@/domain/voting/audit-actions";
import { votingPermissions } from "@/domain/voting/permissions";
import { ballotOptions, type CastBallotInput } from "@/domain/voting/schemas";
import { ABSTAIN } from "@/domain/voting/tally";
import { Prisma } from "@/generated/prisma/client";
import { auditInsertSql } from "@/lib/audit";
import { defineStatementCommand } from "@/lib/command";
import { db } from "@/lib/db/client";
import { NotFoundError, UserError } from "@/lib/errors";

interface Standing {
  status: string;
  deadline: Date;
  options: string[];
  /** The person votes from this member's seat: their own, or as the member's designee. */
  seated: boolean;
  /** The person is a member of the motion. */
  member: boolean;
}

/**
 * Records (or changes) a ballot: the whole committee votes at once when a motion opens, so
 * it is one statement (defineStatementCommand). With the motion share-locked, so that a close
 * either happens before it (and the ballot is refused) or waits for it (and counts it), the
 * statement reads where the person stands and writes only while the motion is open, the
 * person holds a seat (their own, or a member's as designee) and the choice is one of the
 * motion's: the SQL twin of voting.castBallot, whose rule then says why when nothing was
 * written. Whether the ballot is the seat's first or a change, and what it replaced, is what
 * the upsert itself found (RETURNING old), so two ballots for one seat at once are audited as
 * a cast and a change from it. A designee's vote is recorded as theirs, on behalf of the member.
 */
export const castBallot = defineStatementCommand({
  name: votingAudit.cast_ballot,
  permission: votingPermissions.castBallot,
  resource: (motion: Standing, now) => ({
    open: motion.status === "OPEN" && motion.deadline > now,
    seated: motion.seated,
    delegated: !motion.seated && motion.member,
  }),
  check(motion, input: CastBallotInput) {
    if (input.choice && !ballotOptions(motion.options).includes(input.choice)) throw new UserError(`"${input.choice}" is not an option of this motion.`);
  },
  async statement({ ctx, input, now }) {
    const choice = input.choice ?? null;
    const recusalReason = input.recusalReason ?? null;
    const said = (choiceColumn: string, recusalColumn: string) =>
      Prisma.sql`CASE WHEN ${Prisma.raw(choiceColumn)} IS NOT NULL THEN '“' || ${Prisma.raw(choiceColumn)} || '”' WHEN ${Prisma.raw(recusalColumn)} IS NOT NULL THEN 'a recusal' END`;
    const audit = auditInsertSql(ctx, {
      action: Prisma.sql`CASE WHEN w.changed THEN ${votingAudit.change_ballot} ELSE ${votingAudit.cast_ballot} END`,
      entityType: "Motion",
      entityId: input.motionId,
      summary: Prisma.sql`CASE WHEN w.changed THEN 'Changed the vote from ' || ${said("w.prior_choice", "w.prior_recusal")} || ' to ' || ${said("w.choice", 'w."recusalReason"')}
                               ELSE 'Voted ' || ${said("w.choice", 'w."recusalReason"')} END`,
      before: Prisma.sql`CASE WHEN w.changed THEN jsonb_build_object('choice', w.prior_choice, 'recusalReason', w.prior_recusal) END`,
      after: Prisma.sql`jsonb_build_object('id', w.id, 'choice', w.choice, 'recusalReason', w."recusalReason")`,
      onBehalfOfId: Prisma.sql`CASE WHEN s."designeeId" IS NOT NULL THEN s."userId" END`,
      from: Prisma.sql`written w JOIN seat s ON true`,
    });
    const [row] = await db.$queryRaw<(Standing & { ballotId: string | null; choice: string | null; recusalReason: string | null })[]>`
      WITH motion AS (
        SELECT id, status::text AS status, deadline, options FROM "Motion" WHERE id = ${input.motionId} FOR SHARE
      ), seat AS (
        SELECT "userId", "designeeId" FROM "MotionVoter"
         WHERE "motionId" = ${input.motionId} AND (("userId" = ${ctx.actor.id} AND "designeeId" IS NULL) OR "designeeId" = ${ctx.actor.id})
         LIMIT 1
      ), written AS (
        INSERT INTO "Ballot" (id, "motionId", "voterId", "castById", choice, "recusalReason", "updatedAt")
        SELECT gen_random_uuid()::text, m.id, s."userId", ${ctx.actor.id}, ${choice}, ${recusalReason}, ${now}
          FROM motion m JOIN seat s ON true
         WHERE m.status = 'OPEN' AND m.deadline > ${now}
           AND (${choice}::text IS NULL OR ${choice}::text = ANY(m.options) OR ${choice}::text = ${ABSTAIN})
        ON CONFLICT ("motionId", "voterId") DO UPDATE
          SET "castById" = EXCLUDED."castById", choice = EXCLUDED.choice, "recusalReason" = EXCLUDED."recusalReason", "updatedAt" = EXCLUDED."updatedAt"
        RETURNING new.id, new.choice, new."recusalReason", old.id IS NOT NULL AS changed, old.choice AS prior_choice, old."recusalReason" AS prior_recusal
      ), audited AS (${audit})
      SELECT m.status, m.deadline, m.options,
             EXISTS (SELECT 1 FROM seat) AS seated,
             EXISTS (SELECT 1 FROM "MotionVoter" mv WHERE mv."motionId" = m.id AND mv."userId" = ${ctx.actor.id}) AS member,
             w.id AS "ballotId", w.choice, w."recusalReason"
        FROM motion m LEFT JOIN written w ON true`;
    if (!row) throw new NotFoundError("That motion");
    const { ballotId, choice: written, recusalReason: recusal, ...read } = row;
    return { read, written: ballotId ? { id: ballotId, choice: written, recusalReason: recusal } : null };
  },
  unexplained: "Your vote could not be recorded. Please try again.",
});
