import "server-only";
import { changeRequestAudit } from "@/domain/change-requests/audit-actions";
import { ALERT_KIND_LABELS, type RaiseAlertInput } from "@/domain/change-requests/cpl-work-schemas";
import { crName } from "@/domain/change-requests/labels";
import { changeRequestPermissions } from "@/domain/change-requests/permissions";
import { defineCommand } from "@/lib/command";
import { db } from "@/lib/db/client";
import { UserError } from "@/lib/errors";
import { inSentence } from "@/lib/format";
import { notify } from "@/server/notifications/notify";
import { escAndTab } from "@/server/change-requests/audiences";
import { changeRequestOf } from "@/server/change-requests/consortium-scope";
import { alertSelect } from "@/server/change-requests/dashboard";
import { alertSubject, consortiumSubject } from "@/server/change-requests/subject";

/**
 * Governance plan 5.1.1: the CPL "alerts the ESC and TAB when a problem with CR scope,
 * schedule, or cost has been identified". An alert notifies every ESC and TAB member of the
 * consortium, and again when it is resolved.
 */
export const raiseAlert = defineCommand({
  name: changeRequestAudit.raise_alert,
  subject: consortiumSubject,
  target: (input: RaiseAlertInput) => input.consortiumId,
  permission: changeRequestPermissions.manageAlerts,
  resource: (consortium) => ({ consortiumId: consortium.id }),
  async run({ tx, ctx, input, record: consortium, now }) {
    const changeRequest = await changeRequestOf(tx, consortium, input.changeRequest);
    const alert = await tx.crAlert.create({
      data: {
        consortiumId: consortium.id,
        changeRequestId: changeRequest?.id ?? null,
        kind: input.kind,
        description: input.description,
        raisedById: ctx.actor.id,
        raisedAt: now,
      },
      select: { id: true, kind: true, description: true, changeRequestId: true },
    });
    const about = changeRequest ? ` on ${crName(changeRequest)}` : "";
    const subject = `${ALERT_KIND_LABELS[input.kind]} alert${about} (${consortium.code})`;
    // The CPL usually holds a TAB seat too; they need no notice of their own alert.
    const audience = (await escAndTab(tx, consortium.id, now)).filter((userId) => userId !== ctx.actor.id);
    const told = await notify(tx, audience, {
      kind: "cr.alert",
      subject,
      body: `${ctx.actor.name} raised a ${inSentence(ALERT_KIND_LABELS[input.kind])} alert${about}:\n\n${input.description}`,
      link: changeRequest ? `/change-requests/${changeRequest.id}` : "/dashboard/alerts",
    });
    return { ...alert, notified: told, subject };
  },
  audit: ({ result: { notified, subject, ...alert } }) => ({
    entity: { type: "CrAlert", id: alert.id },
    summary: `Raised a ${subject}; ${notified} notified`,
    after: alert,
  }),
});

export const resolveAlert = defineCommand({
  name: changeRequestAudit.resolve_alert,
  subject: alertSubject,
  target: (input: { alertId: string; resolution: string }) => input.alertId,
  permission: changeRequestPermissions.manageAlerts,
  resource: (alert) => ({ consortiumId: alert.consortiumId }),
  async run({ tx, ctx, input, record: alert, now }) {
    if (alert.resolvedAt) throw new UserError("This alert was already resolved; nothing was changed.");
    await tx.crAlert.update({ where: { id: alert.id }, data: { resolvedAt: now, resolution: input.resolution } });
    const audience = (await escAndTab(tx, alert.consortiumId, now)).filter((userId) => userId !== ctx.actor.id);
    const told = await notify(tx, audience, {
      kind: "cr.alert_resolved",
      subject: `${ALERT_KIND_LABELS[alert.kind]} alert resolved`,
      body: `${ctx.actor.name} resolved the alert:\n\n${input.resolution}`,
      link: "/dashboard/alerts",
    });
    return { notified: told };
  },
  audit: ({ record: alert, input, result }) => ({
    summary: `Resolved a ${inSentence(ALERT_KIND_LABELS[alert.kind])} alert; ${result.notified} notified`,
    after: { resolution: input.resolution },
  }),
});

/** Open alerts first (newest first), then the most recently resolved. */
export function listAlerts(consortiumId: string | null) {
  const where = consortiumId ? { consortiumId } : {};
  return Promise.all([
    db.crAlert.findMany({ where: { ...where, resolvedAt: null }, orderBy: { raisedAt: "desc" }, take: 200, select: alertSelect }),
    db.crAlert.findMany({ where: { ...where, resolvedAt: { not: null } }, orderBy: { resolvedAt: "desc" }, take: 20, select: alertSelect }),
  ]).then(([open, resolved]) => ({ open, resolved }));
}
