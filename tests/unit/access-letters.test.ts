import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  conditionalAcceptanceLetter,
  invitationLetter,
  LEGAL_AUTHORITIES,
  letterDate,
  rejectionLetter,
  type ConditionalAcceptanceInput,
  type InvitationInput,
  type Letter,
  type RejectionInput,
} from "@/domain/access/letters";
import { day } from "@/domain/calendar/day";
import { letterPdf } from "@/server/access/letter-pdf";

const requestor = {
  name: "Ana Ruiz",
  title: "Deputy Director",
  organization: "Yolo County Health and Human Services Agency",
  address: ["137 N. Cottonwood Street", "Woodland, California 95695"],
};
const director = { name: "Mark Chen", lcsa: "Yolo County Department of Child Support Services" };
const processManager = { name: "Pat Lee", phone: "(916) 464-5100" };

const invitation: InvitationInput = { date: day("2026-03-02"), requestor, director, processManager, recommendedAccounts: 5 };
const acceptance: ConditionalAcceptanceInput = {
  date: day("2026-04-15"),
  requestor,
  director,
  processManager: { ...processManager, mailstop: "32" },
  approvedAccounts: 1,
  processOwnerName: "Dana Wu",
  coordinator: {
    name: "Lou Park",
    title: "Staff Services Manager",
    address: ["100 W. Court Street", "Woodland, California 95695"],
    phone: "(530) 555-0142",
    email: "lou.park@yolodcss.example",
  },
};
const rejection: RejectionInput = {
  date: day("2026-04-16"),
  requestor,
  director,
  processManager,
  processOwnerName: "Dana Wu",
  reason: "The purpose described in the application is not one for which State or Federal law authorizes disclosure of child support information.",
};

const ADDRESS = ["Ana Ruiz", "Deputy Director", "Yolo County Health and Human Services Agency", "137 N. Cottonwood Street", "Woodland, California 95695"];
const DIRECTOR_CC = "Mark Chen, Director, Yolo County Department of Child Support Services";

// Appendix A, items 1–5.
const REQUIREMENTS = [
  "Be authorized by Federal and State law to access child support information for a purpose described therein.",
  "Be able to connect to a Department of Technology Services Point of Presence and provide all infrastructures necessary for connectivity.",
  "Execute a Memorandum of Understanding provided by DCSS.",
  "Train your designated CSE users utilizing the security awareness training modules provided by DCSS.",
  "Obtain signatures from your organization's CSE users on Confidentiality Statements provided by DCSS. A copy of the Confidentiality Statement is attached for your review.",
];

// Appendix C, steps 1–3.
const STEPS = [
  "Sign two originals of the Memorandum of Understanding which is enclosed and mail both originals to:\n\n" +
    "Pat Lee\nDepartment of Child Support Services\nP. O. Box 419064\nMailstop 32\nRancho Cordova, California 95741-9064\n\n" +
    "Upon receipt of the signed Memorandum of Understanding original, I will obtain the signature on behalf of DCSS and return a signed original to you. " +
    "I will notify the Infrastructure Manager to provide your organization with an organizational identification.",
  "Train each of your identified users using the security awareness training module that is provided for you in the enclosed CD. " +
    "This training must be completed by each user before obtaining a CSE account and annually thereafter.",
  "Obtain each users' signature on the Confidentiality Statements provided with this letter. " +
    "Users must sign these Confidentiality Statements before obtaining a CSE account and annually thereafter. " +
    "You must retain these signed statements in a retrievable format and produce them upon DCSS request.",
];

const FOOTNOTE = "42 USC 453A(f),(g)and (h); 45 CFR 302.35; 45 CFR 307.10, 307.11 and 307.13; California Family Law 17212.";

function listOf(letter: Letter): readonly string[] {
  const lists = letter.paragraphs.filter((paragraph) => typeof paragraph !== "string");
  expect(lists).toHaveLength(1);
  return lists[0]!.list;
}

