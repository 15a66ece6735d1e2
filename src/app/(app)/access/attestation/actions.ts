"use server";

import { openAttestationSchema } from "@/domain/access/organization-schemas";
import { formatDay } from "@/lib/format";
import { defineAction } from "@/server/action";
import { openAttestationCampaign } from "@/server/access/attestation";

export const openAttestationAction = defineAction(openAttestationSchema, openAttestationCampaign, {
  successMessage: (campaign) => `The ${campaign.year} re-attestation is open until ${formatDay(campaign.deadlineOn)}: ${campaign.accounts} accounts listed.`,
});
