import "server-only";
import { defineSubject } from "@/lib/command";
import { NotFoundError } from "@/lib/errors";

/**
 * A motion, locked FOR UPDATE: closing it waits for the ballots in flight (which hold it
 * FOR SHARE) and every later ballot sees it closed.
 */
export const motionSubject = defineSubject({
  type: "Motion",
  async lock(tx, id) {
    const [motion] = await tx.$queryRaw<{ id: string; committeeId: string; meetingId: string | null; status: string; deadline: Date }[]>`
      SELECT id, "committeeId", "meetingId", status::text AS status, deadline FROM "Motion" WHERE id = ${id} FOR UPDATE`;
    if (!motion) throw new NotFoundError("That motion");
    return motion;
  },
  idOf: (motion) => motion.id,
  paths: (motion) => [`/motions/${motion.id}`, `/committees/${motion.committeeId}`, ...(motion.meetingId ? [`/meetings/${motion.meetingId}`] : [])],
});

export interface Seat {
  userId: string;
  designeeId: string | null;
}

/**
 * One person's place on a motion, for naming a designee: the motion share-locked (a close
 * waits for the designation, or the designation sees the close), and the seat the person
 * votes from locked FOR UPDATE while the designation changes it.
 */
export const seatSubject = defineSubject({
  type: "Motion",
  async lock(tx, id, ctx) {
    const actorId = ctx.actor?.id ?? "";
    const [row] = await tx.$queryRaw<
      {
        id: string;
        status: string;
        deadline: Date;
        options: string[];
        seatUserId: string | null;
        seatDesigneeId: string | null;
        member: boolean;
        memberDesigneeId: string | null;
      }[]
    >`
      WITH seat AS (
        SELECT "userId", "designeeId" FROM "MotionVoter"
         WHERE "motionId" = ${id} AND (("userId" = ${actorId} AND "designeeId" IS NULL) OR "designeeId" = ${actorId})
         LIMIT 1
           FOR UPDATE
      )
      SELECT m.id, m.status::text AS status, m.deadline, m.options,
             s."userId" AS "seatUserId", s."designeeId" AS "seatDesigneeId",
             own."userId" IS NOT NULL AS member, own."designeeId" AS "memberDesigneeId"
        FROM "Motion" m
        LEFT JOIN seat s ON true
        LEFT JOIN "MotionVoter" own ON own."motionId" = m.id AND own."userId" = ${actorId}
       WHERE m.id = ${id}
         FOR SHARE OF m`;
    if (!row) throw new NotFoundError("That motion");
    const seat: Seat | null = row.seatUserId ? { userId: row.seatUserId, designeeId: row.seatDesigneeId } : null;
    return {
      id: row.id,
      status: row.status,
      deadline: row.deadline,
      options: row.options,
      seat,
      member: row.member,
      memberDesigneeId: row.memberDesigneeId,
    };
  },
  idOf: (motion) => motion.id,
  paths: (motion) => [`/motions/${motion.id}`],
});
