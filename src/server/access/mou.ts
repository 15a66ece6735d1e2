import "server-only";
import { accessAudit } from "@/domain/access/audit-actions";
import { moveRefusal } from "@/domain/access/lifecycle";
import { accessPermissions } from "@/domain/access/permissions";
import { termProblem, type ApplicationStepInput, type CountersignInput, type ReturnSignedMouInput } from "@/domain/access/schemas";
import { californiaDayOf, columnOfDay } from "@/domain/calendar/day";
import { formatFileSize } from "@/domain/storage/uploads";
import { defineCommand } from "@/lib/command";
import { UserError } from "@/lib/errors";
import { countOf, formatDate, formatDay } from "@/lib/format";
import { applicationPath, loadApplication } from "@/server/access/application-row";
import { holdersOf, requestorsOf } from "@/server/access/recipients";
import { applicationSubject, assertMove } from "@/server/access/subjects";
import { notify } from "@/server/notifications/notify";
import { fileStore } from "@/server/storage/file-store";

const requestorsOfApplication = async (
  tx: Parameters<typeof requestorsOf>[0],
  application: { organization: { id: string }; requestorUserId: string | null },
) => [...(await requestorsOf(tx, application.organization.id)), ...(application.requestorUserId ? [application.requestorUserId] : [])];

/**
 * Process 6.7: the Process Manager "sends: 1. The approval or rejection letter to Requestor 2.
 * MOU, confidentiality statements and security awareness training modules to approved
 * Requestors". Recorded once, on an approved application; the Requestor is told what to do next.
 */
export const sendPackage = defineCommand({
  name: accessAudit.send_package,
  subject: applicationSubject,
  target: (input: ApplicationStepInput) => input.applicationId,
  permission: accessPermissions.manage,
  resource: (application) => application,
  async run({ tx, record, now }) {
    const refusal = moveRefusal("returnSignedMou", record.state);
    if (refusal) throw new UserError(refusal);
    const application = await loadApplication(tx, record.id);
    if (application.packageSentAt) throw new UserError(`The approval package was already sent on ${formatDate(application.packageSentAt)}.`);
    await tx.accessApplication.update({ where: { id: record.id }, data: { packageSentAt: now, version: { increment: 1 } } });
    await notify(tx, await requestorsOfApplication(tx, application), {
      kind: "access.package_sent",
      subject: `Approval package: ${application.organization.name}`,
      body:
        `DCSS has sent the approval package for ${application.organization.name}: the conditional acceptance letter for ${countOf(application.approvedAccounts ?? 0, "user account")}, ` +
        "the Memorandum of Understanding, the confidentiality statements and the security awareness training. " +
        "Have the MOU signed and upload the signed copy in the app; train your users and have each sign a confidentiality statement before they get an account (Third Party Access Process 6.8).",
      link: applicationPath(record.id, "mou"),
    });
    return { label: application.label };
  },
  audit: ({ result }) => ({
    summary: `Sent the approval package of ${result.label} (MOU, confidentiality statements, security awareness training)`,
    after: { packageSent: true },
  }),
});

/**
 * Process 6.8 item 1: the Requestor's Contact Person "Obtains the Requestor's signature for the
 * MOU and returns the original to the Process Manager": here, a PDF of the signed MOU, stored with
 * the application (the file store checks it is a PDF by its content). It comes after the package
 * that carried the MOU. Receipt starts the countersignature's clock (process 4).
 */
export const returnSignedMou = defineCommand({
  name: accessAudit.return_signed_mou,
  subject: applicationSubject,
  target: (input: ReturnSignedMouInput) => input.applicationId,
  permission: accessPermissions.apply,
  resource: (application) => application,
  async run({ tx, ctx, input, record, now }) {
    assertMove(record, "returnSignedMou");
    const application = await loadApplication(tx, record.id);
    if (!application.packageSentAt) throw new UserError("The Process Manager has not sent the approval package yet: the MOU to sign comes in it.");
    const bytes = new Uint8Array(await input.file.arrayBuffer());
    const stored = await fileStore.put(tx, { name: input.file.name, bytes, uploadedById: ctx.actor.id });
    if (stored.contentType !== "application/pdf") {
      throw new UserError(`“${stored.fileName}” is not a PDF. Scan or save the signed MOU as a PDF file.`, { file: ["Upload the signed MOU as a PDF file."] });
    }
    await tx.accessApplication.update({
      where: { id: record.id },
      data: { state: "MOU_SIGNED", stateChangedAt: now, signedMouFileId: stored.id, mouReceivedAt: now, version: { increment: 1 } },
    });
    // 6.9: "Upon receipt of the Requestors signed MOU, the Process Manager: 1. Obtains the signature of the MOU by Process Owner".
    await notify(tx, [...(await holdersOf(tx, "PROCESS_MANAGER")), ...(await holdersOf(tx, "PROCESS_OWNER"))], {
      kind: "access.mou_returned",
      subject: `${application.label}: signed MOU received from ${application.organization.name}`,
      body: `${ctx.actor.name} returned the MOU signed for ${application.organization.name} (“${stored.fileName}”). The Process Owner countersigns it on behalf of DCSS (Third Party Access Process 6.9).`,
      link: applicationPath(record.id, "countersign"),
    });
    return { label: application.label, fileId: stored.id, fileName: stored.fileName, size: stored.size };
  },
  audit: ({ result }) => ({
    summary: `Returned the signed MOU of ${result.label}: “${result.fileName}” (${formatFileSize(result.size)})`,
    before: { state: "APPROVED" },
    after: { state: "MOU_SIGNED", fileId: result.fileId, fileName: result.fileName, size: result.size },
  }),
});

