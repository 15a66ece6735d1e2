/**
 * The forms of a third-party access application, one zod schema each, shared by the browser
 * (the field names, through fieldsOf) and the server action (the check that counts). Every
 * field is bounded; days come through the project's date fields; files through the upload
 * rules. What a step needs of the application's state is the commands' (src/server/access).
 */
import { z } from "zod";
import { dayField, optionalDayField } from "@/domain/calendar/date-fields";
import { parseDay } from "@/domain/calendar/day";
import { LEGAL_DELAYS, type LegalDelay } from "@/domain/access/clocks";
import { LEGAL_AUTHORITIES, type LegalAuthorityKey } from "@/domain/access/letters";
import { ACCESS_STATES } from "@/domain/access/lifecycle";
import { checkFileName, uploadField } from "@/domain/storage/uploads";
import { searchText } from "@/lib/form-fields";

export const applicationId = z.string().uuid("That application was not found.");
export const version = z.coerce.number().int().min(1);

/** The most user accounts anyone recommends or requests at once: the product's ceiling (the guide's largest row is 800). */
export const MAX_ACCOUNTS = 10_000;

/** A text that must be given: trimmed, at least `min` characters (an empty one is asked for, a short one told `short`). */
const required = (what: string, max: number, min = 1, short = `Enter ${what}.`) =>
  z
    .string({ error: `Enter ${what}.` })
    .trim()
    .max(max, `Keep ${what} under ${max.toLocaleString("en-US")} characters.`)
    .superRefine((value, context) => {
      if (value.length < min) context.addIssue({ code: "custom", message: value === "" ? `Enter ${what}.` : short });
    });

/** A text a draft may leave empty: trimmed, "" when left blank. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep it under ${max.toLocaleString("en-US")} characters.`)
    .default("");

const email = (what: string) =>
  z
    .string({ error: `Enter ${what}.` })
    .trim()
    .toLowerCase()
    .max(200, "Keep the email address under 200 characters.")
    .email(`Enter ${what} as a valid email address, such as name@agency.ca.gov.`);

/** A whole number of user accounts, 1 to MAX_ACCOUNTS; "1,200" is read as 1200. */
const accounts = (label: string) =>
  z.preprocess(
    (value) => (typeof value === "string" ? (value.trim() === "" ? undefined : Number(value.replace(/,/g, "").trim())) : value),
    z
      .number({ error: `Enter the ${label} as a number.` })
      .int(`Enter the ${label} as a whole number.`)
      .min(1, `The ${label} is at least 1.`)
      .max(MAX_ACCOUNTS, `The ${label} is at most ${MAX_ACCOUNTS.toLocaleString("en-US")}.`),
  );

/** Like `accounts`, for a draft that may leave it empty (null). */
const optionalAccounts = (label: string) =>
  z.preprocess((value) => (value === undefined || (typeof value === "string" && value.trim() === "") ? null : value), accounts(label).nullable());

/** Checkbox groups post nothing, one value, or several; a value not offered is refused on the group, once. */
const manyOf = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.preprocess(
    (value: unknown) => (value === undefined || value === "" ? [] : Array.isArray(value) ? (value as unknown[]) : [value]),
    z
      .array(z.string(), { error: message })
      .refine((chosen) => chosen.length <= values.length && chosen.every((value) => (values as readonly string[]).includes(value)), message)
      .transform((chosen) => [...new Set(chosen)] as T[number][]),
  );

/** A checkbox: "on" when ticked, nothing when not. */
const checkbox = z.preprocess((value) => value === true || value === "on" || value === "yes" || value === "true", z.boolean());

/** What a confirmation dialog sends (src/components/forms/confirm-action.tsx). */
const confirmed = z.literal("yes", { error: "Confirm the step first." });

// ------------------------------------------------------------------ 6.2: the LCSA Director identifies the Requestor

/**
 * Process 6.2: "The LCSA Director provides the following information to the Process Manager":
 * 1. the individual to invite (name, title and address; the email is the product's, for the
 * Requestor's account and the notices), 2. the Coordinator, 3. the System Administrator, 4. the
 * number of users recommended, 5. the date the invitation letter should be sent. The county and
 * the organization say who is identified.
 */
