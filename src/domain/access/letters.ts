/**
 * The three letters of the third-party access process, as data: the invitation (Third Party
 * Access Process 6.3, Appendix A), the conditional acceptance (6.6 item 2, Appendix C) and the
 * rejection (6.6 item 1, which has no template: "Notice of Rejection and reason to the Requestor
 * with a copy to the LCSA Director"). The page (src/components/access/letter-view.tsx) and the
 * PDF (src/server/access/letter-pdf.ts) render the same `Letter`, so they cannot drift apart.
 *
 * The wording is the appendices'; their bracketed fields are filled from the input. A
 * paragraph's "\n" is a line break (the templates' address blocks).
 */
import type { Day } from "@/domain/calendar/day";
import { countOf } from "@/lib/format";

/**
 * Process 2, criterion 2: the authorities under which a Requestor may be given child support
 * information, one choice each, as section 2 writes them.
 */
export const LEGAL_AUTHORITIES = [
  { key: "USC_453A", text: "42 USC 453A(f),(g) and (h)" },
  { key: "CFR_302_35", text: "45 CFR 302.35" },
  { key: "CFR_307", text: "45 CFR 307.10, 307.11 and 307.13" },
  { key: "FAMILY_17212", text: "California Family Law section 17212" },
] as const;
export type LegalAuthorityKey = (typeof LEGAL_AUTHORITIES)[number]["key"];

/** Appendix A's footnote to "State and Federal law", as the template writes it. */
export const LEGAL_AUTHORITIES_FOOTNOTE = "42 USC 453A(f),(g)and (h); 45 CFR 302.35; 45 CFR 307.10, 307.11 and 307.13; California Family Law 17212.";

export const LETTERHEAD = "California Department of Child Support Services";

/** Process 6.2: where the Process Manager receives mail and faxes; the templates' own address. */
export const PROCESS_MANAGER_DEFAULTS = { mailstop: "40", fax: "(916) 464-5335", email: "CCSASACCESS@DCSS.CA.GOV" } as const;
const PO_BOX = "P. O. Box 419064";
const CITY = "Rancho Cordova, California 95741-9064";

export type LetterKind = "invitation" | "conditional_acceptance" | "rejection";
export type LetterParagraph = string | { list: readonly string[] };

export interface Letter {
  kind: LetterKind;
  /** What the letter is, for the page's heading and the PDF's Title; the letter itself prints no subject line. */
  title: string;
  /** The California day the letter is dated. */
  date: Day;
  to: readonly string[];
  salutation: string;
  /** In order; a `{ list }` is a numbered list. */
  paragraphs: readonly LetterParagraph[];
  closing: string;
  signature: readonly string[];
  cc: readonly string[];
  /** Appendix A calls them "Attachments", Appendix C "Enclosures". */
  enclosuresLabel: "Attachments" | "Enclosures";
  enclosures: readonly string[];
  /** Footnote n is marked `footnoteMark(n)` where the text refers to it. */
  footnotes: readonly string[];
}

export interface RequestorContact {
  /** The individual the LCSA Director named (process 6.2 item 1). */
  name: string;
  title?: string;
  organization: string;
  address: readonly string[];
}

export interface LcsaDirector {
  name: string;
  /** The Local Child Support Agency the Director heads. */
  lcsa: string;
}

export interface ProcessManagerContact {
  name: string;
  /** Appendix A leaves it "(916) XXX-XXXX": the app cannot know it. */
  phone: string;
  email?: string;
  fax?: string;
  mailstop?: string;
}

export interface AccessCoordinatorContact {
  name: string;
  title?: string;
  address?: readonly string[];
  phone?: string;
  email?: string;
}

interface LetterBase {
  date: Day;
  requestor: RequestorContact;
  director: LcsaDirector;
  processManager: ProcessManagerContact;
}

export interface InvitationInput extends LetterBase {
  /** Process 6.2 item 4: the number of users the LCSA Director recommends. */
  recommendedAccounts: number;
}

export interface ConditionalAcceptanceInput extends LetterBase {
  approvedAccounts: number;
  processOwnerName: string;
  coordinator: AccessCoordinatorContact;
}

