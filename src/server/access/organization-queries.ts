import "server-only";
import { accessAudit } from "@/domain/access/audit-actions";
import { attestationProgress, attestationStatus, mouRenewal, type AttestationStatus, type MouRenewal } from "@/domain/access/accounts";
import { accountStanding } from "@/domain/access/account-standing";
import { DCSS_ACCESS_ROLES, LCSA_ACCESS_ROLES } from "@/domain/access/permissions";
import { californiaDayOf, dayOfColumn, dayOfNullable, type Day } from "@/domain/calendar/day";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { hasRole, isAdministrator, type Principal } from "@/lib/permissions";
import { findingNoticeKey } from "@/server/access/findings";

/**
 * What the pages after approval read: an organization (its MOU, users and accounts, findings,
 * renewal, re-attestation), the open audit findings, and the re-attestation campaigns. Scoped
 * in the `where` by who is asking (section 5: "the Process Owner, Process Manager, LCSA
 * Directors, Requestors, Coordinators, Administrators can check at any time"): DCSS's access
 * roles and administrators see every organization, the LCSA's roles their LCSA's, a Requestor
 * its own. Each page reads a fixed number of queries, whatever the number of rows.
 */
export function organizationScope(user: Principal): Prisma.ThirdPartyOrganizationWhereInput | null {
  if (isAdministrator(user) || hasRole(user, ...DCSS_ACCESS_ROLES)) return {};
  const lcsaRoles: readonly string[] = LCSA_ACCESS_ROLES;
  const lcsaIds = user.grants.flatMap((grant) => (lcsaRoles.includes(grant.role) && grant.scope.lcsaId ? [grant.scope.lcsaId] : []));
  const organizationIds = user.grants.flatMap((grant) => (grant.role === "REQUESTOR" && grant.scope.organizationId ? [grant.scope.organizationId] : []));
  if (!lcsaIds.length && !organizationIds.length) return null;
  return { OR: [{ lcsaId: { in: lcsaIds } }, { id: { in: organizationIds } }] };
}

/** The key of the Requestor's notice that the MOU is not renewed while findings are open (src/server/access/renewal.ts). */
const blockedKeyPrefix = (applicationId: string) => `access-renewal-blocked:${applicationId}:`;

const APPLICATION = {
  id: true,
  number: true,
  kind: true,
  state: true,
  approvedAccounts: true,
  countersignedAt: true,
  termStartsOn: true,
  termEndsOn: true,
  officeId: true,
  renewalNoticeAt: true,
  renewal: { select: { id: true, number: true, state: true } },
  form: { select: { isoName: true, isoEmail: true } },
} as const;

