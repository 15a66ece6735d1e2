import "server-only";
import { accessAudit } from "@/domain/access/audit-actions";
import { invitationRefusal } from "@/domain/access/clocks";
import { accessPermissions } from "@/domain/access/permissions";
import type { ApplicationStepInput } from "@/domain/access/schemas";
import { californiaDayOf, dayOfColumn, dayOfNullable } from "@/domain/calendar/day";
import { identityAudit } from "@/domain/identity/audit-actions";
import { recordAudit } from "@/lib/audit";
import type { CommandContext } from "@/lib/context";
import { defineCommand } from "@/lib/command";
import type { Tx } from "@/lib/db/client";
import { UserError } from "@/lib/errors";
import { countOf, formatDay } from "@/lib/format";
import { applicationPath, loadApplication, type LoadedApplication } from "@/server/access/application-row";
import { holdersOf } from "@/server/access/recipients";
import { applicationSubject, assertMove } from "@/server/access/subjects";
import { grantInTx } from "@/server/identity/grant";
import { inviteUserInTx } from "@/server/identity/invite-in-tx";
import { notify } from "@/server/notifications/notify";

/**
 * Process 6.3: the Process Manager "Sends invitation letter to Requestor on scheduled date"
 * (Appendix A). Sending it opens the app to the person the Director named (6.2 item 1): a new
 * account, INVITED, holding the Requestor role for the organization, with a one-time link to
 * choose a password; or, when they already have an account, the role granted to it. The
 * Requestor is notified, the LCSA Director copied (Appendix A: "cc: LCSA Director").
 *
 * Refused before the county's earliest day (process 3: "a minimum of two months after
 * conversion", asked again, as the conversion day may have been corrected since) and before the
 * day the Director chose (6.3: "on scheduled date").
 */
export const sendInvitation = defineCommand({
  name: accessAudit.send_invitation,
  subject: applicationSubject,
  target: (input: ApplicationStepInput) => input.applicationId,
  permission: accessPermissions.manage,
  resource: (application) => application,
  async run({ tx, ctx, record, now }) {
    assertMove(record, "sendInvitation");
    const application = await loadApplication(tx, record.id);
    const today = californiaDayOf(now);
    const refusal = invitationRefusal(today, dayOfNullable(application.county.cseConversionOn));
    if (refusal) throw new UserError(refusal);
    const scheduled = dayOfColumn(application.invitationOn);
    if (today < scheduled) {
      throw new UserError(
        `The LCSA Director asked for the letter to be sent on ${formatDay(scheduled)}: send it on that day or later (Third Party Access Process 6.3, "on scheduled date").`,
      );
    }
    const requestor = await openAccessFor(tx, ctx, application);
    await tx.accessApplication.update({
      where: { id: record.id },
      data: { state: "INVITED", stateChangedAt: now, invitationSentAt: now, requestorUserId: requestor.userId, version: { increment: 1 } },
    });
    // The application starts with what the Director gave of its contact (Appendix B's first lines).
    await tx.accessApplicationForm.upsert({
      where: { applicationId: record.id },
      create: {
        applicationId: record.id,
        requestorName: application.organization.name,
        contactName: application.inviteeName,
        contactTitle: application.inviteeTitle,
        contactEmail: application.inviteeEmail,
      },
      update: {},
    });
    await notify(tx, [requestor.userId], {
      kind: "access.invited",
      subject: `Invitation to apply for CSE access: ${application.organization.name}`,
      body:
        `The Department of Child Support Services invites ${application.organization.name} to apply for access to the Child Support Enforcement (CSE) system. ` +
        `Your LCSA Director has recommended ${countOf(application.recommendedAccounts, "user account")}. ` +
        (requestor.invitationPath
          ? "Open the link below to choose your password (it works once, for 14 days), then complete the application (Appendix B) and send it from the app."
          : "Sign in and complete the application (Appendix B), then send it from the app."),
      link: requestor.invitationPath ?? applicationPath(record.id, "application"),
    });
    await notify(tx, await directorsOf(tx, application), {
      kind: "access.invited",
      subject: `${application.label}: invitation sent to ${application.organization.name}`,
      body: `${ctx.actor.name}, Process Manager, sent the invitation letter for ${application.headline} to ${application.inviteeName}, ${application.inviteeTitle}. You are copied as the LCSA Director.`,
      link: applicationPath(record.id),
    });
    return { label: application.label, invitee: application.inviteeEmail, ...requestor };
  },
  audit: ({ result }) => ({
    summary:
      `Sent the invitation letter for ${result.label} to ${result.invitee}` +
      (result.invitationPath ? "; invited them to the app as its Requestor" : "; their account was given the Requestor role"),
    before: { state: "IDENTIFIED" },
    after: { state: "INVITED", requestorUserId: result.userId, accountCreated: result.invitationPath !== null },
  }),
});

/** The invitee's account, with the Requestor role for the organization: a new invitation, or the role added to the account they have. */
async function openAccessFor(tx: Tx, ctx: CommandContext, application: LoadedApplication): Promise<{ userId: string; invitationPath: string | null }> {
  const scope = { type: "ORGANIZATION" as const, organizationId: application.organization.id };
  const existing = await tx.user.findUnique({ where: { email: application.inviteeEmail }, select: { id: true, email: true, status: true } });
  if (!existing) {
    const invited = await inviteUserInTx(
      tx,
      { email: application.inviteeEmail, name: application.inviteeName, title: application.inviteeTitle, role: "REQUESTOR", scope },
      ctx.actor.id,
    );
    await recordAudit(tx, ctx, {
      action: identityAudit.invite,
      entityType: "User",
      entityId: invited.userId,
      summary: `Invited ${invited.invited.email} as REQUESTOR of ${application.organization.name} (${application.label})`,
      after: invited.invited,
    });
    return { userId: invited.userId, invitationPath: invited.invitationPath };
  }
  if (existing.status === "DISABLED") {
    throw new UserError(
      `The account of ${existing.email} is disabled. Ask an administrator to enable it, or ask the LCSA Director to name another contact and identify the organization again.`,
    );
  }
  const held = await tx.roleAssignment.findFirst({
    where: { userId: existing.id, role: "REQUESTOR", organizationId: application.organization.id, revokedAt: null },
    select: { id: true },
  });
  if (!held) {
    const grant = await grantInTx(tx, existing.id, "REQUESTOR", scope, ctx.actor.id);
    await recordAudit(tx, ctx, {
      action: identityAudit.grant_role,
      entityType: "User",
      entityId: existing.id,
      summary: `Granted Requestor (${application.organization.name}) for ${application.label}`,
      after: grant,
    });
  }
  return { userId: existing.id, invitationPath: null };
}

/** The LCSA Director who identified the Requestor, and whoever directs the LCSA now. */
export async function directorsOf(tx: Tx, application: Pick<LoadedApplication, "identifiedById" | "lcsa">): Promise<string[]> {
  return [application.identifiedById, ...(await holdersOf(tx, "LCSA_DIRECTOR", { lcsaId: application.lcsa.id }))];
}
