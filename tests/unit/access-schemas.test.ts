/**
 * The third-party access forms' schemas, against what the process document asks of each form
 * (CCSAS Third Party Access Process v1.1: 6.2's five items, Appendix B, section 4's delays,
 * 6.6, 6.8, 6.9, 7.1, 7.2) and the product's bounds. Expectations are written out by hand.
 */
import { describe, expect, it } from "vitest";
import {
  answerConnectivitySchema,
  answerLegalReviewSchema,
  applicationFormSchema,
  applicationProblems,
  approveSchema,
  countersignSchema,
  identifySchema,
  infrastructureSchema,
  officeIdSchema,
  parseQueueFilter,
  rejectSchema,
  returnSignedMouSchema,
  termProblem,
  withdrawSchema,
  yearsAfter,
} from "@/domain/access/schemas";

const ID = "5f0c6f5e-3a4b-4c2d-9e8f-1a2b3c4d5e6f";

/** The messages a refused parse gives, by field. */
function errorsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of result.error?.issues ?? []) (errors[issue.path.join(".") || "form"] ??= []).push(issue.message);
  return errors;
}

const IDENTIFICATION = {
  countyId: ID,
  organizationName: "Los Angeles IV-E",
  inviteeName: "Alex Rivera",
  inviteeTitle: "Deputy Director, Children and Family Services",
  inviteeAddress: "425 Shatto Place\nLos Angeles, CA 90020",
  inviteeEmail: "Alex.Rivera@DCFS.lacounty.gov",
  coordinatorName: "Casey Coordinator",
  coordinatorTitle: "Third Party Access Coordinator",
  coordinatorContact: "(323) 555-0100, casey@cssd.lacounty.gov",
  sysadminName: "Sam Admin",
  sysadminTitle: "LCSA System Administrator",
  sysadminContact: "(323) 555-0101",
  recommendedAccounts: "1,200",
  invitationOn: "2027-02-15",
};

describe("6.2: the LCSA Director's identification", () => {
  it("takes the five items, reads 1,200 as a number and lowers the email", () => {
    const parsed = identifySchema.parse(IDENTIFICATION);
    expect(parsed.recommendedAccounts).toBe(1200);
    expect(parsed.inviteeEmail).toBe("alex.rivera@dcfs.lacounty.gov");
    expect(parsed.invitationOn).toBe("2027-02-15");
  });

  it("asks for every item, each by name", () => {
    const errors = errorsOf(identifySchema.safeParse({}));
    expect(Object.keys(errors).sort()).toEqual(
      [
        "countyId",
        "organizationName",
        "inviteeName",
        "inviteeTitle",
        "inviteeAddress",
        "inviteeEmail",
        "coordinatorName",
        "coordinatorTitle",
        "coordinatorContact",
        "sysadminName",
        "sysadminTitle",
        "sysadminContact",
        "recommendedAccounts",
        "invitationOn",
      ].sort(),
    );
    expect(errors.invitationOn).toEqual(["Enter the date the invitation letter should be sent."]);
  });

  it("recommends 1 to 10,000 whole accounts", () => {
    const accounts = (value: string) => errorsOf(identifySchema.safeParse({ ...IDENTIFICATION, recommendedAccounts: value })).recommendedAccounts;
    expect(accounts("1")).toBeUndefined();
    expect(accounts("10000")).toBeUndefined();
    expect(accounts("0")).toEqual(["The number of user accounts recommended is at least 1."]);
    expect(accounts("10001")).toEqual(["The number of user accounts recommended is at most 10,000."]);
    expect(accounts("2.5")).toEqual(["Enter the number of user accounts recommended as a whole number."]);
    expect(accounts("many")).toEqual(["Enter the number of user accounts recommended as a number."]);
  });

  it("refuses an impossible or out-of-range invitation date, and a malformed email", () => {
    expect(errorsOf(identifySchema.safeParse({ ...IDENTIFICATION, invitationOn: "2027-02-30" })).invitationOn).toEqual([
      "There is no such date as 2027-02-30.",
    ]);
    expect(errorsOf(identifySchema.safeParse({ ...IDENTIFICATION, invitationOn: "2150-01-01" })).invitationOn).toEqual([
      "Enter a date from January 1, 2000 through December 31, 2100.",
    ]);
    expect(errorsOf(identifySchema.safeParse({ ...IDENTIFICATION, inviteeEmail: "alex at dcfs" })).inviteeEmail).toEqual([
      "Enter their email address as a valid email address, such as name@agency.ca.gov.",
    ]);
  });

  it("bounds every text", () => {
    expect(errorsOf(identifySchema.safeParse({ ...IDENTIFICATION, inviteeName: "x".repeat(121) })).inviteeName).toEqual([
      "Keep the name of the person to invite under 120 characters.",
    ]);
    expect(errorsOf(identifySchema.safeParse({ ...IDENTIFICATION, inviteeAddress: "x".repeat(501) })).inviteeAddress).toHaveLength(1);
  });
});

