"use server";

import {
  attachSchema,
  backBriefSchema,
  commentSchema,
  crOnlySchema,
  flagImpactSchema,
  reconsiderDateSchema,
  saveInitiationSchema,
  stepSchema,
  withdrawSchema,
} from "@/domain/change-requests/schemas";
import { voteAgainFields } from "@/domain/voting/schemas";
import { defineAction } from "@/server/action";
import { attachFile } from "@/server/change-requests/attachments";
import { addComment } from "@/server/change-requests/comments";
import { saveInitiation } from "@/server/change-requests/initiation";
import { flagImpact, markBackBriefed, reconsiderNow, reopenGateVote, setReconsiderDate, takeStep, withdrawChangeRequest } from "@/server/change-requests/steps";

/** The change request's page is refreshed whatever the outcome, so a save that lost a race shows the new version beside the kept input. */
const refreshOnFailure = (input: { crId: string }) => [`/change-requests/${input.crId}`];

export const saveInitiationAction = defineAction(saveInitiationSchema, saveInitiation, {
  successMessage: (result) =>
    !result.submitted
      ? "Draft saved."
      : result.state === "POLICY_BRANCH"
        ? "Submitted. As a policy question it goes to the Policy Branch, not to an ESC vote."
        : result.state === "SUBMITTED"
          ? "Submitted. It is on the ESC's agenda and its concept vote is open."
          : "Submitted.",
  refreshOnFailure,
});

const STEP_DONE = {
  submit: "Submitted.",
  clear_subcomponent_review: "Cleared at the Subcomponent Review: it moves on to detail design (JAD).",
  start_uat: "User acceptance testing has started.",
  release_without_uat: "An emergency fix: it goes to production release without user acceptance testing.",
  pass_uat: "User acceptance testing is finished: it is ready for production release.",
  close: "Closed. The change request is complete.",
} as const;

export const stepAction = defineAction(
  stepSchema,
  { execute: async (ctx, input, now) => ({ ...(await takeStep.execute(ctx, input, now)), result: input.step }) },
  { successMessage: (step) => STEP_DONE[step], refreshOnFailure },
);

export const flagImpactAction = defineAction(flagImpactSchema, flagImpact, {
  successMessage: "Impact flagged: the change request goes to the Change Control Board, whose vote is open.",
  refreshOnFailure,
});

export const withdrawAction = defineAction(withdrawSchema, withdrawChangeRequest, {
  successMessage: "Withdrawn. No further work is done on it.",
  refreshOnFailure,
});

export const reconsiderNowAction = defineAction(crOnlySchema, reconsiderNow, { successMessage: "Brought back from deferral.", refreshOnFailure });

export const reopenGateVoteAction = defineAction(crOnlySchema.extend(voteAgainFields), reopenGateVote, {
  successMessage: "The new vote is open.",
  refreshOnFailure,
});

export const setReconsiderDateAction = defineAction(reconsiderDateSchema, setReconsiderDate, {
  successMessage: (result) => `If deferred, it comes back on ${result.reconsiderOn}.`,
  refreshOnFailure,
});

export const backBriefAction = defineAction(backBriefSchema, markBackBriefed, { successMessage: "The ESC back-brief is recorded.", refreshOnFailure });

export const commentAction = defineAction(commentSchema, addComment, { successMessage: "Comment added.", refreshOnFailure });

export const attachFileAction = defineAction(attachSchema, attachFile, {
  successMessage: (attached) => `Attached “${attached.fileName}”.`,
  refreshOnFailure,
});
