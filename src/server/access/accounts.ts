import "server-only";
import { accountSetupRefusal } from "@/domain/access/account-standing";
import { accessAudit } from "@/domain/access/audit-actions";
import type { CreateAccessAccountInput, ListAccessUserInput, RenewAccessUserInput, SuspendAccessAccountInput } from "@/domain/access/organization-schemas";
import { accessPermissions } from "@/domain/access/permissions";
import { californiaDayOf, columnOfDay, day, dayOfColumn, dayOfNullable, type Day } from "@/domain/calendar/day";
import { defineCommand } from "@/lib/command";
import type { Tx } from "@/lib/db/client";
import { ConflictError, UserError } from "@/lib/errors";
import { formatDateTime, formatDay } from "@/lib/format";
import { lastChangedBy } from "@/server/audit/last-changed-by";
import { notify } from "@/server/notifications/notify";
import { accountSubject, activeApplicationOf, organizationPaths } from "@/server/access/organization-subjects";
import { requestorsOf } from "@/server/access/recipients";
import { organizationSubject } from "@/server/access/subjects";

/**
 * A Requestor's users and their CSE accounts: Third Party Access Process 6.8 (the Requestor's
 * Contact Person "Identifies staff for CSE access", trains them and has them sign), 7.3 ("The
 * Administrator follows the CCSAS End User ID Procedures, CDL TM 080 to set up third party user
 * accounts") and section 2, criteria 5 and 6 (training and a signed confidentiality statement
 * "before obtaining an account and then annually"). Every command locks the organization first.
 */

/** A training or signing day may not lie ahead: the form records what has been done. */
function assertNotAhead(input: { trainedOn: string; confidentialitySignedOn: string }, today: Day) {
  const fieldErrors: Record<string, string[]> = {};
  if (input.trainedOn > today) fieldErrors.trainedOn = [`The training day, ${formatDay(input.trainedOn)}, is in the future: record it once it is done.`];
  if (input.confidentialitySignedOn > today) {
    fieldErrors.confidentialitySignedOn = [`The signing day, ${formatDay(input.confidentialitySignedOn)}, is in the future: record it once it is signed.`];
  }
  const messages = Object.values(fieldErrors).flat();
  if (messages.length) throw new UserError(messages.join(" "), fieldErrors);
}

/**
 * The application users are listed under: the MOU in force (ACTIVE), or else the latest one
 * approved whose MOU is on its way (6.8 has the Requestor identify and train its staff while
 * the MOU is signed). The product's reading: before the conditional acceptance there are no
 * users to list.
 */
async function listingApplication(tx: Tx, organizationId: string) {
  const candidates = await tx.accessApplication.findMany({
    where: { organizationId, state: { in: ["ACTIVE", "MOU_SIGNED", "APPROVED"] } },
    orderBy: { number: "desc" },
    select: { id: true, state: true },
  });
  return candidates.find((application) => application.state === "ACTIVE") ?? candidates[0] ?? null;
}

export const listAccessUser = defineCommand({
  name: accessAudit.list_user,
  subject: organizationSubject,
  target: (input: ListAccessUserInput) => input.organizationId,
  permission: accessPermissions.apply,
  resource: (organization) => ({ lcsaId: organization.lcsaId, organizationId: organization.id }),
  async run({ tx, input, record: organization, now }) {
    assertNotAhead(input, californiaDayOf(now));
    const application = await listingApplication(tx, organization.id);
    if (!application)
      throw new UserError("Users are listed once DCSS has conditionally approved the organization's application (Third Party Access Process 6.8).");
    const taken = await tx.accessAccount.findUnique({
      where: { organizationId_userEmail: { organizationId: organization.id, userEmail: input.userEmail } },
      select: { userName: true },
    });
    if (taken) {
      const message = `${taken.userName} is already listed with ${input.userEmail}: update their dates in the list instead.`;
      throw new UserError(message, { userEmail: [message] });
    }
    return tx.accessAccount.create({
      data: {
        applicationId: application.id,
        organizationId: organization.id,
        userName: input.userName,
        userEmail: input.userEmail,
        trainedOn: columnOfDay(input.trainedOn),
        confidentialitySignedOn: columnOfDay(input.confidentialitySignedOn),
      },
      select: { id: true, userName: true, userEmail: true, trainedOn: true, confidentialitySignedOn: true, applicationId: true },
    });
  },
  audit: ({ record: organization, result }) => ({
    entity: { type: "AccessAccount", id: result.id },
    summary: `${organization.name}: listed ${result.userName} (${result.userEmail}) for a CSE account`,
    after: result,
  }),
  paths: ({ record: organization }) => organizationPaths(organization.id),
});

/** Criteria 5 and 6, "then annually": the Requestor records a user's renewed training and statement. */
export const renewAccessUser = defineCommand({
  name: accessAudit.renew_user,
  subject: accountSubject,
  target: (input: RenewAccessUserInput) => input.accountId,
  permission: accessPermissions.apply,
  resource: ({ organization }) => ({ lcsaId: organization.lcsaId, organizationId: organization.id }),
  async run({ tx, input, record: { account }, now }) {
    if (account.version !== input.version) {
      const who = await lastChangedBy(tx, "AccessAccount", account.id);
      throw new ConflictError(`${who} changed ${account.userName}'s record while you were editing. Nothing was saved; look at the dates again and save.`);
    }
    assertNotAhead(input, californiaDayOf(now));
    const after = { trainedOn: input.trainedOn, confidentialitySignedOn: input.confidentialitySignedOn };
    await tx.accessAccount.update({
      where: { id: account.id },
      data: { trainedOn: columnOfDay(after.trainedOn), confidentialitySignedOn: columnOfDay(after.confidentialitySignedOn), version: { increment: 1 } },
    });
    return after;
  },
  audit: ({ record: { organization, account }, result }) => ({
    summary: `${organization.name}: ${account.userName}'s training ${formatDay(result.trainedOn)}, confidentiality statement ${formatDay(result.confidentialitySignedOn)}`,
    before: { trainedOn: dayOfColumn(account.trainedOn), confidentialitySignedOn: dayOfColumn(account.confidentialitySignedOn) },
    after: result,
  }),
});

