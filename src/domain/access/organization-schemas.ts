import { z } from "zod";
import { dayField } from "@/domain/calendar/date-fields";

/**
 * The forms of an organization's life after approval (Third Party Access Process 7.3, 8, 10
 * and the product's yearly re-attestation): one schema per form, shared by the form and its
 * server action. The application pipeline's forms are in their own schemas.
 */
const id = z.string().uuid();
const version = z.coerce.number().int().min(1);
const confirmed = z.literal("yes", { message: "Confirm this step first." });
const text = (min: number, max: number, missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(min, missing)
    .max(max, `Use at most ${max.toLocaleString("en-US")} characters.`);

// Section 2, criteria 5 and 6: training and a signed statement "before obtaining an account and then annually".
const trainedOn = dayField("Enter the day the user completed DCSS's security awareness training.");
const confidentialitySignedOn = dayField("Enter the day the user signed the confidentiality statement.");

/** 6.8 item 2: the Requestor's Contact Person "Identifies staff for CSE access". */
export const listAccessUserSchema = z.object({
  organizationId: id,
  userName: text(2, 200, "Enter the user's full name."),
  userEmail: z.string().trim().toLowerCase().email("Enter the user's e-mail address, e.g. name@agency.ca.gov.").max(200),
  trainedOn,
  confidentialitySignedOn,
});
export type ListAccessUserInput = z.infer<typeof listAccessUserSchema>;

/** Criteria 5 and 6, "then annually": the Requestor records the renewed training and statement. */
export const renewAccessUserSchema = z.object({ accountId: id, version, trainedOn, confidentialitySignedOn });
export type RenewAccessUserInput = z.infer<typeof renewAccessUserSchema>;

/** 7.3: the LCSA System Administrator marks the user's CSE account set up (or set up again after a suspension). */
export const createAccessAccountSchema = z.object({ accountId: id, confirm: confirmed });
export type CreateAccessAccountInput = z.infer<typeof createAccessAccountSchema>;

/** The LCSA System Administrator confirms an account's suspension in CSE. */
export const suspendAccessAccountSchema = z.object({ accountId: id, confirm: confirmed });
export type SuspendAccessAccountInput = z.infer<typeof suspendAccessAccountSchema>;

/** Section 8: the DCSS ISO's audit finding. */
export const recordFindingSchema = z.object({
  organizationId: id,
  finding: text(10, 4000, "Describe the finding in a sentence or more, e.g. “Two users' confidentiality statements could not be produced.”"),
  foundOn: dayField("Enter the day the audit found it."),
});
export type RecordFindingInput = z.infer<typeof recordFindingSchema>;

/** Section 8: the Process Owner clears a finding with the evidence that it is resolved. */
export const clearFindingSchema = z.object({
  findingId: id,
  version,
  evidence: text(10, 4000, "Say what shows the finding is cleared, e.g. “Signed statements for both users received on May 4.”"),
  confirm: confirmed,
});
export type ClearFindingInput = z.infer<typeof clearFindingSchema>;

/** 10.1: the Contract Manager's notice that the MOU is due for renewal. */
export const renewalNoticeSchema = z.object({ organizationId: id, confirm: confirmed });
export type RenewalNoticeInput = z.infer<typeof renewalNoticeSchema>;

/** 10.2: the Process Owner's invitation to renew. */
export const inviteRenewalSchema = z.object({ organizationId: id, confirm: confirmed });
export type InviteRenewalInput = z.infer<typeof inviteRenewalSchema>;

/** The product's yearly re-attestation campaign. */
export const openAttestationSchema = z.object({
  year: z.coerce
    .number({ error: "Enter the campaign's year, e.g. 2026." })
    .int("Enter the campaign's year, e.g. 2026.")
    .min(2000, "Enter a year from 2000 through 2100.")
    .max(2100, "Enter a year from 2000 through 2100."),
  deadlineOn: dayField("Enter the day by which organizations confirm their users."),
});
export type OpenAttestationInput = z.infer<typeof openAttestationSchema>;

/** An organization confirms one user in a campaign: training, statement (from the user's record) and continued need. */
export const attestAccountSchema = z.object({
  campaignId: id,
  accountId: id,
  stillNeeded: z.enum(["yes", "no"], { message: "Say whether the user still needs access to CSE." }).transform((answer) => answer === "yes"),
});
export type AttestAccountInput = z.infer<typeof attestAccountSchema>;
