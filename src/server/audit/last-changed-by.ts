import "server-only";
import type { Tx } from "@/lib/db/client";

/** Who last changed a record, by name, from the audit log: for "someone changed it" messages. */
export async function lastChangedBy(tx: Tx, entityType: string, entityId: string): Promise<string> {
  const event = await tx.auditEvent.findFirst({ where: { entityType, entityId }, orderBy: { id: "desc" }, select: { actorId: true, actorEmail: true } });
  if (!event?.actorId) return "Someone";
  const user = await tx.user.findUnique({ where: { id: event.actorId }, select: { name: true } });
  return user?.name ?? event.actorEmail ?? "Someone";
}
