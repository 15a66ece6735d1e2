import "server-only";
import type { Tx } from "@/lib/db/client";

export interface AgendaEntry {
  title: string;
  description?: string;
  presenter?: string;
  /** What put it there (e.g. "WorkgroupActivity"), so its page can link back and nothing is listed twice. */
  sourceType: string;
  sourceId: string;
}

/**
 * Puts an item before a committee: on the agenda of its next scheduled meeting, or, when
 * none is scheduled, waiting for the next one (scheduling a meeting picks up waiting items:
 * `attachWaitingItems`). The same source is never listed twice while it is still waiting
 * or upcoming. Returns the agenda item's id.
 */
export async function placeOnNextAgenda(tx: Tx, committeeId: string, entry: AgendaEntry, now: Date): Promise<string> {
  const existing = await tx.agendaItem.findFirst({
    where: {
      committeeId,
      sourceType: entry.sourceType,
      sourceId: entry.sourceId,
      OR: [{ meetingId: null }, { meeting: { status: { in: ["SCHEDULED", "IN_PROGRESS"] } } }],
    },
    select: { id: true },
  });
  if (existing) return existing.id;

  const meeting = await tx.meeting.findFirst({
    where: { committeeId, status: "SCHEDULED", startsAt: { gt: now } },
    orderBy: { startsAt: "asc" },
    select: { id: true },
  });
  const position = meeting ? await nextPosition(tx, meeting.id) : 0;
  const item = await tx.agendaItem.create({
    data: {
      committeeId,
      meetingId: meeting?.id ?? null,
      position,
      title: entry.title,
      description: entry.description ?? null,
      presenter: entry.presenter ?? null,
      sourceType: entry.sourceType,
      sourceId: entry.sourceId,
    },
    select: { id: true },
  });
  return item.id;
}

/** Moves a committee's waiting items onto a newly scheduled meeting, after its own items. */
export async function attachWaitingItems(tx: Tx, committeeId: string, meetingId: string): Promise<number> {
  const waiting = await tx.agendaItem.findMany({
    where: { committeeId, meetingId: null },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  let position = await nextPosition(tx, meetingId);
  for (const item of waiting) {
    await tx.agendaItem.update({ where: { id: item.id }, data: { meetingId, position } });
    position += 1;
  }
  return waiting.length;
}

async function nextPosition(tx: Tx, meetingId: string): Promise<number> {
  const last = await tx.agendaItem.aggregate({ where: { meetingId }, _max: { position: true } });
  return (last._max.position ?? -1) + 1;
}
