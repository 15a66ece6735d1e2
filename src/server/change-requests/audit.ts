import "server-only";
import type { ChangeRequestAuditAction } from "@/domain/change-requests/audit-actions";
import { crNumber } from "@/domain/change-requests/labels";
import { joinAnd } from "@/domain/change-requests/teams";
import { recordAudit } from "@/lib/audit";
import type { AnyContext, AuditNote } from "@/lib/command";
import type { Tx } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";

/**
 * Every change to a change request is audited against it (entityType "ChangeRequest"), so
 * its page shows a timeline of everything that happened to it from the audit log alone.
 * Each summary starts with the change request's number.
 */
export function crNote(cr: { number: number }, note: Omit<AuditNote, "summary"> & { summary: string }): AuditNote {
  return { ...note, summary: `${crNumber(cr.number)}: ${note.summary}` };
}

/**
 * An audit event of a change request that a command records inside its run: a move (which
 * records its own, before the events of what it sets off, so the timeline reads in order),
 * or a command's event that must precede a move it then makes.
 */
export async function auditChangeRequest(
  tx: Tx,
  ctx: AnyContext,
  cr: { id: string; number: number },
  entry: { action: ChangeRequestAuditAction; summary: string; before?: unknown; after?: unknown },
): Promise<void> {
  await recordAudit(tx, ctx, {
    action: entry.action,
    entityType: "ChangeRequest",
    entityId: cr.id,
    summary: `${crNumber(cr.number)}: ${entry.summary}`,
    before: entry.before,
    after: entry.after,
  });
}

/**
 * An edit's audit `after` names the record and its new version, and which fields changed,
 * so a save that lost a race can say who changed what since the version the user loaded.
 */
export interface EditStamp {
  record: string;
  version: number;
  changed: string[];
}

/** The fields whose values differ, by label. */
export function changedFields(before: object | null, after: object, labels: Partial<Record<string, string>>): string[] {
  const value = (record: object | null, key: string) => JSON.stringify((record as Record<string, unknown> | null)?.[key] ?? null);
  return Object.keys(labels)
    .filter((key) => value(before, key) !== value(after, key))
    .map((key) => labels[key]!);
}

/**
 * Refuses a save made against an old version: says who saved what since, and that the
 * user's input is kept (the form shows it again) and nothing was overwritten.
 */
export async function staleEdit(tx: Tx, crId: string, record: string, loadedVersion: number, what: string): Promise<ConflictError> {
  const events = await tx.auditEvent.findMany({
    where: { entityType: "ChangeRequest", entityId: crId },
    orderBy: { id: "desc" },
    take: 50,
    select: { actorId: true, actorEmail: true, after: true },
  });
  const later = events.filter((event) => {
    const stamp = event.after as Partial<EditStamp> | null;
    return stamp?.record === record && typeof stamp.version === "number" && stamp.version > loadedVersion;
  });
  const names = new Map(
    (await tx.user.findMany({ where: { id: { in: later.flatMap((event) => (event.actorId ? [event.actorId] : [])) } }, select: { id: true, name: true } })).map(
      (user) => [user.id, user.name],
    ),
  );
  const changes = later.reverse().map((event) => {
    const who = (event.actorId && names.get(event.actorId)) ?? event.actorEmail ?? "Someone";
    const fields = (event.after as Partial<EditStamp>).changed ?? [];
    return fields.length ? `${who} changed ${joinAnd(fields)}` : `${who} saved it`;
  });
  const since = changes.length ? `${[...new Set(changes)].join("; ")}.` : `Someone else saved the ${what}.`;
  return new ConflictError(
    `While you were editing the ${what}, it changed: ${since} Your changes were not saved and are still in the form: save again to replace their version with yours, or reload the page to see theirs.`,
  );
}
