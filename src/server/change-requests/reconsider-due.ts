import "server-only";
import { californiaDayOf, columnOfDay } from "@/domain/calendar/day";
import { changeRequestAudit } from "@/domain/change-requests/audit-actions";
import { crNumber } from "@/domain/change-requests/labels";
import { STATE_LABELS } from "@/domain/change-requests/lifecycle";
import { changeRequestPermissions, type CrAccess } from "@/domain/change-requests/permissions";
import { defineCommand } from "@/lib/command";
import { SYSTEM_CONTEXT, type SystemContext } from "@/lib/context";
import { db } from "@/lib/db/client";
import { notify } from "@/server/notifications/notify";
import { moveChangeRequest } from "@/server/change-requests/move";
import { changeRequestSubject, type LockedChangeRequest } from "@/server/change-requests/subject";

/** At most this many per run; a scheduler calls again, so a backlog drains over runs. */
const BATCH = 100;

/**
 * A deferred change request whose reconsider date has come goes back to the gate it was
 * deferred at: the scheduler's, so a system command (the lifecycle checks the move as the
 * SYSTEM, which may reconsider only once the date has come). Moved already (another
 * instance of the job, or a person meanwhile): nothing happens. The move records its own events.
 */
export const reconsiderWhenDue = defineCommand<{ crId: string }, LockedChangeRequest, CrAccess, boolean, SystemContext>({
  name: changeRequestAudit.reconsider,
  subject: changeRequestSubject,
  target: (input) => input.crId,
  permission: changeRequestPermissions.reconsider,
  resource: (cr) => cr.access,
  system: true,
  async run({ tx, ctx, record: cr, now }) {
    if (cr.row.state !== "DEFERRED") return false;
    const result = await moveChangeRequest(tx, ctx, cr, { type: "reconsider", today: californiaDayOf(now) }, now, { asSystem: true });
    await notify(tx, [cr.row.authorId], {
      kind: "changeRequest.reconsidered",
      subject: `${crNumber(cr.row.number)} is back for reconsideration`,
      body: `${crNumber(cr.row.number)} “${cr.row.title}” reached its reconsider date and is back: ${STATE_LABELS[result.to]}.`,
      link: `/change-requests/${cr.row.id}`,
    });
    return true;
  },
  audit: () => null,
});

/**
 * For a scheduler (daily): every deferred change request whose reconsider date has come
 * goes back to the gate it was deferred at. As a job it opens no motion in anyone's name:
 * the gate goes on the committee's next agenda and the chair is told to open the vote
 * (gate-votes.ts). Each change request moves in its own transaction under its row lock, so
 * two instances running the job at once move each one once. Returns how many moved.
 */
export async function reconsiderDueChangeRequests(now: Date = new Date()): Promise<number> {
  const due = await db.changeRequest.findMany({
    where: { state: "DEFERRED", reconsiderOn: { lte: columnOfDay(californiaDayOf(now)) } },
    orderBy: [{ reconsiderOn: "asc" }, { number: "asc" }],
    take: BATCH,
    select: { id: true },
  });
  let moved = 0;
  for (const { id } of due) {
    if (await reconsiderWhenDue(SYSTEM_CONTEXT, { crId: id }, now)) moved += 1;
  }
  return moved;
}