export interface RejectionInput extends LetterBase {
  processOwnerName: string;
  reason: string;
}

/** Appendix A, the letter the Process Manager sends once the LCSA Director has identified the Requestor (6.3). */
export function invitationLetter(input: InvitationInput): Letter {
  const { requestor, director, processManager: manager } = input;
  const mail = withDefaults(manager);
  return {
    kind: "invitation",
    title: `Invitation to apply for CSE access: ${requestor.organization}`,
    date: input.date,
    to: addressOf(requestor),
    salutation: `Dear ${requestor.name}:`,
    paragraphs: [
      "The Department of Child Support Services (DCSS) owns the Child Support Enforcement (CSE) system which maintains child support information. " +
        `State and Federal law${footnoteMark(1)} authorize disclosure of child support information to individuals and organizations outside of the Child Support Program ` +
        "solely for the purpose of administration of the Child Support, Welfare and Foster Care programs. " +
        `${director.name} has identified your organization as one which either assists the Child Support Program or administers one of the other programs identified above. ` +
        `The Director has recommended that DCSS grant your organization ${accounts(input.recommendedAccounts)} with access to CSE. ` +
        "Below is a list of requirements that must be satisfied before access to CSE can be granted to users in your organization. Your organization must:",
      {
        list: [
          "Be authorized by Federal and State law to access child support information for a purpose described therein.",
          "Be able to connect to a Department of Technology Services Point of Presence and provide all infrastructures necessary for connectivity.",
          "Execute a Memorandum of Understanding provided by DCSS.",
          "Train your designated CSE users utilizing the security awareness training modules provided by DCSS.",
          "Obtain signatures from your organization's CSE users on Confidentiality Statements provided by DCSS. A copy of the Confidentiality Statement is attached for your review.",
        ],
      },
      "An application for access to CSE and a sample Memorandum of Understanding is attached to this letter. " +
        "If you would like to apply for access for your organization, please complete the Application and send it to:",
      [manager.name, PO_BOX, `Mailstop ${mail.mailstop}`, `${CITY} or`, `Fax ${mail.fax} or`, mail.email].join("\n"),
      `If you have any questions or concerns regarding this letter, please contact me at ${manager.phone}.`,
    ],
    closing: "Very truly yours,",
    signature: [manager.name, "Process Manager"],
    cc: [directorCopy(director)],
    enclosuresLabel: "Attachments",
    enclosures: ["Third Party Access Application", "Sample Memorandum of Understanding", "Confidentiality Statement"],
    footnotes: [LEGAL_AUTHORITIES_FOOTNOTE],
  };
}

/** Appendix C, the Notice of Conditional Acceptance the Process Owner signs (6.6 item 2). */
export function conditionalAcceptanceLetter(input: ConditionalAcceptanceInput): Letter {
  const { requestor, director, processManager: manager, coordinator } = input;
  const mail = withDefaults(manager);
  const coordinatorBlock = [director.lcsa, coordinator.name, coordinator.title, ...(coordinator.address ?? []), coordinator.phone, coordinator.email];
  return {
    kind: "conditional_acceptance",
    title: `Conditional acceptance of CSE access: ${requestor.organization}`,
    date: input.date,
    to: addressOf(requestor),
    salutation: `Dear ${requestor.name}:`,
    paragraphs: [
      "I have reviewed your application for Child Support Enforcement access and have obtained authority to grant " +
        `${accounts(input.approvedAccounts)} to your organization upon completion of the following actions:`,
      {
        list: [
          [
            "Sign two originals of the Memorandum of Understanding which is enclosed and mail both originals to:",
            "",
            manager.name,
            "Department of Child Support Services",
            PO_BOX,
            `Mailstop ${mail.mailstop}`,
            CITY,
            "",
            "Upon receipt of the signed Memorandum of Understanding original, I will obtain the signature on behalf of DCSS and return a signed original to you. " +
              "I will notify the Infrastructure Manager to provide your organization with an organizational identification.",
          ].join("\n"),
          "Train each of your identified users using the security awareness training module that is provided for you in the enclosed CD. " +
            "This training must be completed by each user before obtaining a CSE account and annually thereafter.",
          "Obtain each users' signature on the Confidentiality Statements provided with this letter. " +
            "Users must sign these Confidentiality Statements before obtaining a CSE account and annually thereafter. " +
            "You must retain these signed statements in a retrievable format and produce them upon DCSS request.",
        ],
      },
      "Once your users have completed security awareness training and signed the Confidentiality Statements, contact your Access Coordinator:",
      present(coordinatorBlock).join("\n"),
      `If you have any questions you may contact ${manager.name} at ${manager.phone}. Thank you.`,
    ],
    closing: "Sincerely,",
    // Appendix C signs "Program Owner"; the role that approves applications and signs this notice is the Process Owner (1.5, 6.6).
    signature: [input.processOwnerName, "Process Owner"],
    cc: [directorCopy(director)],
    enclosuresLabel: "Enclosures",
    enclosures: ["Memorandum of Understanding (two originals)", "Security awareness training module (CD)", "Confidentiality Statements"],
    footnotes: [],
  };
}