/** One organization's page, or null when it does not exist or is not the person's to see. */
export async function getOrganizationOverview(user: Principal, organizationId: string, now: Date) {
  const scope = organizationScope(user);
  if (!scope) return null;
  const today = californiaDayOf(now);
  const organization = await db.thirdPartyOrganization.findFirst({
    where: { AND: [{ id: organizationId }, scope] },
    select: {
      id: true,
      name: true,
      lcsaId: true,
      county: { select: { name: true } },
      lcsa: { select: { name: true } },
      applications: { orderBy: { number: "desc" }, select: APPLICATION },
      accounts: {
        orderBy: [{ userName: "asc" }, { userEmail: "asc" }],
        select: {
          id: true,
          userName: true,
          userEmail: true,
          trainedOn: true,
          confidentialitySignedOn: true,
          listedAt: true,
          createdAt: true,
          suspendedAt: true,
          version: true,
          createdBy: { select: { name: true } },
          attestations: {
            select: { confirmedAt: true, campaign: { select: { id: true, year: true, deadlineOn: true } }, confirmedBy: { select: { name: true } } },
          },
        },
      },
      findings: {
        orderBy: [{ foundOn: "desc" }, { recordedAt: "desc" }],
        select: {
          id: true,
          finding: true,
          foundOn: true,
          recordedAt: true,
          clearedAt: true,
          evidence: true,
          version: true,
          recordedBy: { select: { name: true } },
          clearedBy: { select: { name: true } },
        },
      },
    },
  });
  if (!organization) return null;

  const mou = organization.applications.find((application) => application.state === "ACTIVE") ?? null;
  const listing = mou ?? organization.applications.find((application) => application.state === "MOU_SIGNED" || application.state === "APPROVED") ?? null;
  const officer = organization.applications.find((application) => application.form && (application.form.isoName || application.form.isoEmail))?.form ?? null;
  const openFindings = organization.findings.filter((finding) => !finding.clearedAt).length;

  // The Process Owner's decision not to renew is recorded even when no contact of the
  // organization has an account to be told in the app (then they are told by letter).
  const [sent, refused] = await Promise.all([
    db.notification.groupBy({
      by: ["dedupeKey"],
      where: {
        OR: [
          { dedupeKey: { in: organization.findings.map((finding) => findingNoticeKey(finding.id)) } },
          ...(mou ? [{ dedupeKey: { startsWith: blockedKeyPrefix(mou.id) } }] : []),
        ],
      },
      _count: { _all: true },
      _max: { createdAt: true },
    }),
    mou
      ? db.auditEvent.findFirst({
          where: { action: accessAudit.refuse_renewal, entityType: "AccessApplication", entityId: mou.id },
          orderBy: { id: "desc" },
          select: { at: true },
        })
      : null,
  ]);
  const sentTo = new Map(sent.map((row) => [row.dedupeKey, row._count._all]));
  const toldAt = mou
    ? sent.filter((row) => row.dedupeKey?.startsWith(blockedKeyPrefix(mou.id))).reduce<Date | null>((latest, row) => later(latest, row._max.createdAt), null)
    : null;
  const lastBlockedNotice = refused ? { at: refused.at, toldInApp: toldAt !== null } : null;

  const accounts = organization.accounts.map((account) => {
    const overdue = account.attestations
      .filter((row) => attestationStatus({ confirmedOn: confirmedOnOf(row.confirmedAt) }, deadline(row.campaign), today) === "overdue")
      .sort((a, b) => b.campaign.year - a.campaign.year)[0];
    const trainedOn = dayOfColumn(account.trainedOn);
    const confidentialitySignedOn = dayOfColumn(account.confidentialitySignedOn);
    return {
      id: account.id,
      userName: account.userName,
      userEmail: account.userEmail,
      trainedOn,
      confidentialitySignedOn,
      listedAt: account.listedAt,
      createdAt: account.createdAt,
      createdBy: account.createdBy?.name ?? null,
      suspendedAt: account.suspendedAt,
      version: account.version,
      standing: accountStanding(
        {
          trainedOn,
          confidentialitySignedOn,
          created: account.createdAt !== null,
          suspended: account.suspendedAt !== null,
          overdueAttestation: overdue ? { year: overdue.campaign.year, deadlineOn: dayOfColumn(overdue.campaign.deadlineOn) } : null,
        },
        today,
      ),
    };
  });

  return {
    organization: { id: organization.id, name: organization.name, lcsaId: organization.lcsaId, county: organization.county.name, lcsa: organization.lcsa.name },
    today,
    applications: organization.applications.map(({ id, number, kind, state }) => ({ id, number, kind, state })),
    mou: mou && {
      applicationId: mou.id,
      number: mou.number,
      approvedAccounts: mou.approvedAccounts ?? 0,
      countersignedAt: mou.countersignedAt,
      termStartsOn: dayOfNullable(mou.termStartsOn),
      termEndsOn: dayOfNullable(mou.termEndsOn),
      officeId: mou.officeId,
      renewalNoticeAt: mou.renewalNoticeAt,
      renewal: mou.renewal,
    },
    renewal: renewalOf(mou, openFindings, today),
    lastBlockedNotice,
    listing: listing && { id: listing.id, number: listing.number, state: listing.state },
    informationSecurityOfficer: officer && { name: officer.isoName, email: officer.isoEmail },
    accounts,
    counts: {
      live: accounts.filter((account) => account.createdAt && !account.suspendedAt).length,
      waiting: accounts.filter((account) => account.standing.kind === "listed").length,
      flagged: accounts.filter((account) => account.standing.kind === "flagged").length,
    },
    findings: organization.findings.map((finding) => ({
      ...finding,
      foundOn: dayOfColumn(finding.foundOn),
      recordedBy: finding.recordedBy.name,
      clearedBy: finding.clearedBy?.name ?? null,
      sentTo: sentTo.get(findingNoticeKey(finding.id)) ?? 0,
    })),
    openFindings,
    attestations: campaignsOf(organization.accounts, today),
  };
}

