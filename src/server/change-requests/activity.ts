import "server-only";
import { db } from "@/lib/db/client";

/** Most recent first, at most this many: a change request's history rarely runs longer. */
const TIMELINE_LIMIT = 300;

/**
 * A change request's comments, attachments, agenda items and timeline. The timeline is the
 * audit log itself (every command audits against the change request), so it cannot drift
 * from what happened.
 */
export async function getChangeRequestActivity(crId: string) {
  const [comments, attachments, agendaItems, events] = await Promise.all([
    db.crComment.findMany({
      where: { changeRequestId: crId },
      orderBy: { createdAt: "asc" },
      select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
    }),
    db.crAttachment.findMany({
      where: { changeRequestId: crId },
      orderBy: { createdAt: "asc" },
      select: { id: true, createdAt: true, file: { select: { fileName: true, size: true, contentType: true, uploadedBy: { select: { name: true } } } } },
    }),
    db.agendaItem.findMany({
      where: { sourceId: crId, sourceType: { startsWith: "ChangeRequest." } },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        title: true,
        sourceType: true,
        committee: { select: { name: true } },
        meeting: { select: { id: true, title: true, startsAt: true, status: true } },
      },
    }),
    db.auditEvent.findMany({
      where: { entityType: "ChangeRequest", entityId: crId },
      orderBy: { id: "desc" },
      take: TIMELINE_LIMIT,
      select: { id: true, at: true, action: true, summary: true, actorId: true, actorEmail: true },
    }),
  ]);
  const actorIds = [...new Set(events.flatMap((event) => (event.actorId ? [event.actorId] : [])))];
  const names = new Map((await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })).map((user) => [user.id, user.name]));
  const timeline = events.map((event) => ({
    id: String(event.id),
    at: event.at,
    action: event.action,
    summary: event.summary ?? event.action,
    actor: event.actorId ? (names.get(event.actorId) ?? event.actorEmail ?? "Someone") : "The system",
  }));
  return { comments, attachments, agendaItems, timeline, timelineTruncated: events.length === TIMELINE_LIMIT };
}

export type ChangeRequestActivity = Awaited<ReturnType<typeof getChangeRequestActivity>>;