export const identifySchema = z.object({
  countyId: z.string().uuid("Choose the county."),
  organizationName: required("the organization's name", 200, 2),
  inviteeName: required("the name of the person to invite", 120),
  inviteeTitle: required("their title", 120),
  inviteeAddress: required("their mailing address", 500),
  inviteeEmail: email("their email address"),
  coordinatorName: required("the Coordinator's name", 120),
  coordinatorTitle: required("the Coordinator's title", 120),
  coordinatorContact: required("the Coordinator's phone, email or address", 500),
  sysadminName: required("the System Administrator's name", 120),
  sysadminTitle: required("the System Administrator's title", 120),
  sysadminContact: required("the System Administrator's phone, email or address", 500),
  recommendedAccounts: accounts("number of user accounts recommended"),
  invitationOn: dayField("Enter the date the invitation letter should be sent."),
});
export type IdentifyInput = z.infer<typeof identifySchema>;

// ------------------------------------------------------------------ 6.3 and the one-button steps

/** A step that needs only the application (send the invitation, forward it, send the package). */
export const applicationStepSchema = z.object({ applicationId, confirm: confirmed.optional() });
export type ApplicationStepInput = z.infer<typeof applicationStepSchema>;

// ------------------------------------------------------------------ 6.4 and Appendix B: the application

export const AUTHORITY_KEYS = LEGAL_AUTHORITIES.map((authority) => authority.key) as [LegalAuthorityKey, ...LegalAuthorityKey[]];

/** Appendix B, "CSE THIRD PARTY ACCESS APPLICATION", field by field, as a draft may hold it. */
const applicationFields = {
  requestorName: optionalText(200),
  contactName: optionalText(120),
  contactTitle: optionalText(120),
  contactPhone: optionalText(40),
  contactFax: optionalText(40),
  contactEmail: optionalText(200),
  isoName: optionalText(120),
  isoTitle: optionalText(120),
  isoPhone: optionalText(40),
  isoEmail: optionalText(200),
  mouSignerName: optionalText(120),
  mouSignerTitle: optionalText(120),
  authorities: manyOf(AUTHORITY_KEYS, "Choose the authorities from the list."),
  authorityDescription: optionalText(4_000),
  purpose: optionalText(4_000),
  usersRequested: optionalAccounts("number of users requested"),
  signatureName: optionalText(120),
  signedOn: optionalDayField("Enter the date signed as a date."),
};
export type ApplicationFormField = keyof typeof applicationFields;
export type ApplicationFormValues = z.output<z.ZodObject<typeof applicationFields>>;

/** An application no one has typed into yet. */
export const EMPTY_APPLICATION: ApplicationFormValues = z.object(applicationFields).parse({});

/** Appendix B's words for each field, for the form's labels and the audit log's list of changes. */
export const APPLICATION_FIELD_LABELS: Record<ApplicationFormField, string> = {
  requestorName: "Name of Requestor (organization filing this application)",
  contactName: "Contact person for request",
  contactTitle: "Contact person's title",
  contactPhone: "Contact number",
  contactFax: "Fax number",
  contactEmail: "Contact person's email",
  isoName: "Information Security Officer's name",
  isoTitle: "Information Security Officer's title",
  isoPhone: "Information Security Officer's phone number",
  isoEmail: "Information Security Officer's email address",
  mouSignerName: "Name of person that will sign the MOU for Requestor",
  mouSignerTitle: "MOU signer's title",
  authorities: "Statutory authority",
  authorityDescription: "Describe statutory authority which allows disclosure of child support information to Requestor",
  purpose: "For what purpose will requestor use child support information?",
  usersRequested: "Number of users requested",
  signatureName: "Signature of Requestor or Designee (typed name)",
  signedOn: "Date",
};

/**
 * What a submission needs, in the form's order: every field of Appendix B, and at least one of
 * section 2's authorities (criterion 2: "Requestor must be authorized access to child support
 * information for a purpose described in …"). The fax number is the product's one exception:
 * Appendix B asks for it, but an office without a fax machine must still be able to apply.
 */
const NEEDED_TO_SUBMIT: Partial<Record<ApplicationFormField, string>> = {
  requestorName: "Enter the name of the Requestor (the organization filing the application).",
  contactName: "Enter the contact person for the request.",
  contactTitle: "Enter the contact person's title.",
  contactPhone: "Enter the contact number.",
  contactEmail: "Enter the contact person's email.",
  isoName: "Enter the Information Security Officer's name.",
  isoTitle: "Enter the Information Security Officer's title.",
  isoPhone: "Enter the Information Security Officer's phone number.",
  isoEmail: "Enter the Information Security Officer's email address.",
  mouSignerName: "Enter the name of the person who will sign the MOU.",
  mouSignerTitle: "Enter the MOU signer's title.",
  authorities: "Choose at least one statutory authority.",
  authorityDescription: "Describe the statutory authority that allows the disclosure.",
  purpose: "Say for what purpose the organization will use child support information.",
  usersRequested: "Enter the number of users requested.",
  signatureName: "Sign the application by typing your name.",
  signedOn: "Enter the date signed.",
};
export const FIELDS_NEEDED_TO_SUBMIT = Object.keys(NEEDED_TO_SUBMIT) as ApplicationFormField[];

