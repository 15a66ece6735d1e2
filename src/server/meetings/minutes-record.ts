import "server-only";
import type { MinutesRecord } from "@/domain/meetings/minutes-draft";
import type { TallyResult } from "@/domain/voting/tally";
import type { Tx } from "@/lib/db/client";
import { seatHoldersOn } from "@/server/meetings/seat-holders";

/** Everything the minutes document, read from the meeting's record (Governance plan 2.10). */
export async function loadMinutesRecord(tx: Tx, meetingId: string): Promise<MinutesRecord> {
  const meeting = await tx.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: {
      committeeId: true,
      title: true,
      kind: true,
      startsAt: true,
      location: true,
      committee: { select: { name: true } },
      agendaItems: { orderBy: { position: "asc" }, select: { title: true, presenter: true, description: true, policyRoutedAt: true, policyNote: true } },
      attendance: { select: { userId: true, status: true, designee: { select: { name: true } } } },
      actionItems: { orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }], select: { title: true, dueOn: true, status: true, owner: { select: { name: true } } } },
      motions: {
        orderBy: { openedAt: "asc" },
        select: {
          question: true,
          status: true,
          deadline: true,
          result: true,
          agendaItem: { select: { title: true } },
          voters: { orderBy: { user: { name: "asc" } }, select: { userId: true, user: { select: { name: true } }, designee: { select: { name: true } } } },
          ballots: { select: { voterId: true, choice: true, recusalReason: true } },
        },
      },
    },
  });
  const holders = await seatHoldersOn(tx, meeting.committeeId, meeting.startsAt);
  const recorded = new Map(meeting.attendance.map((row) => [row.userId, row]));
  return {
    committeeName: meeting.committee.name,
    title: meeting.title,
    kind: meeting.kind,
    startsAt: meeting.startsAt,
    location: meeting.location,
    attendance: holders.map((holder) => {
      const row = recorded.get(holder.userId);
      return { name: holder.name, seat: holder.seat, status: row?.status ?? null, designeeName: row?.designee?.name ?? null };
    }),
    agenda: meeting.agendaItems.map(({ policyRoutedAt, policyNote, ...item }) => ({ ...item, policyNote: policyRoutedAt ? (policyNote ?? "") : null })),
    decisions: meeting.motions
      .filter((motion) => motion.status === "CLOSED")
      .map((motion) => {
        const ballotOf = new Map(motion.ballots.map((ballot) => [ballot.voterId, ballot]));
        return {
          question: motion.question,
          agendaItemTitle: motion.agendaItem?.title ?? null,
          explanation: (motion.result as TallyResult | null)?.explanation ?? "Closed without a recorded result.",
          rollCall: motion.voters.map((voter) => ({
            member: voter.user.name,
            designee: voter.designee?.name ?? null,
            vote: ballotOf.get(voter.userId)?.choice ?? null,
            recusalReason: ballotOf.get(voter.userId)?.recusalReason ?? null,
          })),
        };
      }),
    openMotions: meeting.motions.filter((motion) => motion.status === "OPEN").map((motion) => ({ question: motion.question, deadline: motion.deadline })),
    actionItems: meeting.actionItems.map((item) => ({ title: item.title, owner: item.owner.name, dueOn: item.dueOn, status: item.status })),
  };
}
