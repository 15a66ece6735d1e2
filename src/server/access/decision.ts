import "server-only";
import { approvalRefusal, MIN_JUSTIFICATION_LENGTH, reservedFor, type Reservation } from "@/domain/access/allocation";
import { accessAudit } from "@/domain/access/audit-actions";
import { accessPermissions } from "@/domain/access/permissions";
import { guideLabelFor } from "@/domain/access/reservation";
import type { ApproveInput, RejectInput } from "@/domain/access/schemas";
import { defineCommand } from "@/lib/command";
import type { Tx } from "@/lib/db/client";
import { UserError } from "@/lib/errors";
import { countOf } from "@/lib/format";
import { applicationPath, loadApplication, type LoadedApplication } from "@/server/access/application-row";
import { directorsOf } from "@/server/access/invitation";
import { holdersOf, requestorsOf } from "@/server/access/recipients";
import { applicationSubject, assertMove } from "@/server/access/subjects";
import { notify } from "@/server/notifications/notify";

/** What the current guide reserves for the application's organization in its county, and which version said so. */
export interface GuideReservation extends Reservation {
  guideId: string | null;
  guideNumber: number | null;
  /** The county or regional LCSA as the guide writes it. */
  label: string;
}

/**
 * Process 1.6, the User Account Allocation Guide, in its current version (section 9: the
 * Process Owner updates it): what it reserves for this organization (its guide organization,
 * or the county's other third party users) in this county.
 */
export async function guideReservation(tx: Tx, application: Pick<LoadedApplication, "lcsa" | "county" | "organization">): Promise<GuideReservation> {
  const version = await tx.allocationGuideVersion.findFirst({ orderBy: { number: "desc" }, select: { id: true, number: true } });
  const rows = version
    ? (
        await tx.allocationGuideRow.findMany({
          where: { versionId: version.id, lcsaId: application.lcsa.id },
          orderBy: { sortOrder: "asc" },
          select: { label: true, organization: true, preConversionUsers: true, reserved: true, lcsa: { select: { code: true } } },
        })
      ).map((row) => ({ ...row, lcsa: row.lcsa.code }))
    : [];
  const label = guideLabelFor(rows, application.county.name, application.lcsa.name);
  const reservation = reservedFor(rows, { lcsaLabelOrCounty: label, organization: application.organization.guideOrganization });
  return { ...reservation, label, guideId: version?.id ?? null, guideNumber: version?.number ?? null };
}

/**
 * Process 6.6 item 2: the Process Owner signs the "Notice of Conditional Acceptance to the
 * Requestor's Contact Person" and, by 1.5, "Determines number of users accounts to be authorized".
 * Refused when a review was unfavorable (section 2: "The following criteria must be satisfied
 * before DCSS authorizes access": the legal authority, criterion 2, and the connection to a DTS
 * Point of Presence, criterion 3), and beyond what the current guide reserves without a
 * justification and the explicit override (approvalRefusal). The guide version read and what it
 * reserved are recorded with the decision.
 */
