/**
 * The forms of a change request, one zod schema each, shared by the browser (the field
 * names) and the server action (the check that counts). Drafts may be incomplete: what a
 * step requires before it moves on is the lifecycle's readiness, not these schemas.
 */
import { z } from "zod";
import { dayField, optionalDayField } from "@/domain/calendar/date-fields";
import { CR_KINDS } from "@/domain/change-requests/lifecycle";
import { BENEFITS, LEVELS_OF_EFFORT } from "@/domain/change-requests/readiness";
import { uploadField } from "@/domain/storage/uploads";

export const LONG_TEXT = 20_000;

/** A text area's value: trimmed, "" when left empty. */
export const text = (max = LONG_TEXT) =>
  z
    .string()
    .trim()
    .max(max, `Keep it under ${max.toLocaleString("en-US")} characters.`)
    .default("");

/** Checkbox groups post nothing, one value, or several. */
export const manyOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((value: unknown) => (value === undefined || value === "" ? [] : Array.isArray(value) ? (value as unknown[]) : [value]), z.array(z.enum(values)));

/** A whole number field that may be left empty (null). */
export const optionalWhole = (label: string, max = 1_000_000) =>
  z.preprocess(
    (value) =>
      value === undefined || (typeof value === "string" && value.trim() === "") ? null : typeof value === "string" ? Number(value.replace(/,/g, "")) : value,
    z
      .number({ error: `Enter the ${label} as a number.` })
      .int(`Enter the ${label} as a whole number.`)
      .min(0, `The ${label} cannot be negative.`)
      .max(max, `The ${label} is too large.`)
      .nullable(),
  );

/** A dollar amount that may be left empty (null); "$12,500.50" is accepted. */
export const optionalDollars = (label: string) =>
  z.preprocess(
    (value) =>
      value === undefined || (typeof value === "string" && value.trim() === "")
        ? null
        : typeof value === "string"
          ? Number(value.replace(/[$,\s]/g, ""))
          : value,
    z
      .number({ error: `Enter the ${label} in dollars.` })
      .min(0, `The ${label} cannot be negative.`)
      .max(9_999_999_999, `The ${label} is too large.`)
      .nullable(),
  );

/** A calendar day (yyyy-mm-dd) that may be left empty (null). */
export const optionalDay = (label: string) => optionalDayField(`Enter the ${label} as a date.`);

/** "yes" / "no" radio buttons, or nothing chosen yet (null). */
export const yesNo = z.preprocess((value) => (value === "yes" ? true : value === "no" ? false : null), z.boolean().nullable());

export const crId = z.string().uuid();
export const version = z.coerce.number().int().min(1);

/** A checkbox: "on" when ticked, nothing when not. */
export const checkbox = z.preprocess((value) => value === true || value === "on" || value === "yes" || value === "true", z.boolean());

/** Plan 3.1.1: the change request initiation form. */
export const initiationFields = {
  title: z.string().trim().min(3, "Give the change request a title of at least 3 characters.").max(200, "Keep the title under 200 characters."),
  scope: text(),
  benefits: manyOf(BENEFITS),
  urgencyDrivers: text(),
  otherConsortiumAlignment: text(),
  ccsasAlignment: text(),
  levelOfEffort: z.preprocess(
    (value) => (value === "" || value === undefined ? null : value),
    z.enum(LEVELS_OF_EFFORT, "Choose low, medium or high.").nullable(),
  ),
  jadParticipants: text(),
  assumptions: text(),
  knownProblems: text(),
  /** Plan 2.1: "policy discussions are routed to the Policy Branch for research and resolution". */
  policy: checkbox.optional(),
};

/** "save" keeps a draft as it is; "submit" also moves it on when complete. */
export const intent = z.enum(["save", "submit"]).default("save");

export const createChangeRequestSchema = z.object({
  ...initiationFields,
  kind: z.enum(CR_KINDS, "Choose what kind of change this is."),
  consortiumId: z.string().uuid("Choose the consortium."),
  intent,
});
export type CreateChangeRequestInput = z.infer<typeof createChangeRequestSchema>;

export const saveInitiationSchema = z.object({ ...initiationFields, crId, version, intent });
export type SaveInitiationInput = z.infer<typeof saveInitiationSchema>;

export const crOnlySchema = z.object({ crId });

/** The one-button moves of the lifecycle. */
export const STEP_EVENTS = ["submit", "clear_subcomponent_review", "start_uat", "release_without_uat", "pass_uat", "close"] as const;
export const stepSchema = z.object({ crId, step: z.enum(STEP_EVENTS) });

/** Plan 3.1.3: another system's representative finds an impact at the Subcomponent Review. */
export const flagImpactSchema = z.object({
  crId,
  note: z.string().trim().min(5, "Say which component is affected, and how.").max(2_000),
});

export const withdrawSchema = z.object({
  crId,
  reason: z.string().trim().min(5, "Say in a few words why it is withdrawn.").max(2_000),
});

export const nameTeamSchema = z.object({
  crId,
  team: z.enum(["IMPACT_ANALYSIS", "JAD", "UAT"]),
  /** Each chosen person as "userId:lcsaId" (lcsaId empty when they represent no LCSA). */
  members: z.preprocess(
    (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? (value as unknown[]) : [value]),
    z.array(z.string().regex(/^[0-9a-f-]{36}:([0-9a-f-]{36})?$/, "Choose people from the list.")),
  ),
});
export type NameTeamInput = z.infer<typeof nameTeamSchema>;

export const commentSchema = z.object({
  crId,
  body: z.string().trim().min(1, "Write a comment first.").max(5_000, "Keep a comment under 5,000 characters."),
});

export const attachSchema = z.object({
  crId,
  file: uploadField("Choose a file to attach."),
});

export const reconsiderDateSchema = z.object({
  crId,
  motionId: z.string().uuid(),
  reconsiderOn: dayField("Enter the date to reconsider it."),
});

export const backBriefSchema = z.object({
  crId,
  briefedOn: dayField("Enter the date of the meeting at which the ESC was back-briefed."),
  note: text(1_000),
});