function textOf(letter: Letter): string {
  return letter.paragraphs.map((paragraph) => (typeof paragraph === "string" ? paragraph : paragraph.list.join("\n"))).join("\n");
}

describe("the invitation letter (Appendix A)", () => {
  const letter = invitationLetter(invitation);

  it("is addressed to the Requestor's contact and dated as a letter writes it", () => {
    expect(letter.kind).toBe("invitation");
    expect(letter.date).toBe("2026-03-02");
    expect(letterDate(letter.date)).toBe("March 2, 2026");
    expect(letter.to).toEqual(ADDRESS);
    expect(letter.salutation).toBe("Dear Ana Ruiz:");
    expect(letter.title).toBe("Invitation to apply for CSE access: Yolo County Health and Human Services Agency");
  });

  it("names the LCSA Director who identified the Requestor and the accounts recommended", () => {
    expect(letter.paragraphs[0]).toBe(
      "The Department of Child Support Services (DCSS) owns the Child Support Enforcement (CSE) system which maintains child support information. " +
        "State and Federal law¹ authorize disclosure of child support information to individuals and organizations outside of the Child Support Program " +
        "solely for the purpose of administration of the Child Support, Welfare and Foster Care programs. " +
        "Mark Chen has identified your organization as one which either assists the Child Support Program or administers one of the other programs identified above. " +
        "The Director has recommended that DCSS grant your organization 5 user accounts with access to CSE. " +
        "Below is a list of requirements that must be satisfied before access to CSE can be granted to users in your organization. Your organization must:",
    );
    expect(textOf(invitationLetter({ ...invitation, recommendedAccounts: 1 }))).toContain("grant your organization 1 user account with access to CSE.");
  });

  it("lists the five requirements", () => {
    expect(listOf(letter)).toEqual(REQUIREMENTS);
  });

  it("says where to send the application: the Process Manager at the document's address unless told otherwise", () => {
    expect(letter.paragraphs.slice(2)).toEqual([
      "An application for access to CSE and a sample Memorandum of Understanding is attached to this letter. " +
        "If you would like to apply for access for your organization, please complete the Application and send it to:",
      "Pat Lee\nP. O. Box 419064\nMailstop 40\nRancho Cordova, California 95741-9064 or\nFax (916) 464-5335 or\nCCSASACCESS@DCSS.CA.GOV",
      "If you have any questions or concerns regarding this letter, please contact me at (916) 464-5100.",
    ]);
    const own = invitationLetter({
      ...invitation,
      processManager: { ...processManager, mailstop: "12", fax: "(916) 464-5999", email: "pat.lee@dcss.example" },
    });
    expect(own.paragraphs[3]).toBe(
      "Pat Lee\nP. O. Box 419064\nMailstop 12\nRancho Cordova, California 95741-9064 or\nFax (916) 464-5999 or\npat.lee@dcss.example",
    );
  });

  it("is signed by the Process Manager, copied to the LCSA Director, with the legal authorities in its footnote", () => {
    expect(letter.closing).toBe("Very truly yours,");
    expect(letter.signature).toEqual(["Pat Lee", "Process Manager"]);
    expect(letter.cc).toEqual([DIRECTOR_CC]);
    expect(letter.enclosuresLabel).toBe("Attachments");
    expect(letter.enclosures).toEqual(["Third Party Access Application", "Sample Memorandum of Understanding", "Confidentiality Statement"]);
    expect(letter.footnotes).toEqual([FOOTNOTE]);
  });

  it("refuses a number of accounts no letter can grant", () => {
    expect(() => invitationLetter({ ...invitation, recommendedAccounts: 0 })).toThrow("at least 1");
    expect(() => invitationLetter({ ...invitation, recommendedAccounts: 2.5 })).toThrow("at least 1");
  });
});

