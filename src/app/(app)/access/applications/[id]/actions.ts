"use server";

import {
  answerConnectivitySchema,
  answerLegalReviewSchema,
  applicationFormSchema,
  applicationStepSchema,
  approveSchema,
  countersignSchema,
  infrastructureSchema,
  officeIdSchema,
  rejectSchema,
  requestReviewSchema,
  returnSignedMouSchema,
  withdrawSchema,
} from "@/domain/access/schemas";
import { countOf } from "@/lib/format";
import { defineAction } from "@/server/action";
import { saveApplication, submitApplication } from "@/server/access/application-form";
import { approveApplication, rejectApplication } from "@/server/access/decision";
import { evaluateInfrastructure, recordOfficeId } from "@/server/access/establish";
import { sendInvitation } from "@/server/access/invitation";
import { countersign, returnSignedMou, sendPackage } from "@/server/access/mou";
import { answerConnectivityTest, answerLegalReview, forwardForDecision, requestReview } from "@/server/access/reviews";
import { withdrawApplication } from "@/server/access/withdraw";

export const sendInvitationAction = defineAction(applicationStepSchema, sendInvitation, {
  successMessage: (result) => `The invitation letter is sent to ${result.invitee}; the LCSA Director is copied.`,
});

/** Appendix B's two buttons: "save" keeps the draft, "submit" sends it (6.4); a save that lost a race shows the other version. */
export const saveApplicationAction = defineAction(
  applicationFormSchema,
  { execute: (ctx, input) => (input.intent === "submit" ? submitApplication : saveApplication).execute(ctx, input) },
  {
    successMessage: (result) => (result.submitted ? "The application is sent to the Process Manager." : "The draft is saved."),
    refreshOnFailure: (input) => [`/access/applications/${input.applicationId}`],
  },
);

export const requestReviewAction = defineAction(requestReviewSchema, requestReview, {
  successMessage: "Requested: the reviewer is notified.",
});
export const answerLegalReviewAction = defineAction(answerLegalReviewSchema, answerLegalReview, {
  successMessage: "The legal review is recorded and the Process Manager told.",
});
export const answerConnectivityAction = defineAction(answerConnectivitySchema, answerConnectivityTest, {
  successMessage: "The connectivity test is recorded and the Process Manager told.",
});
export const forwardForDecisionAction = defineAction(applicationStepSchema, forwardForDecision, {
  successMessage: "The application is with the Process Owner for decision.",
});
export const approveAction = defineAction(approveSchema, approveApplication, {
  successMessage: (result) => `Approved for ${countOf(result.approved, "user account")}. The Process Manager sends the approval package.`,
});
export const rejectAction = defineAction(rejectSchema, rejectApplication, {
  successMessage: "The application is rejected; the Requestor and the LCSA Director are told the reason.",
});
export const sendPackageAction = defineAction(applicationStepSchema, sendPackage, {
  successMessage: "The approval package is sent to the Requestor.",
});
export const returnSignedMouAction = defineAction(returnSignedMouSchema, returnSignedMou, {
  successMessage: "The signed MOU is sent to DCSS for the Process Owner's signature.",
});
export const countersignAction = defineAction(countersignSchema, countersign, {
  successMessage: "The MOU is countersigned and in force; the Infrastructure Manager creates the office ID.",
});
export const recordOfficeIdAction = defineAction(officeIdSchema, recordOfficeId, { successMessage: (result) => `Office ID ${result.officeId} is recorded.` });
export const evaluateInfrastructureAction = defineAction(infrastructureSchema, evaluateInfrastructure, {
  successMessage: "The infrastructure evaluation is recorded.",
});
export const withdrawAction = defineAction(withdrawSchema, withdrawApplication, {
  successMessage: "The application is withdrawn; the people concerned are told.",
});
