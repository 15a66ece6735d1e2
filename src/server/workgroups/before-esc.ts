import "server-only";
import { californiaDay } from "@/domain/calendar/california-day";
import type { Tx } from "@/lib/db/client";
import { UserError } from "@/lib/errors";
import { placeOnNextAgenda } from "@/server/meetings/agenda";
import { notify } from "@/server/notifications/notify";

/** Agenda items a workgroup activity puts before the ESC carry this source. */
export const ACTIVITY_SOURCE = "WorkgroupActivity";

/** The Executive Steering Committee of the workgroup's consortium: a TAB's workgroups report to it too. */
export async function escOf(tx: Tx, consortiumId: string | null) {
  const esc = consortiumId ? await tx.committee.findFirst({ where: { kind: "ESC", consortiumId }, select: { id: true, name: true } }) : null;
  if (!esc) throw new UserError("This workgroup's consortium has no Executive Steering Committee to report to.");
  return esc;
}

/** Whoever holds a seat of these committees today (chair, members and advisers alike). */
export async function seatHolders(tx: Tx, committeeIds: readonly string[], now: Date): Promise<string[]> {
  const today = californiaDay(now);
  const terms = await tx.term.findMany({
    where: { seat: { committeeId: { in: [...committeeIds] } }, startsOn: { lte: today }, OR: [{ endsOn: null }, { endsOn: { gte: today } }] },
    select: { userId: true },
  });
  return [...new Set(terms.map((term) => term.userId))];
}

interface Workgroup {
  id: string;
  name: string;
  consortiumId: string | null;
  parentCommitteeId: string;
}

interface Notice {
  kind: string;
  subject: string;
  body: string;
  /** Once per person (an elevation run twice must not tell anyone twice). */
  dedupeKey?: string;
}

/**
 * Governance plan 2.4: a workgroup's recommendation, or an issue it could not settle in
 * time, goes "to the ESC for action". The activity is placed on the agenda of the ESC's
 * next meeting (or waits for one), and the ESC's seat holders, plus the TAB's when the
 * TAB created the workgroup, are told. Returns the agenda item's id.
 */
export async function bringBeforeEsc(
  tx: Tx,
  workgroup: Workgroup,
  activityId: string,
  item: { title: string; description: string },
  notice: (escName: string) => Notice,
  now: Date,
) {
  const esc = await escOf(tx, workgroup.consortiumId);
  const agendaItemId = await placeOnNextAgenda(tx, esc.id, { ...item, presenter: workgroup.name, sourceType: ACTIVITY_SOURCE, sourceId: activityId }, now);
  const recipients = await seatHolders(tx, [esc.id, workgroup.parentCommitteeId], now);
  await notify(tx, recipients, { ...notice(esc.name), link: `/workgroups/${workgroup.id}` });
  return { agendaItemId, esc };
}