const COMPLETE = {
  applicationId: ID,
  version: "1",
  requestorName: "Los Angeles County DCFS",
  contactName: "Alex Rivera",
  contactTitle: "Deputy Director",
  contactPhone: "(213) 555-0110",
  contactFax: "",
  contactEmail: "alex@dcfs.lacounty.gov",
  isoName: "Jordan Lee",
  isoTitle: "Information Security Officer",
  isoPhone: "(213) 555-0111",
  isoEmail: "iso@dcfs.lacounty.gov",
  mouSignerName: "Pat Morgan",
  mouSignerTitle: "Director",
  authorities: ["USC_453A", "FAMILY_17212"],
  authorityDescription: "Title IV-E foster care administration.",
  purpose: "To locate parents of children in foster care.",
  usersRequested: "150",
  signatureName: "Alex Rivera",
  signedOn: "2026-12-01",
  intent: "submit",
};

describe("Appendix B: the application", () => {
  it("a draft may be empty: nothing is needed to save", () => {
    const parsed = applicationFormSchema.parse({ applicationId: ID, version: "3" });
    expect(parsed).toMatchObject({ intent: "save", requestorName: "", authorities: [], usersRequested: null, signedOn: null, version: 3 });
  });

  it("submitting needs every field but the fax, each said by name", () => {
    const errors = errorsOf(applicationFormSchema.safeParse({ applicationId: ID, version: "1", intent: "submit" }));
    expect(Object.keys(errors)).toEqual([
      "requestorName",
      "contactName",
      "contactTitle",
      "contactPhone",
      "contactEmail",
      "isoName",
      "isoTitle",
      "isoPhone",
      "isoEmail",
      "mouSignerName",
      "mouSignerTitle",
      "authorities",
      "authorityDescription",
      "purpose",
      "usersRequested",
      "signatureName",
      "signedOn",
    ]);
    expect(errors.authorities).toEqual(["Choose at least one statutory authority."]);
  });

  it("a complete form submits, with one authority or several of section 2's", () => {
    expect(applicationFormSchema.parse(COMPLETE)).toMatchObject({ intent: "submit", usersRequested: 150, authorities: ["USC_453A", "FAMILY_17212"] });
    expect(applicationFormSchema.parse({ ...COMPLETE, authorities: "CFR_307" }).authorities).toEqual(["CFR_307"]);
  });

  it("an authority not in section 2 is refused, in a draft too", () => {
    expect(errorsOf(applicationFormSchema.safeParse({ ...COMPLETE, intent: "save", authorities: ["COMMON_SENSE"] })).authorities).toEqual([
      "Choose the authorities from the list.",
    ]);
  });

  it("an email that is not one is refused even in a draft; an empty one only on submission", () => {
    expect(errorsOf(applicationFormSchema.safeParse({ applicationId: ID, version: "1", isoEmail: "iso at dcfs" })).isoEmail).toEqual([
      "Enter a valid email address, such as name@agency.gov.",
    ]);
    expect(applicationFormSchema.safeParse({ applicationId: ID, version: "1", isoEmail: "" }).success).toBe(true);
  });

  it("users requested are 1 to 10,000, in a draft too", () => {
    expect(errorsOf(applicationFormSchema.safeParse({ ...COMPLETE, usersRequested: "0" })).usersRequested).toEqual([
      "The number of users requested is at least 1.",
    ]);
    expect(errorsOf(applicationFormSchema.safeParse({ ...COMPLETE, intent: "save", usersRequested: "20000" })).usersRequested).toEqual([
      "The number of users requested is at most 10,000.",
    ]);
  });

  it("applicationProblems lists what a stored draft still lacks", () => {
    const draft = applicationFormSchema.parse({ ...COMPLETE, intent: "save", purpose: "", signedOn: "" });
    expect(applicationProblems(draft).map((problem) => problem.field)).toEqual(["purpose", "signedOn"]);
  });
});

describe("6.5: the reviews' answers", () => {
  it("a favorable legal answer may say nothing more; section 4's delays are its own keys", () => {
    expect(answerLegalReviewSchema.parse({ applicationId: ID, favorable: "yes", delays: ["PURPOSE_UNCLEAR", "LEGAL_RESEARCH"] })).toEqual({
      applicationId: ID,
      favorable: true,
      note: "",
      delays: ["PURPOSE_UNCLEAR", "LEGAL_RESEARCH"],
    });
    expect(errorsOf(answerLegalReviewSchema.safeParse({ applicationId: ID, favorable: "yes", delays: ["LUNCH"] })).delays).toEqual([
      "Choose the delays from the list.",
    ]);
  });

  it("an unfavorable answer says why; no answer at all is asked for", () => {
    expect(errorsOf(answerConnectivitySchema.safeParse({ applicationId: ID, favorable: "no", note: "No." })).note).toEqual([
      "Say in a sentence or two why the answer is unfavorable.",
    ]);
    expect(answerConnectivitySchema.parse({ applicationId: ID, favorable: "no", note: "No route to the DTS POP from their site." }).favorable).toBe(false);
    expect(errorsOf(answerConnectivitySchema.safeParse({ applicationId: ID })).favorable).toEqual(["Choose the answer: favorable or unfavorable."]);
  });
});