export const approveApplication = defineCommand({
  name: accessAudit.approve,
  subject: applicationSubject,
  target: (input: ApproveInput) => input.applicationId,
  permission: accessPermissions.decide,
  resource: (application) => application,
  async run({ tx, ctx, input, record, now }) {
    assertMove(record, "approve");
    const application = await loadApplication(tx, record.id);
    const reviews = await tx.accessReview.findMany({ where: { applicationId: record.id }, select: { kind: true, favorable: true } });
    if (reviews.some((review) => review.favorable === false)) {
      const failed = reviews
        .filter((review) => review.favorable === false)
        .map((review) => (review.kind === "LEGAL" ? "DCSS Legal's review" : "the connectivity test"));
      throw new UserError(
        `The application cannot be approved: ${failed.join(" and ")} found against it, and section 2's criteria must be satisfied before DCSS authorizes access. Reject it with the reason, or ask the Process Manager to review again.`,
      );
    }
    const form = await tx.accessApplicationForm.findUnique({ where: { applicationId: record.id }, select: { usersRequested: true } });
    const requested = form?.usersRequested ?? application.recommendedAccounts;
    const guide = await guideReservation(tx, application);
    const refusal = approvalRefusal({
      requestor: application.organization.name,
      requested,
      approved: input.approvedAccounts,
      reserved: guide.reserved,
      justification: input.justification,
      override: input.override,
    });
    if (refusal) throw new UserError(refusal, fieldErrorsOf(refusal, input, requested, guide.reserved));
    const overGuide = input.approvedAccounts > guide.reserved;
    await tx.accessApplication.update({
      where: { id: record.id },
      data: {
        state: "APPROVED",
        stateChangedAt: now,
        decidedAt: now,
        decidedById: ctx.actor.id,
        approvedAccounts: input.approvedAccounts,
        decisionGuideId: guide.guideId,
        reservedAtDecision: guide.reserved,
        overGuideJustification: overGuide ? input.justification : "",
        version: { increment: 1 },
      },
    });
    const accounts = countOf(input.approvedAccounts, "user account");
    await notify(tx, [...(await requestorsOf(tx, application.organization.id)), ...(application.requestorUserId ? [application.requestorUserId] : [])], {
      kind: "access.approved",
      subject: `Conditional acceptance: ${application.organization.name}`,
      body: `DCSS has conditionally accepted the application of ${application.organization.name} for ${accounts} in CSE. The Process Manager will send you the approval package: the MOU to sign, the confidentiality statements and the security awareness training (Third Party Access Process 6.7).`,
      link: applicationPath(record.id, "mou"),
    });
    await notify(tx, await holdersOf(tx, "PROCESS_MANAGER"), {
      kind: "access.approved",
      subject: `${application.label}: approved for ${accounts}; send the approval package`,
      body: `${ctx.actor.name}, Process Owner, approved ${application.headline} for ${accounts}. Send the approval package (Third Party Access Process 6.7).`,
      link: applicationPath(record.id, "package"),
    });
    await notify(tx, await directorsOf(tx, application), {
      kind: "access.approved",
      subject: `${application.label}: ${application.organization.name} conditionally accepted`,
      body: `${ctx.actor.name}, Process Owner, approved ${application.organization.name} for ${accounts}; you had recommended ${application.recommendedAccounts.toLocaleString("en-US")}. You are copied as the LCSA Director (Appendix C).`,
      link: applicationPath(record.id),
    });
    return { label: application.label, approved: input.approvedAccounts, requested, reserved: guide.reserved, guideNumber: guide.guideNumber, overGuide };
  },
  audit: ({ input, result }) => ({
    summary:
      `Approved ${result.label} for ${countOf(result.approved, "user account")} (${countOf(result.requested, "user account")} requested; ` +
      `version ${result.guideNumber ?? "none"} of the guide reserves ${result.reserved.toLocaleString("en-US")})` +
      (result.overGuide ? ", beyond the guide with the Process Owner's justification" : ""),
    before: { state: "AWAITING_DECISION" },
    after: {
      state: "APPROVED",
      approvedAccounts: result.approved,
      reservedAtDecision: result.reserved,
      justification: result.overGuide ? input.justification : "",
    },
  }),
});

/** Which of the decision form's fields a refusal of approvalRefusal is about. */
function fieldErrorsOf(refusal: string, input: ApproveInput, requested: number, reserved: number): Record<string, string[]> {
  if (input.approvedAccounts > requested || input.approvedAccounts <= reserved) return { approvedAccounts: [refusal] };
  const errors: Record<string, string[]> = {};
  if (input.justification.trim().length < MIN_JUSTIFICATION_LENGTH) errors.justification = [refusal];
  if (!input.override) errors.override = [refusal];
  return errors;
}

/**
 * Process 6.6 item 1: a "Notice of Rejection and reason to the Requestor with a copy to the LCSA
 * Director". The reason reaches both by notification, and the rejection letter states it.
 */
export const rejectApplication = defineCommand({
  name: accessAudit.reject,
  subject: applicationSubject,
  target: (input: RejectInput) => input.applicationId,
  permission: accessPermissions.decide,
  resource: (application) => application,
  async run({ tx, ctx, input, record, now }) {
    assertMove(record, "reject");
    await tx.accessApplication.update({
      where: { id: record.id },
      data: { state: "REJECTED", stateChangedAt: now, decidedAt: now, decidedById: ctx.actor.id, rejectionReason: input.reason, version: { increment: 1 } },
    });
    const application = await loadApplication(tx, record.id);
    const body = `DCSS has rejected the application of ${application.organization.name} for CSE access. The Process Owner's reason: "${input.reason}"`;
    await notify(tx, [...(await requestorsOf(tx, application.organization.id)), ...(application.requestorUserId ? [application.requestorUserId] : [])], {
      kind: "access.rejected",
      subject: `Application rejected: ${application.organization.name}`,
      body,
      link: applicationPath(record.id),
    });
    await notify(tx, [...(await directorsOf(tx, application)), ...(await holdersOf(tx, "PROCESS_MANAGER"))], {
      kind: "access.rejected",
      subject: `${application.label}: ${application.organization.name} rejected`,
      body: `${body} You are copied as the LCSA Director or the Process Manager (Third Party Access Process 6.6).`,
      link: applicationPath(record.id),
    });
    return { label: application.label, reason: input.reason };
  },
  audit: ({ result }) => ({
    summary: `Rejected ${result.label}: ${result.reason}`,
    before: { state: "AWAITING_DECISION" },
    after: { state: "REJECTED", reason: result.reason },
  }),
});
