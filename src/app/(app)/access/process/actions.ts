"use server";

import { answerSurveySchema, openSurveySchema, recordProcessReviewSchema } from "@/domain/access/process-schemas";
import { defineAction } from "@/server/action";
import { recordProcessReview } from "@/server/access/process";
import { answerSurvey, openSurvey } from "@/server/access/survey";

export const recordProcessReviewAction = defineAction(recordProcessReviewSchema, recordProcessReview, { successMessage: "The review is recorded." });

export const openSurveyAction = defineAction(openSurveySchema, openSurvey, {
  successMessage: (result) => `The survey “${result.title}” is open. Each organization's Requestor can answer it on this page.`,
});

export const answerSurveyAction = defineAction(answerSurveySchema, answerSurvey, {
  successMessage: (result) => `Thank you: the answer for ${result.organization} is recorded. You can change it until the survey closes.`,
});