/**
 * Process 6.6 item 1: the Notice of Rejection "and reason to the Requestor with a copy to the
 * LCSA Director". The document gives no template; this one is written as Appendix C is, by the
 * Process Owner, with the reason in a paragraph of its own.
 */
export function rejectionLetter(input: RejectionInput): Letter {
  const { requestor, director, processManager: manager } = input;
  return {
    kind: "rejection",
    title: `Rejection of CSE access application: ${requestor.organization}`,
    date: input.date,
    to: addressOf(requestor),
    salutation: `Dear ${requestor.name}:`,
    paragraphs: [
      `I have reviewed the application of ${requestor.organization} for Child Support Enforcement access. ` +
        "I am unable to grant your organization access to CSE, for the following reason:",
      reasonOf(input.reason),
      `If you have any questions you may contact ${manager.name} at ${manager.phone}. Thank you.`,
    ],
    closing: "Sincerely,",
    signature: [input.processOwnerName, "Process Owner"],
    cc: [directorCopy(director)],
    enclosuresLabel: "Enclosures",
    enclosures: [],
    footnotes: [],
  };
}

/** The letter's date as a letter writes it: "January 25, 2008". */
export function letterDate(value: Day): string {
  return LONG_DAY.format(new Date(`${value}T00:00:00Z`));
}
// A Day is a California day already: read it in UTC, or it would print as the day before.
const LONG_DAY = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

const MARKS = ["¹", "²", "³"];

/** The mark of footnote n (from 1), where the text refers to it and before the note itself. */
export function footnoteMark(n: number): string {
  return MARKS[n - 1] ?? `(${n})`;
}

function accounts(count: number): string {
  // Process 2, criterion 1: the Director recommends a number of accounts; a letter granting none is a defect upstream.
  if (!Number.isInteger(count) || count < 1) throw new Error(`A letter grants a whole number of user accounts, at least 1: ${count}`);
  return countOf(count, "user account");
}

function reasonOf(reason: string): string {
  // Process 6.6: a rejection states its reason.
  if (!reason.trim()) throw new Error("A rejection letter states its reason.");
  return reason.trim();
}

function addressOf(requestor: RequestorContact): string[] {
  return present([requestor.name, requestor.title, requestor.organization, ...requestor.address]);
}

function directorCopy(director: LcsaDirector): string {
  return `${director.name}, Director, ${director.lcsa}`;
}

function withDefaults(manager: ProcessManagerContact): Required<Pick<ProcessManagerContact, "mailstop" | "fax" | "email">> {
  return {
    mailstop: manager.mailstop?.trim() || PROCESS_MANAGER_DEFAULTS.mailstop,
    fax: manager.fax?.trim() || PROCESS_MANAGER_DEFAULTS.fax,
    email: manager.email?.trim() || PROCESS_MANAGER_DEFAULTS.email,
  };
}

/** The lines that have something in them (optional fields left empty drop out of an address). */
function present(lines: readonly (string | undefined)[]): string[] {
  return lines.map((line) => line?.trim() ?? "").filter((line) => line !== "");
}
