import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { CommandContext } from "@/lib/context";
import type { Tx } from "@/lib/db/client";

/**
 * Audit actions follow one scheme, `<module>.<verb>`: the module is the `src/server` folder
 * (camelCase), the verb is lower snake case: "meetings.schedule", "voting.cast_ballot".
 * Each module lists its own in its domain folder (`audit-actions.ts`).
 */
export type AuditActionName = `${string}.${Lowercase<string>}`;

export interface AuditEntry {
  action: AuditActionName;
  entityType: string;
  entityId?: string | null;
  summary?: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends one event to the audit log inside the caller's transaction, so the event exists
 * exactly when the change does. The table refuses UPDATE and DELETE.
 */
export async function recordAudit(
  tx: Tx,
  ctx: Pick<CommandContext, "requestId" | "onBehalfOfId"> & { actor: { id: string; email: string } | null },
  entry: AuditEntry,
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: ctx.actor?.id ?? null,
      actorEmail: ctx.actor?.email ?? null,
      onBehalfOfId: ctx.onBehalfOfId ?? null,
      requestId: ctx.requestId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      summary: entry.summary ?? null,
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
  });
}

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/**
 * The same event as recordAudit, as the tail of one SQL statement, for the one command that
 * writes in a single statement (a ballot: a whole committee votes at once). `from` names the
 * rows written (a CTE); the event exists only when they do. Values that depend on what the
 * statement wrote (summary, before, after) are SQL expressions over `from`.
 */
export function auditInsertSql(
  ctx: Pick<CommandContext, "requestId" | "actor">,
  entry: {
    action: Prisma.Sql;
    entityType: string;
    entityId: string;
    summary: Prisma.Sql;
    before: Prisma.Sql;
    after: Prisma.Sql;
    onBehalfOfId: Prisma.Sql;
    from: Prisma.Sql;
  },
): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "AuditEvent" ("actorId", "actorEmail", "onBehalfOfId", "requestId", action, "entityType", "entityId", summary, before, after)
    SELECT ${ctx.actor.id}, ${ctx.actor.email}, ${entry.onBehalfOfId}, ${ctx.requestId}, ${entry.action}, ${entry.entityType}, ${entry.entityId}, ${entry.summary}, ${entry.before}, ${entry.after}
      FROM ${entry.from}`;
}
