import "server-only";
import { createHash } from "node:crypto";
import { mouRenewal, type MouRenewal } from "@/domain/access/accounts";
import { accessAudit } from "@/domain/access/audit-actions";
import { applicationNumber } from "@/domain/access/lifecycle";
import type { InviteRenewalInput, RenewalNoticeInput } from "@/domain/access/organization-schemas";
import { accessPermissions } from "@/domain/access/permissions";
import { californiaDayOf, columnOfDay, dayOfColumn, type Day } from "@/domain/calendar/day";
import { defineCommand } from "@/lib/command";
import type { Tx } from "@/lib/db/client";
import { UserError } from "@/lib/errors";
import { countOf, formatDateTime, formatDay } from "@/lib/format";
import { notify } from "@/server/notifications/notify";
import { nextApplicationNumber } from "@/server/access/numbering";
import { activeApplicationOf, organizationPaths } from "@/server/access/organization-subjects";
import { holdersOf, requestorsOf } from "@/server/access/recipients";
import { lockApplication, organizationSubject, type LockedOrganization } from "@/server/access/subjects";

/**
 * Section 10, MOU RENEWAL. 10.1: "Six months before expiration of the term of each MOU, the DCSS
 * Contract Manager notifies the Process Manager that the MOU is due for renewal. The Process
 * Manager obtains information from DCSS ISO regarding any audit findings that have not been
 * cleared by the organization. If there are no outstanding audit findings, the Contract Manager
 * will notify the Process Owner that the organization is in good standing for renewal. If there
 * are outstanding audit findings, the Process Manager notifies the Process Owner. The Process
 * Owner notifies the Requestor that the MOU will not be renewed until all audit findings are
 * cleared." 10.2: "The Process Owner initiates the renewal process using the same steps
 * described in Section 6 above."
 *
 * The app asks the ISO's findings itself (they are recorded here), so the notice tells the
 * Process Manager and the Process Owner at once where the organization stands. Each command
 * locks the organization (its findings) and then its MOU's application, in that order.
 */

/** The MOU in force, locked after its organization; refused when there is none or its term is not recorded. */
async function mouInForce(tx: Tx, organization: LockedOrganization) {
  const mou = await activeApplicationOf(tx, organization.id);
  if (!mou) throw new UserError(`${organization.name} has no MOU in force: there is nothing to renew.`);
  if (!mou.termEndsOn) throw new UserError("The MOU's term is not recorded, so its renewal cannot be worked out: record the term first.");
  await lockApplication(tx, mou.id);
  return { ...mou, termEndsOn: dayOfColumn(mou.termEndsOn) };
}

const openFindingsOf = (tx: Tx, organizationId: string) => tx.auditFinding.count({ where: { organizationId, clearedAt: null } });

const scopeOf = (organization: LockedOrganization) => ({ lcsaId: organization.lcsaId, organizationId: organization.id });

