import "server-only";
import { mouRenewal, renewalStatus } from "@/domain/access/accounts";
import { accessAudit } from "@/domain/access/audit-actions";
import { clockNoticesDue, type ClockNoticeDue } from "@/domain/access/clock-notices";
import { applicationClocks, type ApplicationFacts } from "@/domain/access/clocks";
import { applicationNumber, CLOSED_STATES } from "@/domain/access/lifecycle";
import { californiaDayOf, columnOfDay, dayOfColumn, dayOfNullable, type Day } from "@/domain/calendar/day";
import { roleLabel } from "@/domain/identity/roles";
import { collectionSubject, defineCommand, type AnyContext } from "@/lib/command";
import { SYSTEM_CONTEXT } from "@/lib/context";
import { db } from "@/lib/db/client";
import { countOf, formatDay } from "@/lib/format";
import { notify, type NotificationMessage } from "@/server/notifications/notify";
import { holdersOf, requestorsOf, systemAdministratorsOf } from "@/server/access/recipients";

/**
 * Third-party access's background work (listed in src/server/jobs/tasks.ts). Each function
 * takes `now`, and is safe to run twice at once on several instances: a clock's notice is
 * remembered in AccessClockNotice (INSERT … ON CONFLICT DO NOTHING, so the second run inserts
 * nothing and sends nothing), every other notice by its notification's dedupe key (once per
 * person and key, the same ON CONFLICT). Each notice is sent and audited, with no actor, in a
 * transaction of its own, so one failure holds up nothing else; a notice that told nobody new
 * appends no audit event.
 */

const system = collectionSubject("AccessApplication", []);

interface Notice {
  recipientIds: readonly string[];
  message: NotificationMessage;
  audit: { action: typeof accessAudit.remind_renewal | typeof accessAudit.flag_account; entityType: string; entityId: string; summary: string };
}

/** Sends one notice with its audit event, when it told anyone new. */
const sendNotice = defineCommand<Notice, null, undefined, { told: number; notice: Notice }, AnyContext>({
  name: accessAudit.remind_renewal,
  subject: system,
  target: () => "",
  permission: () => null,
  resource: () => undefined,
  system: true,
  async run({ tx, input }) {
    return { told: await notify(tx, input.recipientIds, input.message), notice: input };
  },
  audit: ({ result: { told, notice } }) =>
    told === 0
      ? null
      : {
          action: notice.audit.action,
          entity: { type: notice.audit.entityType, id: notice.audit.entityId },
          summary: `${notice.audit.summary}; ${countOf(told, "person", "people")} told`,
        },
});

/** Notices whose dedupe key has gone out already (to anyone) are not tried again. */
async function unsent<T extends { message: NotificationMessage }>(notices: T[]): Promise<T[]> {
  const keys = notices.map((notice) => notice.message.dedupeKey!);
  if (!keys.length) return [];
  const sent = await db.notification.findMany({ where: { dedupeKey: { in: keys } }, distinct: ["dedupeKey"], select: { dedupeKey: true } });
  const done = new Set(sent.map((row) => row.dedupeKey));
  return notices.filter((notice) => !done.has(notice.message.dedupeKey!));
}

/** The people told about an organization's accounts, read once per run and organization. */
function recipientsMemo() {
  const memo = new Map<string, Promise<string[]>>();
  const once = (key: string, load: () => Promise<string[]>) => {
    if (!memo.has(key)) memo.set(key, load());
    return memo.get(key)!;
  };
  return {
    requestors: (organizationId: string) => once(`requestor:${organizationId}`, () => requestorsOf(db, organizationId)),
    administrators: (lcsaId: string) => once(`administrator:${lcsaId}`, () => systemAdministratorsOf(db, lcsaId)),
  };
}

async function sendAll(build: () => Promise<Notice[]>, what: string): Promise<number> {
  let told = 0;
  for (const notice of await unsent(await build())) {
    try {
      told += (await sendNotice(SYSTEM_CONTEXT, notice)).told;
    } catch (error) {
      console.error(`[access] could not send ${what} ${notice.message.dedupeKey}`, error);
    }
  }
  return told;
}

// ------------------------------------------------------------------ the clocks of process 4

