"use server";

import { applicationNumber } from "@/domain/access/lifecycle";
import {
  attestAccountSchema,
  clearFindingSchema,
  createAccessAccountSchema,
  inviteRenewalSchema,
  listAccessUserSchema,
  recordFindingSchema,
  renewAccessUserSchema,
  renewalNoticeSchema,
  suspendAccessAccountSchema,
} from "@/domain/access/organization-schemas";
import { defineAction } from "@/server/action";
import { createAccessAccount, listAccessUser, renewAccessUser, suspendAccessAccount } from "@/server/access/accounts";
import { attestAccount } from "@/server/access/attestation";
import { clearFinding, recordFinding } from "@/server/access/findings";
import { inviteRenewal, recordRenewalNotice } from "@/server/access/renewal";

export const listAccessUserAction = defineAction(listAccessUserSchema, listAccessUser, {
  successMessage: (user) => `${user.userName} is listed. The LCSA System Administrator sets up the account.`,
});
export const renewAccessUserAction = defineAction(renewAccessUserSchema, renewAccessUser, { successMessage: "The renewed dates are saved." });
export const createAccessAccountAction = defineAction(createAccessAccountSchema, createAccessAccount, {
  successMessage: (result) => `The account is ${result.reinstated ? "set up again" : "set up"}: ${result.live} of ${result.approved} approved accounts in use.`,
});
export const suspendAccessAccountAction = defineAction(suspendAccessAccountSchema, suspendAccessAccount, {
  successMessage: "The suspension is recorded and the Requestor told.",
});
export const recordFindingAction = defineAction(recordFindingSchema, recordFinding, {
  successMessage: "The finding is recorded and sent to the Process Owner and the Requestor's contacts.",
});
export const clearFindingAction = defineAction(clearFindingSchema, clearFinding, {
  successMessage: (result) => (result.open ? `The finding is cleared; ${result.open} still open.` : "The finding is cleared; none is open now."),
});
export const recordRenewalNoticeAction = defineAction(renewalNoticeSchema, recordRenewalNotice, {
  successMessage: "The renewal notice is recorded; the Process Manager and the Process Owner are told.",
});
export const inviteRenewalAction = defineAction(inviteRenewalSchema, inviteRenewal, {
  successMessage: (result) =>
    result.kind === "invited"
      ? `${applicationNumber(result.number)} is created: the Process Manager sends the invitation to renew.`
      : `Not renewed: ${result.reason} The Requestor was told why.`,
});
export const attestAccountAction = defineAction(attestAccountSchema, attestAccount, { successMessage: "Confirmed." });