const EMAIL_FIELDS = ["contactEmail", "isoEmail"] as const;
const EMAIL = z.string().email();

/** What stops this form from being submitted, field by field, in the form's order; empty when it is complete. */
export function applicationProblems(form: ApplicationFormValues): { field: ApplicationFormField; message: string }[] {
  return FIELDS_NEEDED_TO_SUBMIT.flatMap((field) => {
    const value = form[field];
    const empty = value === null || value === "" || (Array.isArray(value) && value.length === 0);
    return empty ? [{ field, message: NEEDED_TO_SUBMIT[field]! }] : [];
  });
}

/** Appendix B, saved as a draft ("save") or sent to the Process Manager ("submit", which needs every field). */
export const applicationFormSchema = z
  .object({ ...applicationFields, applicationId, version, intent: z.enum(["save", "submit"]).default("save") })
  .superRefine((form, context) => {
    // A draft may be incomplete, but what it holds must be what it says.
    for (const field of EMAIL_FIELDS) {
      if (form[field] && !EMAIL.safeParse(form[field]).success) {
        context.addIssue({ code: "custom", path: [field], message: "Enter a valid email address, such as name@agency.gov." });
      }
    }
    if (form.intent !== "submit") return;
    for (const problem of applicationProblems(form)) context.addIssue({ code: "custom", path: [problem.field], message: problem.message });
  });
export type ApplicationFormInput = z.infer<typeof applicationFormSchema>;

// ------------------------------------------------------------------ 6.5: legal review and connectivity test

export const REVIEW_KINDS = ["LEGAL", "CONNECTIVITY"] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

export const requestReviewSchema = z.object({ applicationId, kind: z.enum(REVIEW_KINDS, "Choose the review to request.") });
export type RequestReviewInput = z.infer<typeof requestReviewSchema>;

export const LEGAL_DELAY_KEYS = Object.keys(LEGAL_DELAYS) as [LegalDelay, ...LegalDelay[]];

const answer = z.preprocess(
  (value) => (value === "yes" ? true : value === "no" ? false : value),
  z.boolean({ error: "Choose the answer: favorable or unfavorable." }),
);

/** An unfavorable answer says why (the product's rule: the Process Owner decides on it). */
const answerNote = <T extends { favorable: boolean; note: string }>(form: T, context: z.RefinementCtx) => {
  if (!form.favorable && form.note.length < 10) {
    context.addIssue({ code: "custom", path: ["note"], message: "Say in a sentence or two why the answer is unfavorable." });
  }
};

/**
 * 6.5 item 1 and section 1.5: DCSS Legal "Provides advice regarding statutory authority". Section 4
 * lists what may delay it ("purpose statement is unclear; CSE security role is inadequate for
 * purpose or extensive legal research is necessary"); the answer records which applied.
 */
export const answerLegalReviewSchema = z
  .object({ applicationId, favorable: answer, note: optionalText(4_000), delays: manyOf(LEGAL_DELAY_KEYS, "Choose the delays from the list.") })
  .superRefine(answerNote);
export type AnswerLegalReviewInput = z.infer<typeof answerLegalReviewSchema>;

/** 6.5 item 2: the Infrastructure Manager tests "the Requestor's ability to connect to DTS point of presence". */
export const answerConnectivitySchema = z.object({ applicationId, favorable: answer, note: optionalText(4_000) }).superRefine(answerNote);
export type AnswerConnectivityInput = z.infer<typeof answerConnectivitySchema>;

// ------------------------------------------------------------------ 6.6: the Process Owner's decision

/**
 * 6.6 item 2 and 1.5: the Process Owner "Determines number of users accounts to be authorized".
 * Beyond what the guide reserves, a justification and the explicit override
 * (src/domain/access/allocation.ts approvalRefusal, which the command asks).
 */
export const approveSchema = z.object({
  applicationId,
  approvedAccounts: accounts("number of user accounts approved"),
  justification: optionalText(4_000),
  override: checkbox,
});
export type ApproveInput = z.infer<typeof approveSchema>;