describe("the conditional acceptance letter (Appendix C)", () => {
  const letter = conditionalAcceptanceLetter(acceptance);

  it("grants the approved accounts on three conditions", () => {
    expect(letter.kind).toBe("conditional_acceptance");
    expect(letter.to).toEqual(ADDRESS);
    expect(letter.salutation).toBe("Dear Ana Ruiz:");
    expect(letter.paragraphs[0]).toBe(
      "I have reviewed your application for Child Support Enforcement access and have obtained authority to grant 1 user account to your organization upon completion of the following actions:",
    );
    expect(listOf(letter)).toEqual(STEPS);
    expect(conditionalAcceptanceLetter({ ...acceptance, approvedAccounts: 22 }).paragraphs[0]).toContain("grant 22 user accounts to your organization");
  });

  it("sends the Requestor to the LCSA's Access Coordinator, then to the Process Manager with questions", () => {
    expect(letter.paragraphs.slice(2)).toEqual([
      "Once your users have completed security awareness training and signed the Confidentiality Statements, contact your Access Coordinator:",
      "Yolo County Department of Child Support Services\nLou Park\nStaff Services Manager\n100 W. Court Street\nWoodland, California 95695\n(530) 555-0142\nlou.park@yolodcss.example",
      "If you have any questions you may contact Pat Lee at (916) 464-5100. Thank you.",
    ]);
    const bare = conditionalAcceptanceLetter({ ...acceptance, coordinator: { name: "Lou Park" } });
    expect(bare.paragraphs[3]).toBe("Yolo County Department of Child Support Services\nLou Park");
  });

  it("is signed by the Process Owner, with its enclosures and a copy to the LCSA Director", () => {
    expect(letter.closing).toBe("Sincerely,");
    expect(letter.signature).toEqual(["Dana Wu", "Process Owner"]);
    expect(letter.enclosuresLabel).toBe("Enclosures");
    expect(letter.enclosures).toEqual(["Memorandum of Understanding (two originals)", "Security awareness training module (CD)", "Confidentiality Statements"]);
    expect(letter.cc).toEqual([DIRECTOR_CC]);
    expect(letter.footnotes).toEqual([]);
  });
});

describe("the rejection letter (process 6.6)", () => {
  const letter = rejectionLetter(rejection);

  it("states the reason to the Requestor, with a copy to the LCSA Director", () => {
    expect(letter.kind).toBe("rejection");
    expect(letter.title).toBe("Rejection of CSE access application: Yolo County Health and Human Services Agency");
    expect(letter.to).toEqual(ADDRESS);
    expect(letter.paragraphs).toEqual([
      "I have reviewed the application of Yolo County Health and Human Services Agency for Child Support Enforcement access. " +
        "I am unable to grant your organization access to CSE, for the following reason:",
      "The purpose described in the application is not one for which State or Federal law authorizes disclosure of child support information.",
      "If you have any questions you may contact Pat Lee at (916) 464-5100. Thank you.",
    ]);
    expect(letter.signature).toEqual(["Dana Wu", "Process Owner"]);
    expect(letter.cc).toEqual([DIRECTOR_CC]);
    expect(letter.enclosures).toEqual([]);
  });

  it("is never written without a reason", () => {
    expect(() => rejectionLetter({ ...rejection, reason: "  " })).toThrow("states its reason");
  });
});

describe("the legal authorities (process 2, criterion 2)", () => {
  it("are the four of section 2, each a choice of its own", () => {
    expect(LEGAL_AUTHORITIES.map(({ key, text }) => [key, text])).toEqual([
      ["USC_453A", "42 USC 453A(f),(g) and (h)"],
      ["CFR_302_35", "45 CFR 302.35"],
      ["CFR_307", "45 CFR 307.10, 307.11 and 307.13"],
      ["FAMILY_17212", "California Family Law section 17212"],
    ]);
  });
});