/** Why the account may not be set up today (accountSetupRefusal), read under the organization's lock. */
async function creationRefusal(tx: Tx, organizationId: string, account: { trainedOn: Date; confidentialitySignedOn: Date }, today: Day) {
  const mou = await activeApplicationOf(tx, organizationId);
  // Live accounts count against the approved number; a suspended one frees its place.
  const createdCount = await tx.accessAccount.count({ where: { organizationId, createdAt: { not: null }, suspendedAt: null } });
  const refusal = accountSetupRefusal({
    trainedOn: dayOfColumn(account.trainedOn),
    confidentialitySignedOn: dayOfColumn(account.confidentialitySignedOn),
    today,
    createdCount,
    approvedAccounts: mou?.approvedAccounts ?? 0,
    mou: mou ? { countersignedOn: mou.countersignedAt ? californiaDayOf(mou.countersignedAt) : null, termEndsOn: dayOfNullable(mou.termEndsOn) } : null,
    termStartsOn: dayOfNullable(mou?.termStartsOn),
    officeId: mou?.officeId ?? null,
  });
  return { mou, refusal, createdCount };
}

/** 7.3: the LCSA System Administrator marks the user's CSE account set up, or set up again after a suspension. */
export const createAccessAccount = defineCommand({
  name: accessAudit.create_account,
  subject: accountSubject,
  target: (input: CreateAccessAccountInput) => input.accountId,
  permission: accessPermissions.createAccounts,
  resource: ({ organization }) => ({ lcsaId: organization.lcsaId, organizationId: organization.id }),
  async run({ tx, ctx, record: { organization, account }, now }) {
    if (account.createdAt && !account.suspendedAt)
      throw new UserError(`${account.userName}'s account was already set up on ${formatDateTime(account.createdAt)}.`);
    const { mou, refusal, createdCount } = await creationRefusal(tx, organization.id, account, californiaDayOf(now));
    if (refusal || !mou) throw new UserError(refusal ?? "No account may be set up before the Process Owner countersigns the MOU.");
    await tx.accessAccount.update({
      where: { id: account.id },
      data: { createdAt: now, createdById: ctx.actor.id, suspendedAt: null, applicationId: mou.id, version: { increment: 1 } },
    });
    await notify(tx, await requestorsOf(tx, organization.id), {
      kind: "access.account_created",
      subject: `CSE account set up: ${account.userName}`,
      body: `The LCSA System Administrator set up ${account.userName}'s CSE user account for ${organization.name}. Training and the confidentiality statement are renewed every year (Third Party Access Process, section 2).`,
      link: `/access/organizations/${organization.id}#accounts`,
    });
    return { reinstated: account.suspendedAt !== null, live: createdCount + 1, approved: mou.approvedAccounts ?? 0 };
  },
  audit: ({ record: { organization, account }, result }) => ({
    summary: `${organization.name}: ${result.reinstated ? "set up again" : "set up"} ${account.userName}'s CSE account (${result.live} of ${result.approved} approved)`,
    before: { createdAt: account.createdAt, suspendedAt: account.suspendedAt },
    after: { created: true, suspendedAt: null, live: result.live, approved: result.approved },
  }),
});

/**
 * The LCSA System Administrator confirms that an account is suspended in CSE: a flagged one
 * (renewal expired, re-attestation missed) or one no longer needed. Only this sets suspendedAt.
 */
export const suspendAccessAccount = defineCommand({
  name: accessAudit.suspend_account,
  subject: accountSubject,
  target: (input: SuspendAccessAccountInput) => input.accountId,
  permission: accessPermissions.createAccounts,
  resource: ({ organization }) => ({ lcsaId: organization.lcsaId, organizationId: organization.id }),
  async run({ tx, record: { organization, account }, now }) {
    if (!account.createdAt) throw new UserError(`${account.userName} has no CSE account yet: there is nothing to suspend.`);
    if (account.suspendedAt) throw new UserError(`${account.userName}'s account was already suspended on ${formatDateTime(account.suspendedAt)}.`);
    await tx.accessAccount.update({ where: { id: account.id }, data: { suspendedAt: now, version: { increment: 1 } } });
    await notify(tx, await requestorsOf(tx, organization.id), {
      kind: "access.account_suspended",
      subject: `CSE account suspended: ${account.userName}`,
      body: `The LCSA System Administrator suspended ${account.userName}'s CSE user account for ${organization.name}. Once the user's training and confidentiality statement are current, ask for it to be set up again.`,
      link: `/access/organizations/${organization.id}#accounts`,
    });
    return { suspendedOn: day(californiaDayOf(now)) };
  },
  audit: ({ record: { organization, account }, result }) => ({
    summary: `${organization.name}: suspended ${account.userName}'s CSE account on ${formatDay(result.suspendedOn)}`,
    before: { suspendedAt: null },
    after: { suspended: true },
  }),
});