export const recordRenewalNotice = defineCommand({
  name: accessAudit.renewal_notice,
  subject: organizationSubject,
  target: (input: RenewalNoticeInput) => input.organizationId,
  permission: accessPermissions.renewalNotice,
  resource: scopeOf,
  async run({ tx, record: organization, now }) {
    const mou = await mouInForce(tx, organization);
    if (mou.renewalNoticeAt) throw new UserError(`The renewal notice was already recorded on ${formatDateTime(mou.renewalNoticeAt)}.`);
    const today = californiaDayOf(now);
    const openFindings = await openFindingsOf(tx, organization.id);
    const before = mouRenewal({ termEndsOn: mou.termEndsOn, notifiedOn: null, openFindings }, today);
    if (before.status === "expired") throw new UserError(`${before.reason} A renewal notice is sent before the term ends.`);
    await tx.accessApplication.update({ where: { id: mou.id }, data: { renewalNoticeAt: now, version: { increment: 1 } } });
    const standing = mouRenewal({ termEndsOn: mou.termEndsOn, notifiedOn: today, openFindings }, today);
    const subject = `MOU due for renewal: ${organization.name} (${applicationNumber(mou.number)})`;
    const link = `/access/organizations/${organization.id}#renewal`;
    const ends = formatDay(mou.termEndsOn);
    await notify(tx, await holdersOf(tx, "PROCESS_MANAGER"), {
      kind: "access.renewal_notice",
      subject,
      body: `The Contract Manager notifies you that ${organization.name}'s MOU is due for renewal: its term ends on ${ends} (Third Party Access Process 10.1). ${standing.reason}`,
      link,
    });
    await notify(tx, await holdersOf(tx, "PROCESS_OWNER"), {
      kind: "access.renewal_notice",
      subject,
      body: `${organization.name}'s MOU ends on ${ends}. ${standing.reason} ${
        standing.status === "blocked"
          ? "Notify the Requestor that the MOU will not be renewed until all audit findings are cleared."
          : "You may invite it to renew."
      } (Third Party Access Process 10.1, 10.2)`,
      link,
    });
    return { applicationId: mou.id, number: mou.number, termEndsOn: mou.termEndsOn, standing };
  },
  audit: ({ record: organization, result }) => ({
    entity: { type: "AccessApplication", id: result.applicationId },
    summary: `${organization.name}: renewal notice for the MOU ending ${formatDay(result.termEndsOn)} (${result.standing.reason})`,
    after: { renewalNotice: true, standing: result.standing.status },
  }),
  paths: ({ record: organization, result }) => [...organizationPaths(organization.id), `/access/applications/${result.applicationId}`],
});

export type InviteRenewalResult =
  | { kind: "invited"; applicationId: string; number: number }
  /** 10.1: not renewed while audit findings are open; the Requestor was told why. */
  | { kind: "blocked"; reason: string; openFindings: number; requestorsTold: number; previousApplicationId: string };

/** Once per set of open findings: asking again about the same findings tells the Requestor nothing new. */
function blockedNoticeKey(applicationId: string, findingIds: readonly string[]) {
  const digest = createHash("sha256")
    .update([...findingIds].sort().join(","))
    .digest("hex")
    .slice(0, 16);
  return `access-renewal-blocked:${applicationId}:${digest}`;
}

/**
 * 10.2: the Process Owner invites the organization to renew. While audit findings are open
 * the MOU is not renewed: nothing is created, and the Requestor is told why (10.1), which is
 * this command's other outcome. Otherwise a RENEWAL application is created from the one in
 * force, with the LCSA Director's identification copied, at IDENTIFIED, so the Process Manager
 * sends the invitation to renew through section 6's steps.
 */
export const inviteRenewal = defineCommand({
  name: accessAudit.invite_renewal,
  subject: organizationSubject,
  target: (input: InviteRenewalInput) => input.organizationId,
  permission: accessPermissions.decide,
  resource: scopeOf,
  async run({ tx, ctx, record: organization, now }): Promise<InviteRenewalResult> {
    const mou = await mouInForce(tx, organization);
    if (mou.renewal) {
      throw new UserError(`${applicationNumber(mou.renewal.number)} already renews this MOU: its renewal follows section 6's steps on that application.`);
    }
    if (!mou.renewalNoticeAt) {
      throw new UserError("The Contract Manager has not recorded the renewal notice yet: the renewal starts with it (Third Party Access Process 10.1).");
    }
    const today: Day = californiaDayOf(now);
    const findings = await tx.auditFinding.findMany({ where: { organizationId: organization.id, clearedAt: null }, select: { id: true } });
    const renewal = mouRenewal({ termEndsOn: mou.termEndsOn, notifiedOn: californiaDayOf(mou.renewalNoticeAt), openFindings: findings.length }, today);
    if (renewal.status === "expired")
      throw new UserError(`${renewal.reason} An MOU is renewed before its term ends; the LCSA Director may identify the organization again (6.2).`);
    if (renewal.status === "blocked") return blocked(tx, organization, mou, renewal, findings);
    return invite(tx, ctx.actor.id, organization, mou.id, now);
  },
  audit: ({ record: organization, result }) =>
    result.kind === "invited"
      ? {
          entity: { type: "AccessApplication", id: result.applicationId },
          summary: `${organization.name}: invited to renew, ${applicationNumber(result.number)} created for the Process Manager's invitation (10.2)`,
          after: { kind: "RENEWAL", number: result.number, state: "IDENTIFIED" },
        }
      : {
          action: accessAudit.refuse_renewal,
          entity: { type: "AccessApplication", id: result.previousApplicationId },
          summary: `${organization.name}: not renewed while ${countOf(result.openFindings, "audit finding")} ${result.openFindings === 1 ? "is" : "are"} open; ${countOf(result.requestorsTold, "Requestor contact")} told (10.1)`,
          after: { openFindings: result.openFindings, requestorsTold: result.requestorsTold },
        },
  paths: ({ record: organization, result }) => [
    ...organizationPaths(organization.id),
    `/access/applications/${result.kind === "invited" ? result.applicationId : result.previousApplicationId}`,
  ],
});