/**
 * The text a PDF shows, line by line: pdfkit deflates each page's content stream (zlib) and
 * writes the standard fonts' text as hex strings of Windows-1252 codes in TJ arrays.
 */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const lines: string[] = [];
  const decoder = new TextDecoder("windows-1252");
  for (const match of raw.matchAll(/\/FlateDecode[^]*?>>\s*stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const content = inflateSync(pdf.subarray(start, raw.indexOf("endstream", start))).toString("latin1");
    for (const op of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      const hex = [...op[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((part) => part[1]).join("");
      lines.push(decoder.decode(Buffer.from(hex, "hex")));
    }
  }
  return lines.join("\n");
}

/** Lines wrap wherever the page ends them: compare without whitespace, each expected text after the one before. */
function expectInOrder(text: string, expected: readonly string[]) {
  const squash = (value: string) => value.replace(/\s+/g, "");
  const haystack = squash(text);
  let from = 0;
  for (const piece of expected) {
    const at = haystack.indexOf(squash(piece), from);
    expect(at, `“${piece}” after what came before`).toBeGreaterThanOrEqual(0);
    from = at + squash(piece).length;
  }
}

describe("a letter as PDF", () => {
  it("is a Letter-size PDF titled as the letter", async () => {
    const pdf = await letterPdf(invitationLetter(invitation));
    const raw = pdf.toString("latin1");
    expect(raw.startsWith("%PDF-")).toBe(true);
    expect(raw).toContain("/MediaBox [0 0 612 792]");
    // The document information dictionary names its Title by reference: `/Title 17 0 R` … `17 0 obj (…) endobj`.
    const ref = /\/Title (\d+) 0 R/.exec(raw)?.[1];
    expect(ref).toBeDefined();
    expect(new RegExp(`\\b${ref} 0 obj\\s*\\(([^)]*)\\)`).exec(raw)?.[1]).toBe(
      "Invitation to apply for CSE access: Yolo County Health and Human Services Agency",
    );
  });

  it("shows the invitation's content in the letter's order", async () => {
    const text = pdfText(await letterPdf(invitationLetter(invitation)));
    expectInOrder(text, [
      "California Department of Child Support Services",
      "March 2, 2026",
      ...ADDRESS,
      "Dear Ana Ruiz:",
      "State and Federal law¹ authorize disclosure",
      "Mark Chen has identified your organization",
      "grant your organization 5 user accounts with access to CSE.",
      ...REQUIREMENTS.map((requirement, index) => `${index + 1}. ${requirement}`),
      "Pat Lee P. O. Box 419064 Mailstop 40 Rancho Cordova, California 95741-9064 or Fax (916) 464-5335 or CCSASACCESS@DCSS.CA.GOV",
      "please contact me at (916) 464-5100.",
      "Very truly yours,",
      "Pat Lee Process Manager",
      "Attachments",
      "Third Party Access Application",
      `cc: ${DIRECTOR_CC}`,
      `¹ ${FOOTNOTE}`,
    ]);
  });

  it("shows the conditional acceptance's three steps and the Access Coordinator", async () => {
    const text = pdfText(await letterPdf(conditionalAcceptanceLetter(acceptance)));
    expectInOrder(text, [
      "April 15, 2026",
      ...ADDRESS,
      "have obtained authority to grant 1 user account to your organization",
      ...STEPS.map((step, index) => `${index + 1}. ${step}`),
      "contact your Access Coordinator:",
      "Yolo County Department of Child Support Services Lou Park Staff Services Manager",
      "Sincerely,",
      "Dana Wu Process Owner",
      "Enclosures",
      `cc: ${DIRECTOR_CC}`,
    ]);
  });

  it("shows the rejection's reason and its copy to the LCSA Director", async () => {
    const text = pdfText(await letterPdf(rejectionLetter(rejection)));
    expectInOrder(text, [
      "April 16, 2026",
      ...ADDRESS,
      "I am unable to grant your organization access to CSE, for the following reason:",
      rejection.reason,
      "Dana Wu Process Owner",
      `cc: ${DIRECTOR_CC}`,
    ]);
    expect(text).not.toContain("Enclosures");
  });
});
