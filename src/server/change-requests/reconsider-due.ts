import "server-only";
import { californiaDay } from "@/domain/calendar/california-day";
import { crNumber } from "@/domain/change-requests/labels";
import { STATE_LABELS } from "@/domain/change-requests/lifecycle";
import { SYSTEM_CONTEXT } from "@/lib/context";
import { db } from "@/lib/db";
import { notify } from "@/server/notifications/notify";
import { lockForCommand } from "./command";
import { moveChangeRequest } from "./move";
import { day } from "./snapshot";

/** At most this many per run; a scheduler calls again, so a backlog drains over runs. */
const BATCH = 100;

/**
 * For a scheduler (daily): every deferred change request whose reconsider date has come
 * goes back to the gate it was deferred at. As a job it opens no motion in anyone's name:
 * the gate goes on the committee's next agenda and the chair is told to open the vote
 * (gate-votes.ts). Each change request moves in its own transaction under its row lock, so
 * two instances running the job at once move each one once. Returns how many moved.
 */
export async function reconsiderDueChangeRequests(now: Date = new Date()): Promise<number> {
  const today = day(californiaDay(now))!;
  const due = await db.changeRequest.findMany({
    where: { state: "DEFERRED", reconsiderOn: { lte: californiaDay(now) } },
    orderBy: [{ reconsiderOn: "asc" }, { number: "asc" }],
    take: BATCH,
    select: { id: true },
  });
  let moved = 0;
  for (const { id } of due) {
    const done = await db.$transaction(async (tx) => {
      const cr = await lockForCommand(tx, SYSTEM_CONTEXT, id);
      if (cr.row.state !== "DEFERRED") return false;
      const result = await moveChangeRequest(tx, SYSTEM_CONTEXT, id, { type: "reconsider", today }, now, { asSystem: true, locked: cr });
      await notify(tx, [cr.row.authorId], {
        kind: "changeRequest.reconsidered",
        subject: `${crNumber(cr.row.number)} is back for reconsideration`,
        body: `${crNumber(cr.row.number)} “${cr.row.title}” reached its reconsider date and is back: ${STATE_LABELS[result.to]}.`,
        link: `/change-requests/${id}`,
      });
      return true;
    });
    if (done) moved += 1;
  }
  return moved;
}