async function blocked(
  tx: Tx,
  organization: LockedOrganization,
  mou: { id: string; termEndsOn: Day },
  renewal: MouRenewal,
  findings: { id: string }[],
): Promise<InviteRenewalResult> {
  const requestorsTold = await notify(tx, await requestorsOf(tx, organization.id), {
    kind: "access.renewal_blocked",
    subject: `MOU renewal on hold: ${organization.name}`,
    body:
      `DCSS's Process Owner notifies you that your organization's MOU, whose term ends on ${formatDay(mou.termEndsOn)}, will not be renewed until all audit findings are cleared ` +
      `(${countOf(findings.length, "finding")} open). Work with DCSS's Process Owner through your Information Security Officer to clear them (Third Party Access Process 8, 10.1).`,
    link: `/access/organizations/${organization.id}#findings`,
    dedupeKey: blockedNoticeKey(
      mou.id,
      findings.map((finding) => finding.id),
    ),
  });
  return { kind: "blocked", reason: renewal.reason, openFindings: findings.length, requestorsTold, previousApplicationId: mou.id };
}

const IDENTIFICATION = {
  countyId: true,
  lcsaId: true,
  inviteeName: true,
  inviteeTitle: true,
  inviteeAddress: true,
  inviteeEmail: true,
  coordinatorName: true,
  coordinatorTitle: true,
  coordinatorContact: true,
  sysadminName: true,
  sysadminTitle: true,
  sysadminContact: true,
  recommendedAccounts: true,
} as const;

async function invite(tx: Tx, actorId: string, organization: LockedOrganization, previousId: string, now: Date): Promise<InviteRenewalResult> {
  const previous = await tx.accessApplication.findUniqueOrThrow({ where: { id: previousId }, select: IDENTIFICATION });
  const number = await nextApplicationNumber(tx);
  const created = await tx.accessApplication.create({
    data: {
      ...previous,
      number,
      kind: "RENEWAL",
      renewalOfId: previousId,
      organizationId: organization.id,
      state: "IDENTIFIED",
      stateChangedAt: now,
      // 6.2 item 5's date: the invitation to renew may go at once.
      invitationOn: columnOfDay(californiaDayOf(now)),
      identifiedById: actorId,
      identifiedAt: now,
    },
    select: { id: true, number: true },
  });
  await notify(tx, await holdersOf(tx, "PROCESS_MANAGER"), {
    kind: "access.renewal_invited",
    subject: `Invitation to renew to send: ${organization.name} (${applicationNumber(number)})`,
    body: `The Process Owner initiated the renewal of ${organization.name}'s MOU. Send the invitation to renew, using the same steps as a first application (Third Party Access Process 10.2, section 6).`,
    link: `/access/applications/${created.id}`,
  });
  return { kind: "invited", applicationId: created.id, number: created.number };
}
