import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { IdentifyForm } from "@/components/access/identify-form";
import { Card, PageHeader } from "@/components/ui/card";
import { earliestInvitationDay } from "@/domain/access/clocks";
import { californiaDayOf } from "@/domain/calendar/day";
import { identificationCounties } from "@/server/access/queries";
import { requireUser } from "@/server/session";
import { identifyRequestorAction } from "@/app/(app)/access/new/actions";

export const metadata: Metadata = { title: "Identify a Requestor" };

/**
 * Third Party Access Process 6.2: the LCSA Director identifies a Requestor and gives the
 * Process Manager five items. Only a Director of an LCSA sees the form, with that LCSA's
 * counties (accessPermissions.identify, asked again by the command of the county chosen).
 */
export default async function IdentifyRequestorPage() {
  const user = await requireUser();
  const counties = await identificationCounties(user);
  if (counties.length === 0) forbidden();
  const today = californiaDayOf(new Date());

  return (
    <>
      <PageHeader
        title="Identify a Requestor"
        description={
          <>
            Name a third-party organization in your county that DCSS should invite to apply for CSE access, and give the five items of Third Party Access
            Process 6.2. &ldquo;DCSS will send invitation letters only to Requestors identified by the LCSA Director for that county.&rdquo; The Process Manager
            is told at once.
          </>
        }
      />
      <Card>
        <IdentifyForm
          action={identifyRequestorAction}
          today={today}
          counties={counties.map((county) => ({
            id: county.id,
            name: county.name,
            lcsa: county.lcsa.name,
            conversionOn: county.conversionOn,
            conversionIsDemo: county.conversionIsDemo,
            earliestInvitationOn: county.conversionOn ? earliestInvitationDay(county.conversionOn) : null,
            organizations: county.organizations.map((organization) => organization.name),
          }))}
        />
      </Card>
      <p className="mt-4 text-sm text-slate-700">
        How many accounts to recommend: the <Link href="/access/allocation-guide">User Account Allocation Guide</Link> (Third Party Access Process 1.6) reserves
        accounts for each county&apos;s organizations; the Process Owner may approve more with a justification.
      </p>
    </>
  );
}
