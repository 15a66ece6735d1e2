import "server-only";
import { db } from "@/lib/db/client";

/**
 * Published minutes, for everyone (signed out too: DESIGN "Public: ... published minutes").
 * Only what the minutes themselves say and when: never who edited or drafted them.
 */
const PUBLIC = {
  id: true,
  publishedAt: true,
  meeting: { select: { title: true, kind: true, startsAt: true, committee: { select: { id: true, name: true } } } },
} as const;

/** Every published set, grouped by committee, each committee's newest meeting first. */
export async function listPublishedMinutes() {
  const minutes = await db.minutes.findMany({
    where: { status: "PUBLISHED" },
    orderBy: [{ meeting: { startsAt: "desc" } }],
    take: 500,
    select: PUBLIC,
  });
  const committees = new Map<string, { name: string; minutes: typeof minutes }>();
  for (const entry of minutes) {
    const committee = entry.meeting.committee;
    const group = committees.get(committee.id) ?? { name: committee.name, minutes: [] };
    group.minutes.push(entry);
    committees.set(committee.id, group);
  }
  return [...committees.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export async function getPublishedMinutes(id: string) {
  return db.minutes.findFirst({ where: { id, status: "PUBLISHED" }, select: { ...PUBLIC, body: true } });
}

export type PublishedMinutes = NonNullable<Awaited<ReturnType<typeof getPublishedMinutes>>>;
