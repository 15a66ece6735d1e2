import "server-only";
import { californiaDay } from "@/domain/calendar/california-day";
import type { SeatHolder } from "@/domain/meetings/attendance";
import { VOTING_SEAT_KINDS } from "@/domain/governance/membership";
import type { Tx } from "@/lib/db/client";

export interface MeetingSeatHolder extends SeatHolder {
  seat: string;
}

/** Who held each of the committee's seats on the meeting's day (California), in seat order. */
export async function seatHoldersOn(client: Pick<Tx, "term">, committeeId: string, meetingStartsAt: Date): Promise<MeetingSeatHolder[]> {
  const day = californiaDay(meetingStartsAt);
  const terms = await client.term.findMany({
    where: { seat: { committeeId }, startsOn: { lte: day }, OR: [{ endsOn: null }, { endsOn: { gte: day } }] },
    orderBy: [{ seat: { sortOrder: "asc" } }, { startsOn: "desc" }],
    select: { userId: true, user: { select: { name: true } }, seat: { select: { title: true, kind: true } } },
  });
  const seen = new Set<string>();
  return terms.flatMap((term) => {
    if (seen.has(term.userId)) return [];
    seen.add(term.userId);
    return [{ userId: term.userId, name: term.user.name, seat: term.seat.title, votes: VOTING_SEAT_KINDS.includes(term.seat.kind) }];
  });
}