export type OrganizationOverview = NonNullable<Awaited<ReturnType<typeof getOrganizationOverview>>>;

const later = (a: Date | null, b: Date | null) => (a && b ? (a > b ? a : b) : (a ?? b));
const deadline = (campaign: { deadlineOn: Date }) => ({ deadlineOn: dayOfColumn(campaign.deadlineOn) });
const confirmedOnOf = (confirmedAt: Date | null): Day | null => (confirmedAt ? californiaDayOf(confirmedAt) : null);

function renewalOf(mou: { termEndsOn: Date | null; renewalNoticeAt: Date | null } | null, openFindings: number, today: Day): MouRenewal | null {
  if (!mou?.termEndsOn) return null;
  return mouRenewal(
    { termEndsOn: dayOfColumn(mou.termEndsOn), notifiedOn: mou.renewalNoticeAt ? californiaDayOf(mou.renewalNoticeAt) : null, openFindings },
    today,
  );
}

type AccountRow = {
  id: string;
  userName: string;
  suspendedAt: Date | null;
  trainedOn: Date;
  confidentialitySignedOn: Date;
  attestations: { confirmedAt: Date | null; campaign: { id: string; year: number; deadlineOn: Date }; confirmedBy: { name: string } | null }[];
};

/** The organization's place in each campaign it has users in, the latest first: each user's status and the progress. */
function campaignsOf(accounts: readonly AccountRow[], today: Day) {
  const campaigns = new Map<string, { id: string; year: number; deadlineOn: Day; rows: CampaignRow[] }>();
  for (const account of accounts) {
    for (const row of account.attestations) {
      const campaign = campaigns.get(row.campaign.id) ?? {
        id: row.campaign.id,
        year: row.campaign.year,
        deadlineOn: dayOfColumn(row.campaign.deadlineOn),
        rows: [],
      };
      campaigns.set(campaign.id, campaign);
      campaign.rows.push({
        accountId: account.id,
        userName: account.userName,
        suspended: account.suspendedAt !== null,
        trainedOn: dayOfColumn(account.trainedOn),
        confidentialitySignedOn: dayOfColumn(account.confidentialitySignedOn),
        confirmedAt: row.confirmedAt,
        confirmedBy: row.confirmedBy?.name ?? null,
        status: attestationStatus({ confirmedOn: confirmedOnOf(row.confirmedAt) }, campaign, today),
      });
    }
  }
  return [...campaigns.values()]
    .sort((a, b) => b.year - a.year)
    .map((campaign) => ({ ...campaign, progress: attestationProgress(campaign.rows.map((row) => row.status)) }));
}

export interface CampaignRow {
  accountId: string;
  userName: string;
  suspended: boolean;
  trainedOn: Day;
  confidentialitySignedOn: Day;
  confirmedAt: Date | null;
  confirmedBy: string | null;
  status: AttestationStatus;
}

