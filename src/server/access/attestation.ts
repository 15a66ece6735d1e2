import "server-only";
import { attestationRefusal } from "@/domain/access/accounts";
import { accessAudit } from "@/domain/access/audit-actions";
import type { AttestAccountInput, OpenAttestationInput } from "@/domain/access/organization-schemas";
import { accessPermissions } from "@/domain/access/permissions";
import { californiaDayOf, columnOfDay, dayOfColumn } from "@/domain/calendar/day";
import { collectionSubject, defineCommand, defineSubject } from "@/lib/command";
import { NotFoundError, UserError } from "@/lib/errors";
import { countOf, formatDateTime, formatDay } from "@/lib/format";
import { notify } from "@/server/notifications/notify";
import { lockAccount, organizationPaths, type LockedAccount } from "@/server/access/organization-subjects";
import { requestorsOf } from "@/server/access/recipients";

/**
 * The product's yearly re-attestation (not the process document's, which asks training and
 * confidentiality "then annually", section 2 criteria 5 and 6, and access only for a purpose,
 * criterion 2): the Process Manager opens a campaign for a year with a deadline; every active
 * account (set up, not suspended) is listed for its organization to confirm the user's current
 * training, current confidentiality statement and continued need; what is not confirmed by the
 * deadline is flagged for suspension (src/server/access/jobs.ts).
 */

const campaignsSubject = collectionSubject("AttestationCampaign", ["/access/attestation"]);

export const openAttestationCampaign = defineCommand({
  name: accessAudit.open_attestation,
  subject: campaignsSubject,
  target: (_input: OpenAttestationInput) => "",
  permission: accessPermissions.manage,
  resource: () => undefined,
  async run({ tx, input, now }) {
    const today = californiaDayOf(now);
    if (input.deadlineOn <= today) {
      const message = `Give a deadline after today, ${formatDay(today)}: organizations need time to confirm their users.`;
      throw new UserError(message, { deadlineOn: [message] });
    }
    // Two Process Managers opening the same year at once queue here; the second finds the first's.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('AttestationCampaign.year'))`;
    const existing = await tx.attestationCampaign.findUnique({ where: { year: input.year }, select: { openedAt: true } });
    if (existing) {
      const message = `The ${input.year} campaign was already opened on ${formatDateTime(existing.openedAt)}.`;
      throw new UserError(message, { year: [message] });
    }
    const campaign = await tx.attestationCampaign.create({
      data: { year: input.year, deadlineOn: columnOfDay(input.deadlineOn), openedAt: now },
      select: { id: true, year: true },
    });
    const accounts = await tx.accessAccount.findMany({
      where: { createdAt: { not: null }, suspendedAt: null },
      select: { id: true, organizationId: true, organization: { select: { name: true } } },
    });
    await tx.accountAttestation.createMany({ data: accounts.map((account) => ({ campaignId: campaign.id, accountId: account.id })) });
    const organizations = new Map(accounts.map((account) => [account.organizationId, account.organization.name]));
    for (const [organizationId, name] of organizations) {
      const users = accounts.filter((account) => account.organizationId === organizationId).length;
      await notify(tx, await requestorsOf(tx, organizationId), {
        kind: "access.attestation_opened",
        subject: `Confirm your CSE users by ${formatDay(input.deadlineOn)}`,
        body:
          `DCSS's ${input.year} re-attestation is open. For each of ${name}'s ${countOf(users, "active CSE user")}, confirm current security awareness training, ` +
          `a current signed confidentiality statement and continued need by ${formatDay(input.deadlineOn)}. Accounts not confirmed by then are flagged for suspension.`,
        link: `/access/organizations/${organizationId}#attestation`,
      });
    }
    return { ...campaign, deadlineOn: input.deadlineOn, accounts: accounts.length, organizations: organizations.size };
  },
  audit: ({ result }) => ({
    entity: { type: "AttestationCampaign", id: result.id },
    summary: `Opened the ${result.year} re-attestation, due ${formatDay(result.deadlineOn)}: ${countOf(result.accounts, "account")} of ${countOf(result.organizations, "organization")}`,
    after: result,
  }),
});

interface LockedAttestation extends LockedAccount {
  attestation: { campaignId: string; year: number; deadlineOn: Date; confirmedAt: Date | null };
}

/** One account's place in one campaign, locked through the account's organization. */
const attestationSubject = defineSubject({
  type: "AccountAttestation",
  async lock(tx, key: string): Promise<LockedAttestation> {
    const [campaignId, accountId] = key.split("/") as [string, string];
    const locked = await lockAccount(tx, accountId);
    const attestation = await tx.accountAttestation.findUnique({
      where: { campaignId_accountId: { campaignId, accountId } },
      select: { campaignId: true, confirmedAt: true, campaign: { select: { year: true, deadlineOn: true } } },
    });
    if (!attestation) throw new NotFoundError("That user's re-attestation");
    return { ...locked, attestation: { campaignId, confirmedAt: attestation.confirmedAt, ...attestation.campaign } };
  },
  idOf: ({ attestation, account }) => `${attestation.campaignId}/${account.id}`,
  paths: ({ organization }) => organizationPaths(organization.id),
});

/** The organization confirms one user: training and statement from the user's record, and that access is still needed. */
export const attestAccount = defineCommand({
  name: accessAudit.attest,
  subject: attestationSubject,
  target: (input: AttestAccountInput) => `${input.campaignId}/${input.accountId}`,
  permission: accessPermissions.apply,
  resource: ({ organization }) => ({ lcsaId: organization.lcsaId, organizationId: organization.id }),
  async run({ tx, ctx, input, record: { account, attestation }, now }) {
    if (attestation.confirmedAt) throw new UserError(`${account.userName} was already confirmed on ${formatDateTime(attestation.confirmedAt)}.`);
    if (account.suspendedAt) throw new UserError(`${account.userName}'s account is suspended: there is nothing to confirm.`);
    const trainedOn = dayOfColumn(account.trainedOn);
    const confidentialitySignedOn = dayOfColumn(account.confidentialitySignedOn);
    const refusal = attestationRefusal({ trainedOn, confidentialitySignedOn, stillNeeded: input.stillNeeded }, californiaDayOf(now));
    if (refusal) throw new UserError(`${account.userName} cannot be confirmed yet. ${refusal}`);
    await tx.accountAttestation.update({
      where: { campaignId_accountId: { campaignId: attestation.campaignId, accountId: account.id } },
      data: {
        confirmedAt: now,
        confirmedById: ctx.actor.id,
        stillNeeded: true,
        trainedOn: account.trainedOn,
        confidentialitySignedOn: account.confidentialitySignedOn,
      },
    });
    return { trainedOn, confidentialitySignedOn, late: californiaDayOf(now) > dayOfColumn(attestation.deadlineOn) };
  },
  audit: ({ record: { organization, account, attestation }, result }) => ({
    summary: `${organization.name}: confirmed ${account.userName} for ${attestation.year}${result.late ? " (after the deadline)" : ""}`,
    after: { confirmed: true, stillNeeded: true, trainedOn: result.trainedOn, confidentialitySignedOn: result.confidentialitySignedOn },
  }),
});