describe("6.6: the decision", () => {
  it("approval takes the accounts, a justification and the override checkbox", () => {
    expect(approveSchema.parse({ applicationId: ID, approvedAccounts: "25", justification: "  ", override: "on" })).toEqual({
      applicationId: ID,
      approvedAccounts: 25,
      justification: "",
      override: true,
    });
    expect(approveSchema.parse({ applicationId: ID, approvedAccounts: "25" }).override).toBe(false);
    expect(errorsOf(approveSchema.safeParse({ applicationId: ID, approvedAccounts: "" })).approvedAccounts).toEqual([
      "Enter the number of user accounts approved as a number.",
    ]);
  });

  it("a rejection gives its reason and is confirmed", () => {
    expect(errorsOf(rejectSchema.safeParse({ applicationId: ID, reason: "No.", confirm: "yes" })).reason).toEqual([
      "Give the reason for the rejection in a sentence or two: the Requestor and the LCSA Director read it.",
    ]);
    expect(errorsOf(rejectSchema.safeParse({ applicationId: ID, reason: "No statutory authority for this purpose." })).confirm).toEqual([
      "Confirm the step first.",
    ]);
  });
});

describe("6.8 and 6.9: the MOU", () => {
  const pdf = (name: string, bytes = "%PDF-1.7 signed") => new File([bytes], name, { type: "application/pdf" });

  it("the signed MOU is a PDF", () => {
    expect(returnSignedMouSchema.safeParse({ applicationId: ID, file: pdf("MOU signed.pdf") }).success).toBe(true);
    expect(errorsOf(returnSignedMouSchema.safeParse({ applicationId: ID, file: pdf("MOU signed.docx") })).file).toEqual([
      "“MOU signed.docx” is not a PDF. Scan or save the signed MOU as a PDF file.",
    ]);
    expect(errorsOf(returnSignedMouSchema.safeParse({ applicationId: ID })).file).toEqual(["Choose the signed MOU (a PDF file)."]);
    expect(errorsOf(returnSignedMouSchema.safeParse({ applicationId: ID, file: pdf("MOU.pdf", "") })).file).toEqual(["Choose the signed MOU (a PDF file)."]);
  });

  it("the term ends after it starts, at most five years on", () => {
    expect(termProblem("2027-01-01", "2031-12-31")).toBeNull();
    expect(termProblem("2027-01-01", "2032-01-01")).toBeNull();
    expect(termProblem("2027-01-01", "2032-01-02")).toBe("An MOU's term is at most 5 years.");
    expect(termProblem("2027-01-01", "2027-01-01")).toBe("The term ends after the day it starts.");
    expect(termProblem("2027-01-01", "2026-12-31")).toBe("The term ends after the day it starts.");
    expect(yearsAfter("2028-02-29", 5)).toBe("2033-03-01");
    expect(yearsAfter("2028-02-29", 4)).toBe("2032-02-29");
    expect(errorsOf(countersignSchema.safeParse({ applicationId: ID, termStartsOn: "2027-01-01", termEndsOn: "2035-01-01" })).termEndsOn).toEqual([
      "An MOU's term is at most 5 years.",
    ]);
    expect(errorsOf(countersignSchema.safeParse({ applicationId: ID, termStartsOn: "2027-13-01", termEndsOn: "2028-01-01" })).termStartsOn).toEqual([
      "Enter the day the MOU's term starts.",
    ]);
  });
});

describe("7.1, 7.2 and withdrawal", () => {
  it("an office ID is short letters and digits", () => {
    expect(officeIdSchema.parse({ applicationId: ID, officeId: " LA-IVE-0042 " }).officeId).toBe("LA-IVE-0042");
    expect(errorsOf(officeIdSchema.safeParse({ applicationId: ID, officeId: "<script>" })).officeId).toEqual([
      "An office ID is letters and digits, with - . / _ or spaces between them.",
    ]);
    expect(errorsOf(officeIdSchema.safeParse({ applicationId: ID, officeId: "A".repeat(41) })).officeId).toEqual(["Keep the office ID under 40 characters."]);
  });

  it("an evaluation says something; a withdrawal says why and is confirmed", () => {
    expect(errorsOf(infrastructureSchema.safeParse({ applicationId: ID, evaluation: "Fine." })).evaluation).toHaveLength(1);
    expect(withdrawSchema.parse({ applicationId: ID, reason: "The organization declined.", confirm: "yes" }).reason).toBe("The organization declined.");
    expect(errorsOf(withdrawSchema.safeParse({ applicationId: ID, reason: "", confirm: "yes" })).reason).toEqual(["Enter the reason."]);
  });
});

describe("the queue's filters", () => {
  it("keeps what is well formed and drops the rest", () => {
    expect(parseQueueFilter({ state: "INVITED", county: ID, page: "2", q: " TPA-0004 " })).toEqual({ state: "INVITED", county: ID, page: 2, q: "TPA-0004" });
    expect(parseQueueFilter({ state: "LOST", county: "nope", page: "-1" })).toEqual({ state: undefined, county: undefined, page: 1, q: undefined });
    expect(parseQueueFilter({ state: ["APPROVED", "ACTIVE"] }).state).toBe("APPROVED");
  });
});
