import { z } from "zod";
import { MAX_APPROVED_ACCOUNTS } from "@/domain/access/allocation";
import { dayField } from "@/domain/calendar/date-fields";

/** The Process Owner's forms (sections 1.2 and 9) and the Requestor's survey answer. Every field bounded. */
export const MAX_OUTCOME = 4_000;
export const MAX_SURVEY_COMMENT = 2_000;

/** 1.2: the yearly review of the process, its day and what it concluded. */
export const recordProcessReviewSchema = z.object({
  reviewedOn: dayField("Enter the day of the review."),
  outcome: z
    .string()
    .trim()
    .min(1, "Say what the review concluded (for example, “No change needed” or what will be updated).")
    .max(MAX_OUTCOME, `Keep the outcome under ${MAX_OUTCOME.toLocaleString("en-US")} characters.`),
});
export type RecordProcessReviewInput = z.infer<typeof recordProcessReviewSchema>;

/** 9: the survey of whether each organization's number of user accounts is adequate. */
export const openSurveySchema = z.object({
  title: z.string().trim().min(1, "Give the survey a title.").max(200, "Keep the title under 200 characters."),
  closesOn: dayField("Enter the day the survey closes."),
});
export type OpenSurveyInput = z.infer<typeof openSurveySchema>;

const MORE_MESSAGE = `Enter a whole number from 0 to ${MAX_APPROVED_ACCOUNTS.toLocaleString("en-US")}.`;

export const answerSurveySchema = z
  .object({
    surveyId: z.string().uuid(),
    organizationId: z.string().uuid(),
    adequate: z.enum(["yes", "no"], { error: "Say whether your organization's number of user accounts is adequate." }),
    additionalAccounts: z.preprocess(
      (value) => (value === "" || value === undefined ? 0 : value),
      z.coerce.number({ error: MORE_MESSAGE }).int(MORE_MESSAGE).min(0, MORE_MESSAGE).max(MAX_APPROVED_ACCOUNTS, MORE_MESSAGE),
    ),
    comment: z
      .string()
      .trim()
      .max(MAX_SURVEY_COMMENT, `Keep the comment under ${MAX_SURVEY_COMMENT.toLocaleString("en-US")} characters.`)
      .default(""),
  })
  .superRefine((input, context) => {
    if (input.adequate === "no" && input.additionalAccounts < 1) {
      context.addIssue({ code: "custom", path: ["additionalAccounts"], message: "Say how many more user accounts your organization needs." });
    }
    if (input.adequate === "yes" && input.additionalAccounts > 0) {
      context.addIssue({ code: "custom", path: ["additionalAccounts"], message: "If the number is adequate, leave additional accounts at 0." });
    }
  });
export type AnswerSurveyInput = z.infer<typeof answerSurveySchema>;