const CLOCK_ROW = {
  id: true,
  number: true,
  state: true,
  identifiedAt: true,
  invitationSentAt: true,
  submittedAt: true,
  decidedAt: true,
  mouReceivedAt: true,
  countersignedAt: true,
  officeIdRecordedAt: true,
  organization: { select: { name: true } },
  county: { select: { cseConversionOn: true } },
  reviews: { where: { kind: "LEGAL" as const }, select: { answeredAt: true, favorable: true } },
  clockNotices: { select: { clock: true, level: true } },
} as const;

type ClockRow = Awaited<ReturnType<typeof openApplications>>[number];

const openApplications = () =>
  db.accessApplication.findMany({ where: { state: { notIn: [...CLOSED_STATES] } }, orderBy: { number: "asc" }, select: CLOCK_ROW });

const dayOfInstant = (instant: Date | null) => (instant ? californiaDayOf(instant) : null);

/**
 * What process 4's clocks read of an application, as the application's page and the task list
 * read it (src/server/access/queries.ts, tasks.ts): access is established (7.1) on the day the
 * Infrastructure Manager records the office ID.
 */
export function applicationFactsOf(row: Omit<ClockRow, "organization" | "clockNotices" | "id" | "number" | "state">): ApplicationFacts {
  const legal = row.reviews[0];
  return {
    identifiedOn: californiaDayOf(row.identifiedAt),
    conversionOn: dayOfNullable(row.county.cseConversionOn),
    invitationSentOn: dayOfInstant(row.invitationSentAt),
    submittedOn: dayOfInstant(row.submittedAt),
    legalAnsweredOn: dayOfInstant(legal?.answeredAt ?? null),
    legalAuthorized: legal?.favorable ?? null,
    decidedOn: dayOfInstant(row.decidedAt),
    mouReceivedOn: dayOfInstant(row.mouReceivedAt),
    countersignedOn: dayOfInstant(row.countersignedAt),
    accessEstablishedOn: dayOfInstant(row.officeIdRecordedAt),
  };
}

interface ClockNotice {
  applicationId: string;
  number: number;
  organizationName: string;
  due: ClockNoticeDue;
}

/** Sends one clock's notice at one level, once across every instance; returns how many people were told. */
const sendClockNotice = defineCommand<ClockNotice, null, undefined, { told: number; recipients: number } | null, AnyContext>({
  name: accessAudit.clock_notice,
  subject: system,
  target: () => "",
  permission: () => null,
  resource: () => undefined,
  system: true,
  async run({ tx, input: { applicationId, number, organizationName, due } }) {
    // The job's memory: a second run (or instance) waits here for the first, then inserts nothing.
    const inserted = await tx.$queryRaw<{ clock: string }[]>`
      INSERT INTO "AccessClockNotice" ("applicationId", clock, level) VALUES (${applicationId}, ${due.clock.key}, ${due.level})
      ON CONFLICT DO NOTHING RETURNING clock`;
    if (!inserted.length) return null;
    const recipients = await holdersOf(tx, due.to);
    const told = await notify(tx, recipients, clockMessage(applicationId, number, organizationName, due));
    return { told, recipients: recipients.length };
  },
  audit: ({ input: { applicationId, number, organizationName, due }, result }) =>
    result && {
      entity: { type: "AccessApplication", id: applicationId },
      summary:
        `${applicationNumber(number)} ${organizationName}: “${due.clock.label}” past its goal (due ${formatDay(due.clock.dueOn)}, ` +
        `${due.level === "escalated" ? "escalated to" : "owed by"} the ${roleLabel(due.to)}; ${countOf(result.told, "person", "people")} told)`,
      after: { clock: due.clock.key, level: due.level, limitOn: due.clock.limitOn, told: result.told },
    },
});

function clockMessage(applicationId: string, number: number, organizationName: string, due: ClockNoticeDue): NotificationMessage {
  const { clock } = due;
  const late = -clock.workingDaysLeft;
  const goal = `Third Party Access Process 4 sets a goal for “${clock.label}” of ${clock.key === "accessEstablished" ? "30 to 45" : "15"} working days from ${formatDay(clock.startedOn)}`;
  const where = `${applicationNumber(number)}, ${organizationName}`;
  return {
    kind: `access.clock_${due.level}`,
    subject: due.level === "escalated" ? `Escalated, still late: ${clock.label} (${where})` : `Past its goal: ${clock.label} (${where})`,
    body:
      `${goal}, so by ${formatDay(clock.limitOn)}. It is ${countOf(late, "working day")} late.` +
      (due.level === "escalated"
        ? ` It is reported to you as Process Owner because it is still not done ${countOf(late, "working day")} after its goal; the ${roleLabel(clock.owedBy)} owes the step.`
        : " The goals are goals rather than deadlines, but the Requestor is waiting on this step."),
    link: `/access/applications/${applicationId}`,
    dedupeKey: `access-clock:${applicationId}:${clock.key}:${due.level}`,
  };
}