/**
 * Process 6.9: "1. Obtains the signature of the MOU by Process Owner 2. Updates the online Matrix
 * 3. Notifies CCSAS Infrastructure Manager to create the organizational ID for the Requestor 4.
 * Delivers the signed MOU to the MOU Manager and Requestor." The countersignature records the
 * MOU's term (Appendix D's "TERM"), so the public matrix, which lists ACTIVE applications with
 * their terms, shows it at once. A term already over is refused (the product's).
 */
export const countersign = defineCommand({
  name: accessAudit.countersign,
  subject: applicationSubject,
  target: (input: CountersignInput) => input.applicationId,
  permission: accessPermissions.decide,
  resource: (application) => application,
  async run({ tx, ctx, input, record, now }) {
    assertMove(record, "countersign");
    const problem = termProblem(input.termStartsOn, input.termEndsOn);
    if (problem) throw new UserError(problem, { termEndsOn: [problem] });
    const today = californiaDayOf(now);
    if (input.termEndsOn < today) {
      const message = `A term that ended on ${formatDay(input.termEndsOn)} is over: the MOU's term ends today or later.`;
      throw new UserError(message, { termEndsOn: [message] });
    }
    await tx.accessApplication.update({
      where: { id: record.id },
      data: {
        state: "ACTIVE",
        stateChangedAt: now,
        countersignedAt: now,
        countersignedById: ctx.actor.id,
        termStartsOn: columnOfDay(input.termStartsOn),
        termEndsOn: columnOfDay(input.termEndsOn),
        version: { increment: 1 },
      },
    });
    const application = await loadApplication(tx, record.id);
    const term = `${formatDay(input.termStartsOn)} to ${formatDay(input.termEndsOn)}`;
    await notify(tx, await holdersOf(tx, "INFRASTRUCTURE_MANAGER"), {
      kind: "access.countersigned",
      subject: `${application.label}: ${application.organization.name} is approved; create its office ID`,
      body: `The MOU of ${application.organization.name} (${application.county.name} County) is countersigned for ${term}. Create the office ID and evaluate the infrastructure (Third Party Access Process 6.9 item 3, 7.1, 7.2); the goal is access within 30 to 45 working days.`,
      link: applicationPath(record.id, "office-id"),
    });
    await notify(tx, await requestorsOfApplication(tx, application), {
      kind: "access.countersigned",
      subject: `MOU countersigned: ${application.organization.name}`,
      body: `DCSS has countersigned the MOU of ${application.organization.name}, in force from ${term}, for ${countOf(application.approvedAccounts ?? 0, "user account")}. The Infrastructure Manager will create your office ID; your LCSA System Administrator then sets up your users' accounts.`,
      link: applicationPath(record.id),
    });
    // 1.5: the Contract Manager "Retains signed MOUs"; the Process Manager posts the approval (6.9).
    await notify(tx, [...(await holdersOf(tx, "CONTRACT_MANAGER")), ...(await holdersOf(tx, "PROCESS_MANAGER"))], {
      kind: "access.countersigned",
      subject: `${application.label}: MOU countersigned, ${term}`,
      body: `${ctx.actor.name}, Process Owner, countersigned the MOU of ${application.headline} for ${term}. The Approved User Account Matrix shows it now.`,
      link: applicationPath(record.id),
    });
    return { label: application.label, termStartsOn: input.termStartsOn, termEndsOn: input.termEndsOn };
  },
  audit: ({ result }) => ({
    summary: `Countersigned the MOU of ${result.label} for DCSS, term ${formatDay(result.termStartsOn)} to ${formatDay(result.termEndsOn)}`,
    before: { state: "MOU_SIGNED" },
    after: { state: "ACTIVE", termStartsOn: result.termStartsOn, termEndsOn: result.termEndsOn },
  }),
});
