import "server-only";
import { californiaDay } from "@/domain/calendar/california-day";
import { db } from "@/lib/db/client";

const currentTerm = (today: Date) => ({
  where: { startsOn: { lte: today }, OR: [{ endsOn: null }, { endsOn: { gte: today } }] },
  orderBy: { startsOn: "desc" as const },
  take: 1,
  select: { id: true, startsOn: true, endsOn: true, user: { select: { id: true, name: true } }, lcsa: { select: { name: true } } },
});

/** Every committee with its seats and who holds each today. */
export async function listCommittees() {
  const today = californiaDay(new Date());
  const committees = await db.committee.findMany({
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      kind: true,
      consortium: { select: { code: true } },
      seats: { orderBy: { sortOrder: "asc" }, select: { id: true, kind: true, terms: currentTerm(today) } },
    },
  });
  return committees.map(({ seats, ...committee }) => ({
    ...committee,
    seats: seats.length,
    votingSeats: seats.filter((seat) => seat.kind !== "ADVISORY").length,
    vacancies: seats.filter((seat) => seat.terms.length === 0).length,
  }));
}

/** One committee: its rules, its seats with today's holder, and every term ever recorded. */
export async function getCommittee(id: string) {
  const today = californiaDay(new Date());
  const committee = await db.committee.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      kind: true,
      quorumRule: true,
      majorityRule: true,
      consortium: { select: { code: true, name: true } },
      seats: {
        orderBy: { sortOrder: "asc" },
        select: {
          id: true,
          title: true,
          kind: true,
          caseloadCategory: true,
          terms: {
            orderBy: { startsOn: "desc" },
            select: { id: true, startsOn: true, endsOn: true, user: { select: { id: true, name: true } }, lcsa: { select: { name: true } } },
          },
        },
      },
    },
  });
  if (!committee) return null;
  return {
    ...committee,
    seats: committee.seats.map((seat) => ({
      ...seat,
      current: seat.terms.find((term) => term.startsOn <= today && (!term.endsOn || term.endsOn >= today)) ?? null,
    })),
  };
}

export type CommitteeDetail = NonNullable<Awaited<ReturnType<typeof getCommittee>>>;
