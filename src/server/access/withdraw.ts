import "server-only";
import { accessAudit } from "@/domain/access/audit-actions";
import { ACCESS_STATE_LABELS } from "@/domain/access/lifecycle";
import { accessPermissions } from "@/domain/access/permissions";
import type { WithdrawInput } from "@/domain/access/schemas";
import { defineCommand } from "@/lib/command";
import { applicationPath, loadApplication } from "@/server/access/application-row";
import { directorsOf } from "@/server/access/invitation";
import { holdersOf, requestorsOf } from "@/server/access/recipients";
import { applicationSubject, assertMove } from "@/server/access/subjects";
import { notify } from "@/server/notifications/notify";

/**
 * The product's: an application that will not go on (the Requestor declines, the Director
 * changes their mind) is withdrawn with its reason, by the Process Manager or the county's LCSA
 * Director, at any step before the MOU is in force; never deleted. Everyone it concerns is told.
 * It locks the application, so a withdrawal and a decision at once leave one outcome.
 */
export const withdrawApplication = defineCommand({
  name: accessAudit.withdraw,
  subject: applicationSubject,
  target: (input: WithdrawInput) => input.applicationId,
  permission: accessPermissions.withdraw,
  resource: (application) => application,
  async run({ tx, ctx, input, record, now }) {
    assertMove(record, "withdraw");
    await tx.accessApplication.update({ where: { id: record.id }, data: { state: "WITHDRAWN", stateChangedAt: now, version: { increment: 1 } } });
    const application = await loadApplication(tx, record.id);
    const told = [
      ...(await holdersOf(tx, "PROCESS_MANAGER")),
      ...(await directorsOf(tx, application)),
      ...(await requestorsOf(tx, application.organization.id)),
      ...(application.requestorUserId ? [application.requestorUserId] : []),
    ].filter((id) => id !== ctx.actor.id);
    await notify(tx, told, {
      kind: "access.withdrawn",
      subject: `${application.label}: application of ${application.organization.name} withdrawn`,
      body: `${ctx.actor.name} withdrew the application of ${application.organization.name} for CSE access. The reason: "${input.reason}"`,
      link: applicationPath(record.id),
    });
    return { label: application.label, from: record.state, reason: input.reason };
  },
  audit: ({ result }) => ({
    summary: `Withdrew ${result.label} (it was at "${ACCESS_STATE_LABELS[result.from]}"): ${result.reason}`,
    before: { state: result.from },
    after: { state: "WITHDRAWN", reason: result.reason },
  }),
});
