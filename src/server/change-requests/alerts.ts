import "server-only";
import { ALERT_KIND_LABELS, type RaiseAlertInput } from "@/domain/change-requests/cpl-work-schemas";
import { crName } from "@/domain/change-requests/labels";
import { recordAudit } from "@/lib/audit";
import type { CommandContext } from "@/lib/context";
import { db } from "@/lib/db";
import { NotFoundError, UserError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { notify } from "@/server/notifications/notify";
import { escAndTab } from "./audiences";
import { changeRequestOf, consortiumOf } from "./consortium-scope";
import { alertSelect } from "./dashboard";
import { changeRequestPermissions } from "@/domain/change-requests/permissions";

/**
 * Governance plan 5.1.1: the CPL "alerts the ESC and TAB when a problem with CR scope,
 * schedule, or cost has been identified". An alert notifies every ESC and TAB member of the
 * consortium, and again when it is resolved.
 */
export async function raiseAlert(ctx: CommandContext, input: RaiseAlertInput, now = new Date()) {
  assertCan(ctx.actor, changeRequestPermissions.manageAlerts, { consortiumId: input.consortiumId });
  return db.$transaction(async (tx) => {
    const consortium = await consortiumOf(tx, input.consortiumId);
    const changeRequest = await changeRequestOf(tx, consortium, input.changeRequest);
    const alert = await tx.crAlert.create({
      data: { consortiumId: consortium.id, changeRequestId: changeRequest?.id ?? null, kind: input.kind, description: input.description, raisedById: ctx.actor.id, raisedAt: now },
      select: { id: true, kind: true, description: true, changeRequestId: true },
    });
    const about = changeRequest ? ` on ${crName(changeRequest)}` : "";
    const subject = `${ALERT_KIND_LABELS[input.kind]} alert${about} (${consortium.code})`;
    // The CPL usually holds a TAB seat too; they need no notice of their own alert.
    const audience = (await escAndTab(tx, consortium.id, now)).filter((userId) => userId !== ctx.actor.id);
    const told = await notify(tx, audience, {
      kind: "cr.alert",
      subject,
      body: `${ctx.actor.name} raised a ${ALERT_KIND_LABELS[input.kind].toLowerCase()} alert${about}:\n\n${input.description}`,
      link: changeRequest ? `/change-requests/${changeRequest.id}` : "/dashboard/alerts",
    });
    await recordAudit(tx, ctx, { action: "cr.alert.raise", entityType: "CrAlert", entityId: alert.id, summary: `Raised a ${subject}; ${told} notified`, after: alert });
    return { ...alert, notified: told };
  });
}

export async function resolveAlert(ctx: CommandContext, input: { alertId: string; resolution: string }, now = new Date()) {
  return db.$transaction(async (tx) => {
    const [alert] = await tx.$queryRaw<{ id: string; consortiumId: string; kind: "SCOPE" | "SCHEDULE" | "COST"; resolvedAt: Date | null }[]>`
      SELECT id, "consortiumId", kind::text AS kind, "resolvedAt" FROM "CrAlert" WHERE id = ${input.alertId} FOR UPDATE`;
    if (!alert) throw new NotFoundError("That alert");
    assertCan(ctx.actor, changeRequestPermissions.manageAlerts, { consortiumId: alert.consortiumId });
    if (alert.resolvedAt) throw new UserError("This alert was already resolved; nothing was changed.");
    await tx.crAlert.update({ where: { id: alert.id }, data: { resolvedAt: now, resolution: input.resolution } });
    const audience = (await escAndTab(tx, alert.consortiumId, now)).filter((userId) => userId !== ctx.actor.id);
    const told = await notify(tx, audience, {
      kind: "cr.alert_resolved",
      subject: `${ALERT_KIND_LABELS[alert.kind]} alert resolved`,
      body: `${ctx.actor.name} resolved the alert:\n\n${input.resolution}`,
      link: "/dashboard/alerts",
    });
    await recordAudit(tx, ctx, {
      action: "cr.alert.resolve",
      entityType: "CrAlert",
      entityId: alert.id,
      summary: `Resolved a ${ALERT_KIND_LABELS[alert.kind].toLowerCase()} alert; ${told} notified`,
      after: { resolution: input.resolution },
    });
  });
}

/** Open alerts first (newest first), then the most recently resolved. */
export function listAlerts(consortiumId: string | null) {
  const where = consortiumId ? { consortiumId } : {};
  return Promise.all([
    db.crAlert.findMany({ where: { ...where, resolvedAt: null }, orderBy: { raisedAt: "desc" }, take: 200, select: alertSelect }),
    db.crAlert.findMany({ where: { ...where, resolvedAt: { not: null } }, orderBy: { resolvedAt: "desc" }, take: 20, select: alertSelect }),
  ]).then(([open, resolved]) => ({ open, resolved }));
}