/**
 * For every open application, each running clock past its goal tells the role that owes the
 * step, once; from its escalation day it tells the Process Owner, once. Returns how many
 * notices were newly sent.
 */
export async function sendAccessClockNotices(now: Date): Promise<number> {
  const today = californiaDayOf(now);
  let sent = 0;
  for (const row of await openApplications()) {
    const remembered = new Set(row.clockNotices.map((notice) => `${notice.clock}:${notice.level}`));
    const due = clockNoticesDue(applicationClocks(applicationFactsOf(row), today), today).filter(
      (notice) => !remembered.has(`${notice.clock.key}:${notice.level}`),
    );
    for (const notice of due) {
      try {
        if (await sendClockNotice(SYSTEM_CONTEXT, { applicationId: row.id, number: row.number, organizationName: row.organization.name, due: notice }, now))
          sent += 1;
      } catch (error) {
        console.error(`[access] could not send the ${notice.level} notice of ${notice.clock.key} for application ${row.id}`, error);
      }
    }
  }
  return sent;
}

// ------------------------------------------------------------------ yearly training and confidentiality

const liveAccounts = () =>
  db.accessAccount.findMany({
    where: { createdAt: { not: null }, suspendedAt: null },
    select: {
      id: true,
      userName: true,
      trainedOn: true,
      confidentialitySignedOn: true,
      organizationId: true,
      organization: { select: { name: true, lcsaId: true } },
    },
  });

/**
 * Section 2, criteria 5 and 6: training and the confidentiality statement "then annually". From
 * 30 days before the first of them expires (renewalStatus "due-soon") the Requestor's contacts
 * are reminded; once it has expired the account is flagged for suspension and the LCSA System
 * Administrator (and the Requestor) told. Once per account and expiry day: a renewed date is a
 * new expiry, with its own reminder a year on.
 */
export async function remindAccountRenewals(now: Date): Promise<number> {
  const today = californiaDayOf(now);
  return sendAll(async () => {
    const people = recipientsMemo();
    const notices: Notice[] = [];
    for (const account of await liveAccounts()) {
      const status = renewalStatus({ trainedOn: dayOfColumn(account.trainedOn), confidentialitySignedOn: dayOfColumn(account.confidentialitySignedOn) }, today);
      if (status.status === "current") continue;
      const org = account.organization;
      const link = `/access/organizations/${account.organizationId}#accounts`;
      const expires = formatDay(status.expiresOn);
      if (status.status === "due-soon") {
        notices.push({
          recipientIds: await people.requestors(account.organizationId),
          message: {
            kind: "access.renewal_due",
            subject: `Renew by ${expires}: ${account.userName}'s CSE training and confidentiality statement`,
            body: `${account.userName} (${org.name}) needs security awareness training and a signed confidentiality statement every year. The current ones run out on ${expires}: record the renewed dates before then, or the account is flagged for suspension (Third Party Access Process, section 2).`,
            link,
            dedupeKey: `access-renewal-due:${account.id}:${status.expiresOn}`,
          },
          audit: {
            action: accessAudit.remind_renewal,
            entityType: "AccessAccount",
            entityId: account.id,
            summary: `${org.name}: ${account.userName}'s renewal is due by ${expires}`,
          },
        });
      } else {
        const recipients = [...(await people.administrators(org.lcsaId)), ...(await people.requestors(account.organizationId))];
        notices.push({
          recipientIds: recipients,
          message: {
            kind: "access.account_flagged",
            subject: `Flagged for suspension: ${account.userName} (${org.name})`,
            body: `${account.userName}'s yearly security awareness training or confidentiality statement expired on ${expires}, so the CSE account is flagged for suspension (Third Party Access Process, section 2). The LCSA System Administrator confirms the suspension in the app once it is done in CSE; the Requestor may instead record the renewed dates.`,
            link,
            dedupeKey: `access-renewal-expired:${account.id}:${status.expiresOn}`,
          },
          audit: {
            action: accessAudit.flag_account,
            entityType: "AccessAccount",
            entityId: account.id,
            summary: `${org.name}: ${account.userName} flagged for suspension (expired ${expires})`,
          },
        });
      }
    }
    return notices;
  }, "the renewal notice");
}

