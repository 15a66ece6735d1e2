import "server-only";
import { accessAudit } from "@/domain/access/audit-actions";
import { ACCESS_STATE_LABELS } from "@/domain/access/lifecycle";
import { accessPermissions } from "@/domain/access/permissions";
import type { InfrastructureInput, OfficeIdInput } from "@/domain/access/schemas";
import { defineCommand } from "@/lib/command";
import { UserError } from "@/lib/errors";
import { applicationPath, loadApplication } from "@/server/access/application-row";
import { holdersOf, requestorsOf, systemAdministratorsOf } from "@/server/access/recipients";
import { applicationSubject, type LockedApplication } from "@/server/access/subjects";
import { notify } from "@/server/notifications/notify";

/** Section 7 happens on an approved application whose MOU is countersigned (ACTIVE), and does not move it (lifecycle.ts). */
function assertActive(application: LockedApplication, what: string) {
  if (application.state !== "ACTIVE") {
    throw new UserError(
      `The ${what} is recorded once the Process Owner has countersigned the MOU: the application is at "${ACCESS_STATE_LABELS[application.state]}".`,
    );
  }
}

/**
 * Process 7.1: "The Infrastructure Manager creates the office ID for the Requestor and then
 * notifies the Process Manager, Requestor's Contact Person, and the Administrator that the office
 * ID has been created." It may be corrected (the product's); the audit log keeps what it was.
 * Its day completes the clock "Establish Access" (process 4), as the task list reads it.
 */
export const recordOfficeId = defineCommand({
  name: accessAudit.record_office_id,
  subject: applicationSubject,
  target: (input: OfficeIdInput) => input.applicationId,
  permission: accessPermissions.infrastructure,
  resource: (application) => application,
  async run({ tx, ctx, input, record, now }) {
    assertActive(record, "office ID");
    const application = await loadApplication(tx, record.id);
    if (application.officeId === input.officeId)
      throw new UserError(`The office ID is already ${input.officeId}.`, { officeId: ["That is the office ID already recorded."] });
    await tx.accessApplication.update({
      where: { id: record.id },
      // The first recording is the day access was established; a correction keeps it.
      data: { officeId: input.officeId, officeIdRecordedAt: application.officeIdRecordedAt ?? now, version: { increment: 1 } },
    });
    const corrected = application.officeId !== null;
    const told = [
      ...(await holdersOf(tx, "PROCESS_MANAGER")),
      ...(await requestorsOf(tx, application.organization.id)),
      ...(application.requestorUserId ? [application.requestorUserId] : []),
      ...(await systemAdministratorsOf(tx, application.lcsa.id)),
    ];
    await notify(tx, told, {
      kind: "access.office_id",
      subject: `${application.label}: office ID ${corrected ? "corrected" : "created"} for ${application.organization.name}`,
      body:
        `${ctx.actor.name}, Infrastructure Manager, ${corrected ? "corrected" : "created"} the office ID of ${application.organization.name}: ${input.officeId}. ` +
        `The Requestor's contact and the ${application.lcsa.name} LCSA System Administrator now coordinate the set-up of user accounts (Third Party Access Process 7.1, 7.3).`,
      link: applicationPath(record.id),
    });
    return { label: application.label, officeId: input.officeId, previous: application.officeId };
  },
  audit: ({ result }) => ({
    summary: `${result.previous ? "Corrected" : "Recorded"} the office ID of ${result.label}: ${result.officeId}`,
    before: { officeId: result.previous },
    after: { officeId: result.officeId },
  }),
});

/**
 * Process 7.2: "The Infrastructure Manager will conduct an infrastructure evaluation of DTS,
 * County, and Third Party entities. The evaluation will include defining the current environment
 * proposal for recommendations, testing and implementation." Recorded, and updated as it goes;
 * the Process Manager is told.
 */
export const evaluateInfrastructure = defineCommand({
  name: accessAudit.evaluate_infrastructure,
  subject: applicationSubject,
  target: (input: InfrastructureInput) => input.applicationId,
  permission: accessPermissions.infrastructure,
  resource: (application) => application,
  async run({ tx, ctx, input, record, now }) {
    assertActive(record, "infrastructure evaluation");
    const application = await loadApplication(tx, record.id);
    await tx.accessApplication.update({
      where: { id: record.id },
      data: { infrastructureEvaluation: input.evaluation, infrastructureEvaluatedAt: now, version: { increment: 1 } },
    });
    await notify(tx, await holdersOf(tx, "PROCESS_MANAGER"), {
      kind: "access.infrastructure",
      subject: `${application.label}: infrastructure evaluation ${application.infrastructureEvaluatedAt ? "updated" : "recorded"}`,
      body: `${ctx.actor.name}, Infrastructure Manager, ${application.infrastructureEvaluatedAt ? "updated" : "recorded"} the infrastructure evaluation of ${application.organization.name} (Third Party Access Process 7.2).`,
      link: applicationPath(record.id, "infrastructure"),
    });
    return { label: application.label, previous: application.infrastructureEvaluation, evaluation: input.evaluation };
  },
  audit: ({ result }) => ({
    summary: `${result.previous ? "Updated" : "Recorded"} the infrastructure evaluation of ${result.label}`,
    before: result.previous ? { evaluation: result.previous } : undefined,
    after: { evaluation: result.evaluation },
  }),
});
