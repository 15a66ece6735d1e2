import "server-only";
import { applicationNumber } from "@/domain/access/lifecycle";
import type { Tx } from "@/lib/db/client";

/**
 * What the commands of the pipeline read of an application beyond its locked row (the
 * subject's): its 6.2 identification, its names for the notices, its step dates. Read after the
 * lock, so it is what the lock holder sees.
 */
export async function loadApplication(tx: Tx, id: string) {
  const row = await tx.accessApplication.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      number: true,
      inviteeName: true,
      inviteeTitle: true,
      inviteeAddress: true,
      inviteeEmail: true,
      recommendedAccounts: true,
      invitationOn: true,
      identifiedById: true,
      requestorUserId: true,
      approvedAccounts: true,
      packageSentAt: true,
      mouReceivedAt: true,
      officeId: true,
      officeIdRecordedAt: true,
      infrastructureEvaluation: true,
      infrastructureEvaluatedAt: true,
      organization: { select: { id: true, name: true, guideOrganization: true } },
      county: { select: { id: true, name: true, cseConversionOn: true } },
      lcsa: { select: { id: true, name: true } },
    },
  });
  return { ...row, label: applicationNumber(row.number), headline: `${applicationNumber(row.number)} (${row.organization.name}, ${row.county.name} County)` };
}
export type LoadedApplication = Awaited<ReturnType<typeof loadApplication>>;

/** The page of an application, for notices' links. */
export const applicationPath = (id: string, anchor?: string) => `/access/applications/${id}${anchor ? `#${anchor}` : ""}`;