// ------------------------------------------------------------------ the MOU's renewal notice

/** 10.1: once the Contract Manager's notice is due and not recorded, the Contract Manager is reminded, once per MOU term. */
export async function remindMouRenewalNotices(now: Date): Promise<number> {
  const today = californiaDayOf(now);
  return sendAll(async () => {
    const mous = await db.accessApplication.findMany({
      where: { state: "ACTIVE", renewalNoticeAt: null, termEndsOn: { not: null } },
      select: { id: true, number: true, termEndsOn: true, organizationId: true, organization: { select: { name: true } } },
    });
    const due = mous.filter(
      (mou) => mouRenewal({ termEndsOn: dayOfColumn(mou.termEndsOn!), notifiedOn: null, openFindings: 0 }, today).status === "notice-due",
    );
    if (!due.length) return [];
    const managers = await holdersOf(db, "CONTRACT_MANAGER");
    return due.map((mou): Notice => {
      const ends = dayOfColumn(mou.termEndsOn!);
      const renewal = mouRenewal({ termEndsOn: ends, notifiedOn: null, openFindings: 0 }, today);
      return {
        recipientIds: managers,
        message: {
          kind: "access.renewal_notice_due",
          subject: `Renewal notice due: ${mou.organization.name}'s MOU ends ${formatDay(ends)}`,
          body: `${renewal.reason} Record the notice on the organization's page: the Process Manager and the Process Owner are then told where it stands (Third Party Access Process 10.1).`,
          link: `/access/organizations/${mou.organizationId}#renewal`,
          dedupeKey: `access-mou-notice:${mou.id}:${ends}`,
        },
        audit: {
          action: accessAudit.remind_renewal,
          entityType: "AccessApplication",
          entityId: mou.id,
          summary: `${applicationNumber(mou.number)} ${mou.organization.name}: the Contract Manager's renewal notice is due (term ends ${formatDay(ends)})`,
        },
      };
    });
  }, "the MOU renewal reminder");
}

// ------------------------------------------------------------------ the yearly re-attestation

/**
 * The product's re-attestation: once a campaign's deadline has passed, every account in it that
 * is still active and was not confirmed is flagged for suspension, and the LCSA System
 * Administrator and the Requestor told, once per campaign and account.
 */
export async function flagOverdueAttestations(now: Date): Promise<number> {
  const today: Day = californiaDayOf(now);
  return sendAll(async () => {
    const overdue = await db.accountAttestation.findMany({
      where: {
        confirmedAt: null,
        campaign: { deadlineOn: { lt: columnOfDay(today) } },
        account: { createdAt: { not: null }, suspendedAt: null },
      },
      select: {
        campaign: { select: { id: true, year: true, deadlineOn: true } },
        account: { select: { id: true, userName: true, organizationId: true, organization: { select: { name: true, lcsaId: true } } } },
      },
    });
    const people = recipientsMemo();
    const notices: Notice[] = [];
    for (const { campaign, account } of overdue) {
      const org = account.organization;
      const deadline = formatDay(campaign.deadlineOn);
      notices.push({
        recipientIds: [...(await people.administrators(org.lcsaId)), ...(await people.requestors(account.organizationId))],
        message: {
          kind: "access.account_flagged",
          subject: `Flagged for suspension: ${account.userName} (${org.name}) was not confirmed`,
          body: `${org.name} did not confirm ${account.userName}'s training, confidentiality statement and continued need in the ${campaign.year} re-attestation by ${deadline}, so the CSE account is flagged for suspension. The LCSA System Administrator confirms the suspension once it is done in CSE; the Requestor may still confirm the user.`,
          link: `/access/organizations/${account.organizationId}#attestation`,
          dedupeKey: `access-attestation-overdue:${campaign.id}:${account.id}`,
        },
        audit: {
          action: accessAudit.flag_account,
          entityType: "AccessAccount",
          entityId: account.id,
          summary: `${org.name}: ${account.userName} flagged for suspension (not confirmed in the ${campaign.year} re-attestation by ${deadline})`,
        },
      });
    }
    return notices;
  }, "the re-attestation flag");
}