/** 6.6 item 1: "Notice of Rejection and reason to the Requestor with a copy to the LCSA Director". */
export const rejectSchema = z.object({
  applicationId,
  reason: required(
    "the reason for the rejection",
    4_000,
    10,
    "Give the reason for the rejection in a sentence or two: the Requestor and the LCSA Director read it.",
  ),
  confirm: confirmed,
});
export type RejectInput = z.infer<typeof rejectSchema>;

// ------------------------------------------------------------------ 6.8 and 6.9: the signed MOU and the countersignature

/** 6.8 item 1: the Requestor returns the MOU it signed, as a PDF (the upload rules check its size and content). */
export const returnSignedMouSchema = z.object({
  applicationId,
  file: uploadField("Choose the signed MOU (a PDF file).").superRefine((file, context) => {
    const checked = checkFileName(file.name, file.size);
    if (checked.ok && checked.kind.contentType !== "application/pdf") {
      context.addIssue({ code: "custom", message: `“${checked.fileName}” is not a PDF. Scan or save the signed MOU as a PDF file.` });
    }
  }),
});
export type ReturnSignedMouInput = z.infer<typeof returnSignedMouSchema>;

/** The longest MOU term the app accepts: the product's ceiling, not the process document's (which sets none). */
export const MAX_TERM_YEARS = 5;

/** The day `years` years after `from` (Feb 29 goes to Mar 1 in a year without one). */
export function yearsAfter(from: string, years: number): string {
  const shifted = `${String(Number(from.slice(0, 4)) + years).padStart(4, "0")}${from.slice(4)}`;
  return parseDay(shifted) ?? `${shifted.slice(0, 4)}-03-01`;
}

/** Why an MOU term may not run from `startsOn` through `endsOn`, or null. */
export function termProblem(startsOn: string, endsOn: string): string | null {
  if (endsOn <= startsOn) return "The term ends after the day it starts.";
  if (endsOn > yearsAfter(startsOn, MAX_TERM_YEARS)) return `An MOU's term is at most ${MAX_TERM_YEARS} years.`;
  return null;
}

/** 6.9 item 1: the Process Owner signs the MOU for DCSS; its term is what the matrix shows (Appendix D, "TERM"). */
export const countersignSchema = z
  .object({
    applicationId,
    termStartsOn: dayField("Enter the day the MOU's term starts."),
    termEndsOn: dayField("Enter the day the MOU's term ends."),
  })
  .superRefine((form, context) => {
    const problem = termProblem(form.termStartsOn, form.termEndsOn);
    if (problem) context.addIssue({ code: "custom", path: ["termEndsOn"], message: problem });
  });
export type CountersignInput = z.infer<typeof countersignSchema>;

// ------------------------------------------------------------------ 7.1 and 7.2: establishing access

/** 7.1: "The Infrastructure Manager creates the office ID for the Requestor". Letters, digits and - . / _ (the product's rule). */
export const officeIdSchema = z.object({
  applicationId,
  officeId: required("the office ID", 40).regex(/^[A-Za-z0-9][A-Za-z0-9 ._/-]*$/, "An office ID is letters and digits, with - . / _ or spaces between them."),
});
export type OfficeIdInput = z.infer<typeof officeIdSchema>;

/** 7.2: "The evaluation will include defining the current environment proposal for recommendations, testing and implementation." */
export const infrastructureSchema = z.object({
  applicationId,
  evaluation: required("the evaluation", 10_000, 20, "Describe the evaluation: the current environment, the recommendations, testing and implementation."),
});
export type InfrastructureInput = z.infer<typeof infrastructureSchema>;

// ------------------------------------------------------------------ withdrawal

/** The product's: an application that will not go on is withdrawn, with its reason, never deleted. */
export const withdrawSchema = z.object({
  applicationId,
  reason: required("the reason", 2_000, 5, "Say in a few words why the application is withdrawn."),
  confirm: confirmed,
});
export type WithdrawInput = z.infer<typeof withdrawSchema>;

// ------------------------------------------------------------------ the queue's filters

/** Fifty a page (the product's). */
export const QUEUE_PAGE_SIZE = 50;

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** The queue's query parameters, as its GET form names them; anything malformed falls back to no filter. */
export const queueFilterSchema = z.object({
  state: optional(z.enum(ACCESS_STATES)),
  county: optional(z.string().uuid()),
  q: optional(searchText(100)).transform((value) => value || undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type QueueFilter = z.output<typeof queueFilterSchema>;

export function parseQueueFilter(params: Record<string, string | string[] | undefined>): QueueFilter {
  const flat = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  return queueFilterSchema.parse(flat);
}
