import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AccountTable } from "@/components/access/account-table";
import { AccountUserForm } from "@/components/access/account-user-form";
import { AttestationOrganization } from "@/components/access/attestation-organization";
import { FindingList } from "@/components/access/finding-list";
import { FindingRecordForm } from "@/components/access/finding-record-form";
import { OrganizationMou } from "@/components/access/organization-mou";
import { RenewalPanel } from "@/components/access/renewal-panel";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { accessPermissions } from "@/domain/access/permissions";
import { californiaDayOf } from "@/domain/calendar/day";
import { countOf } from "@/lib/format";
import { can } from "@/lib/permissions";
import { getOrganizationOverview } from "@/server/access/organization-queries";
import { requireUser } from "@/server/session";
import * as act from "@/app/(app)/access/organizations/[id]/actions";

type Props = { params: Promise<{ id: string }> };

/** Read once per request: the tab's title and the page share it. */
const overviewOf = cache(async (id: string) => getOrganizationOverview(await requireUser(), id, new Date()));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const overview = await overviewOf((await params).id);
  return { title: overview ? `${overview.organization.name}: access` : "Organization" };
}

/**
 * An organization after approval (Third Party Access Process 6.8 to 10): its MOU, its users and
 * their CSE accounts (7.3), the security audit's findings (8), the MOU's renewal (10) and the
 * product's yearly re-attestation. Each form shows only to the person whose step it is; the
 * element ids are the home task list's links (#accounts, #users, #findings, #renewal, #attestation).
 */
export default async function OrganizationPage({ params }: Props) {
  const user = await requireUser();
  const overview = await overviewOf((await params).id);
  if (!overview) notFound();
  const { organization, mou, today } = overview;
  const scope = { lcsaId: organization.lcsaId, organizationId: organization.id };
  const requestor = can(user, accessPermissions.apply, scope);
  const administrator = can(user, accessPermissions.createAccounts, scope);
  const iso = can(user, accessPermissions.audit, scope);
  const owner = can(user, accessPermissions.clearFindings, scope);

  const setup = administrator
    ? {
        create: act.createAccessAccountAction,
        suspend: act.suspendAccessAccountAction,
        live: overview.counts.live,
        approvedAccounts: mou?.approvedAccounts ?? 0,
        countersignedOn: mou?.countersignedAt ? californiaDayOf(mou.countersignedAt) : null,
        termStartsOn: mou?.termStartsOn ?? null,
        termEndsOn: mou?.termEndsOn ?? null,
        officeId: mou?.officeId ?? null,
      }
    : null;
  const officer = overview.informationSecurityOfficer;

  return (
    <>
      <PageHeader
        title={organization.name}
        description={`${organization.county} County, served by ${organization.lcsa}. Its CSE access after approval: MOU, users and accounts, security audit, renewal.`}
        back={{ href: "/access", label: "Third-party access" }}
      />
      <div className="space-y-6">
        <Card id="mou" title="MOU">
          <OrganizationMou mou={mou} live={overview.counts.live} applications={overview.applications} />
        </Card>

        <Card id="accounts" title="Users and CSE accounts">
          <div className="mb-4 space-y-2 text-sm text-slate-700">
            <p>
              Each user completes DCSS&apos;s security awareness training and signs a confidentiality statement before getting an account, and again every year
              (Third Party Access Process, section 2). The LCSA System Administrator sets up the accounts, never more than the number approved (7.3).
            </p>
            {mou ? (
              <p className="font-medium text-slate-900">
                {overview.counts.live} of {countOf(mou.approvedAccounts, "approved account")} set up
                {overview.counts.waiting ? `; ${countOf(overview.counts.waiting, "user")} waiting for an account` : ""}.
              </p>
            ) : null}
          </div>
          {overview.counts.flagged ? (
            <div className="mb-4">
              <Alert tone="warning" title={`${countOf(overview.counts.flagged, "account")} flagged for suspension`}>
                {administrator
                  ? "Suspend them in CSE and confirm it here, unless the Requestor records renewed dates first."
                  : requestor
                    ? "Record the renewed training and confidentiality dates, or confirm the users in the re-attestation, before the LCSA System Administrator suspends them."
                    : "The LCSA System Administrator confirms each suspension once it is done in CSE."}
              </Alert>
            </div>
          ) : null}
          <AccountTable accounts={overview.accounts} today={today} setup={setup} renew={requestor ? act.renewAccessUserAction : null} />
        </Card>

        {requestor ? (
          <Card id="users" title="List a user for a CSE account">
            {overview.listing ? (
              <AccountUserForm organizationId={organization.id} action={act.listAccessUserAction} today={today} />
            ) : (
              <p className="text-sm text-slate-700">
                You list your users once DCSS has conditionally approved your application (Third Party Access Process 6.8).
              </p>
            )}
          </Card>
        ) : null}

        <Card id="findings" title="Security audit findings">
          <p className="mb-4 text-sm text-slate-700">
            The DCSS ISO audits the organization&apos;s security awareness training and certification, and sends each finding to the Process Owner and the
            Requestor&apos;s Information Security Officer
            {officer ? ` (${[officer.name, officer.email].filter(Boolean).join(", ")}, as named on the application)` : ""}; the Process Owner clears it with
            them (Third Party Access Process 8).
          </p>
          <FindingList
            findings={overview.findings}
            clear={owner ? act.clearFindingAction : null}
            empty="No audit findings have been recorded for this organization."
          />
          {iso ? (
            <section aria-labelledby="record-finding" className="mt-6 border-t border-slate-200 pt-4">
              <h3 id="record-finding" className="mb-3 font-semibold">
                Record a finding
              </h3>
              <FindingRecordForm organizationId={organization.id} action={act.recordFindingAction} today={today} />
            </section>
          ) : null}
        </Card>

        <Card id="renewal" title="MOU renewal">
          <RenewalPanel
            organizationId={organization.id}
            mou={mou}
            renewal={overview.renewal}
            openFindings={overview.openFindings}
            lastBlockedNotice={overview.lastBlockedNotice}
            notice={can(user, accessPermissions.renewalNotice, scope) ? act.recordRenewalNoticeAction : null}
            invite={can(user, accessPermissions.decide, scope) ? act.inviteRenewalAction : null}
          />
        </Card>

        <Card id="attestation" title="Yearly re-attestation">
          <p className="mb-4 text-sm text-slate-700">
            Each year the organization confirms, for every active user, current training, a current confidentiality statement and continued need. Users not
            confirmed by the deadline are flagged for suspension.{" "}
            {can(user, accessPermissions.queue) ? <Link href="/access/attestation">Every organization&apos;s progress</Link> : null}
          </p>
          <AttestationOrganization campaigns={overview.attestations} attest={requestor ? act.attestAccountAction : null} />
        </Card>
      </div>
    </>
  );
}
