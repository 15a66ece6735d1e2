"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { backBriefSchema, commentSchema, crOnlySchema, flagImpactSchema, reconsiderDateSchema, saveInitiationSchema, stepSchema, withdrawSchema } from "@/domain/change-requests/schemas";
import { failure, type ActionResult } from "@/lib/action";
import { requestId, requireUser } from "@/lib/session";
import { attachFile } from "@/server/change-requests/attachments";
import { addComment } from "@/server/change-requests/comments";
import { saveInitiation } from "@/server/change-requests/initiation";
import { flagImpact, markBackBriefed, reconsiderNow, reopenGateVote, setReconsiderDate, takeStep } from "@/server/change-requests/steps";
import { crAction } from "./cr-action";

export const saveInitiationAction = crAction(saveInitiationSchema, (input, ctx) => saveInitiation(ctx, input), (result) =>
  result.submitted ? "Submitted. It is on the ESC's agenda and its concept vote is open." : "Draft saved.",
);

const STEP_DONE = {
  submit: "Submitted.",
  clear_subcomponent_review: "Cleared at the Subcomponent Review: it moves on to detail design (JAD).",
  start_uat: "User acceptance testing has started.",
  pass_uat: "User acceptance testing is finished: it is ready for production release.",
  close: "Closed. The change request is complete.",
} as const;

export const stepAction = crAction(stepSchema, async (input, ctx) => {
  await takeStep(ctx, input.crId, { type: input.step });
  return input.step;
}, (step) => STEP_DONE[step]);

export const flagImpactAction = crAction(flagImpactSchema, (input, ctx) => flagImpact(ctx, input), "Impact flagged: the change request goes to the Change Control Board, whose vote is open.");

export const withdrawAction = crAction(withdrawSchema, (input, ctx) => takeStep(ctx, input.crId, { type: "withdraw", reason: input.reason }), "Withdrawn. No further work is done on it.");

export const reconsiderNowAction = crAction(crOnlySchema, (input, ctx) => reconsiderNow(ctx, input.crId), "Brought back from deferral.");

export const reopenGateVoteAction = crAction(crOnlySchema, (input, ctx) => reopenGateVote(ctx, input.crId), "The vote is open.");

export const setReconsiderDateAction = crAction(reconsiderDateSchema, (input, ctx) => setReconsiderDate(ctx, input), (result) => `If deferred, it comes back on ${result.reconsiderOn}.`);

export const backBriefAction = crAction(backBriefSchema, (input, ctx) => markBackBriefed(ctx, input), "The ESC back-brief is recorded.");

export const commentAction = crAction(commentSchema, (input, ctx) => addComment(ctx, input), "Comment added.");

const attachSchema = z.object({ crId: z.string().uuid() });

/** Files do not pass through defineAction's text-only form values, so this action reads the file itself. */
export async function attachFileAction(_previous: ActionResult<{ fileName: string }> | null, formData: FormData): Promise<ActionResult<{ fileName: string }>> {
  const parsed = attachSchema.safeParse({ crId: formData.get("crId") });
  const file = formData.get("file");
  if (!parsed.success) return { ok: false, error: "That change request was not found." };
  if (!(file instanceof File) || file.size === 0) return { ok: false, error: "Choose a file to attach.", fieldErrors: { file: ["Choose a file to attach."] } };
  const actor = await requireUser();
  try {
    const attached = await attachFile({ actor, requestId: await requestId() }, { crId: parsed.data.crId, file });
    revalidatePath(`/change-requests/${parsed.data.crId}`);
    return { ok: true, data: { fileName: attached.fileName }, message: `Attached “${attached.fileName}”.` };
  } catch (error) {
    return failure(error);
  }
}