/** The open audit findings across the organizations the person may see, the oldest first (section 8). */
export async function listOpenFindings(user: Principal) {
  const scope = organizationScope(user);
  if (!scope) return [];
  const findings = await db.auditFinding.findMany({
    where: { clearedAt: null, organization: scope },
    orderBy: [{ foundOn: "asc" }, { recordedAt: "asc" }],
    select: {
      id: true,
      finding: true,
      foundOn: true,
      recordedAt: true,
      version: true,
      recordedBy: { select: { name: true } },
      organization: { select: { id: true, name: true, lcsaId: true, county: { select: { name: true } } } },
    },
  });
  if (!findings.length) return [];
  const sent = await db.notification.groupBy({
    by: ["dedupeKey"],
    where: { dedupeKey: { in: findings.map((finding) => findingNoticeKey(finding.id)) } },
    _count: { _all: true },
  });
  const sentTo = new Map(sent.map((row) => [row.dedupeKey, row._count._all]));
  return findings.map((finding) => ({
    id: finding.id,
    finding: finding.finding,
    foundOn: dayOfColumn(finding.foundOn),
    recordedAt: finding.recordedAt,
    version: finding.version,
    recordedBy: finding.recordedBy.name,
    organization: {
      id: finding.organization.id,
      name: finding.organization.name,
      lcsaId: finding.organization.lcsaId,
      county: finding.organization.county.name,
    },
    sentTo: sentTo.get(findingNoticeKey(finding.id)) ?? 0,
  }));
}

export type OpenFinding = Awaited<ReturnType<typeof listOpenFindings>>[number];

/**
 * The re-attestation campaigns, the latest first, with each organization's progress (the
 * product's), and what a new campaign would list today: every active account.
 */
export async function getAttestationOverview(user: Principal, now: Date) {
  const scope = organizationScope(user);
  const today = californiaDayOf(now);
  if (!scope) return { campaigns: [], activeAccounts: 0, activeOrganizations: 0, today };
  const [campaigns, active] = await Promise.all([
    db.attestationCampaign.findMany({
      orderBy: { year: "desc" },
      select: {
        id: true,
        year: true,
        deadlineOn: true,
        openedAt: true,
        attestations: {
          where: { account: { organization: scope } },
          select: { confirmedAt: true, account: { select: { organization: { select: { id: true, name: true, county: { select: { name: true } } } } } } },
        },
      },
    }),
    db.accessAccount.groupBy({ by: ["organizationId"], where: { createdAt: { not: null }, suspendedAt: null, organization: scope }, _count: { _all: true } }),
  ]);
  return {
    campaigns: campaigns.map((campaign) => {
      const deadlineOn = dayOfColumn(campaign.deadlineOn);
      const byOrganization = new Map<string, { id: string; name: string; county: string; statuses: AttestationStatus[] }>();
      for (const row of campaign.attestations) {
        const organization = row.account.organization;
        const entry = byOrganization.get(organization.id) ?? { id: organization.id, name: organization.name, county: organization.county.name, statuses: [] };
        entry.statuses.push(attestationStatus({ confirmedOn: confirmedOnOf(row.confirmedAt) }, { deadlineOn }, today));
        byOrganization.set(organization.id, entry);
      }
      const organizations = [...byOrganization.values()]
        .map(({ statuses, ...organization }) => ({ ...organization, progress: attestationProgress(statuses) }))
        .sort((a, b) => b.progress.overdue - a.progress.overdue || b.progress.pending - a.progress.pending || a.name.localeCompare(b.name));
      return {
        id: campaign.id,
        year: campaign.year,
        deadlineOn,
        openedAt: campaign.openedAt,
        organizations,
        progress: attestationProgress(
          campaign.attestations.map((row) => attestationStatus({ confirmedOn: confirmedOnOf(row.confirmedAt) }, { deadlineOn }, today)),
        ),
      };
    }),
    activeAccounts: active.reduce((sum, row) => sum + row._count._all, 0),
    activeOrganizations: active.length,
    today,
  };
}

export type AttestationOverview = Awaited<ReturnType<typeof getAttestationOverview>>;
