/**
 * The letters of an application as its page and its PDF give them (src/server/access/letters.ts):
 * filled from what the application recorded, each only once it applies. The expected wording is
 * written by hand from CCSAS Third Party Access Process v1.1: Appendix A (the invitation, 6.3),
 * Appendix C (the conditional acceptance, 6.6 item 2) and 6.6 item 1 (the rejection and its reason,
 * copied to the LCSA Director).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Letter } from "@/domain/access/letters";
import { db } from "@/lib/db/client";
import { letterPdf } from "@/server/access/letter-pdf";
import { applicationLetter, applicationLetters, letterFileName } from "@/server/access/letters";
import { readableApplication, type ApplicationDetail } from "@/server/access/queries";
import { accessWorld, applicationAt, NOW, type AccessWorld, type Milestone } from "../support/access-world.ts";

let w: AccessWorld;
let lcsa: string;
beforeAll(async () => {
  w = await accessWorld(db);
  lcsa = (await db.lcsa.findUniqueOrThrow({ where: { id: w.places.la.lcsaId }, select: { name: true } })).name;
});

/** An application at that milestone, as the Process Manager reads it. */
async function at(milestone: Milestone): Promise<ApplicationDetail> {
  const driven = await applicationAt(db, w, milestone);
  const application = await readableApplication((await w.as(w.people.manager)).actor, driven.id, NOW);
  if (!application) throw new Error("The Process Manager reads every application.");
  return application;
}

const text = (letter: Letter) =>
  [...letter.to, letter.salutation, ...letter.paragraphs.map((p) => (typeof p === "string" ? p : p.list.join("\n"))), letter.closing, ...letter.signature].join(
    "\n",
  );

const pdfOf = async (letter: Letter) => Buffer.from(await letterPdf(letter));

describe("the invitation letter (Appendix A)", () => {
  it("is addressed to the person the LCSA Director named, names the Director, the accounts recommended and the authorities, and copies the Director", async () => {
    const application = await at("INVITED");
    const letter = applicationLetter(application, "invitation")!;
    const number = application.inviteeName.replace("Alex Rivera ", "");
    // 6.2 item 1: "Name, title and address of individual at the organization to invite."
    expect(letter.to).toEqual([`Alex Rivera ${number}`, "Deputy Chief", `Los Angeles Probation ${number}`, "9150 East Imperial Highway", "Downey, CA 90242"]);
    expect(letter.salutation).toBe(`Dear Alex Rivera ${number}:`);
    expect(letter.date).toBe("2026-12-03");
    const body = text(letter);
    expect(body).toContain("Dana Director has identified your organization as one which either assists the Child Support Program");
    expect(body).toContain("The Director has recommended that DCSS grant your organization 12 user accounts with access to CSE.");
    expect(body).toContain("Execute a Memorandum of Understanding provided by DCSS.");
    expect(body).toContain("P. O. Box 419064");
    expect(body).toContain("Rancho Cordova, California 95741-9064");
    // Appendix A's footnote to "State and Federal law".
    expect(body).toContain("State and Federal law¹ authorize disclosure of child support information");
    expect(letter.footnotes).toEqual(["42 USC 453A(f),(g)and (h); 45 CFR 302.35; 45 CFR 307.10, 307.11 and 307.13; California Family Law 17212."]);
    // "Very truly yours, Process Manager", signed by the one who sent it; "cc: LCSA Director".
    expect(letter.closing).toBe("Very truly yours,");
    expect(letter.signature).toEqual(["Morgan Manager", "Process Manager"]);
    expect(letter.cc).toEqual([`Dana Director, Director, ${lcsa}`]);
    expect(letter.enclosuresLabel).toBe("Attachments");

    const pdf = await pdfOf(letter);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(letterFileName(application, "invitation")).toBe(`${application.label}-invitation-letter.pdf`);
  });

  it("is a preview before it is sent, dated the day it is read and signed for the CCSAS User Administrator (6.2)", async () => {
    const application = await at("IDENTIFIED");
    const letter = applicationLetter(application, "invitation", new Date("2026-12-08T20:00:00Z"))!;
    expect(letter.date).toBe("2026-12-08");
    expect(letter.signature).toEqual(["CCSAS User Administrator", "Process Manager"]);
    expect(applicationLetters(application)).toEqual([{ kind: "invitation", name: "Invitation letter", preview: true }]);
  });

  it("does not apply to an application withdrawn before it was sent", async () => {
    const application = await at("WITHDRAWN");
    expect(applicationLetter(application, "invitation")).toBeNull();
    expect(applicationLetters(application)).toEqual([]);
  });
});

describe("the Notice of Conditional Acceptance (Appendix C)", () => {
  it("does not apply before the Process Owner approves", async () => {
    const application = await at("AWAITING_DECISION");
    expect(applicationLetter(application, "acceptance")).toBeNull();
    expect(applicationLetter(application, "rejection")).toBeNull();
  });

  it("grants the number of accounts approved, to the Requestor's Contact Person, signed by the Process Owner and copied to the Director", async () => {
    const application = await at("APPROVED");
    const letter = applicationLetter(application, "acceptance")!;
    // 6.6 item 2: "Notice of Conditional Acceptance to the Requestor's Contact Person" (Appendix B's contact).
    expect(letter.to.slice(0, 3)).toEqual(["Alex Rivera", "Deputy Chief", "Los Angeles County Probation Department"]);
    const body = text(letter);
    expect(body).toContain(
      "I have reviewed your application for Child Support Enforcement access and have obtained authority to grant 12 user accounts to your organization upon completion of the following actions:",
    );
    expect(body).toContain("Sign two originals of the Memorandum of Understanding which is enclosed and mail both originals to:");
    expect(body).toContain("Train each of your identified users using the security awareness training module");
    // "contact Access Coordinator": the Coordinator the Director named (6.2 item 2).
    expect(body).toContain(`${lcsa}\nCory Coordinator\nThird Party Access Coordinator\n(562) 555-0100, cory@cssd.example.gov`);
    expect(letter.signature).toEqual(["Owen Owner", "Process Owner"]);
    expect(letter.cc).toEqual([`Dana Director, Director, ${lcsa}`]);
    expect(letter.enclosuresLabel).toBe("Enclosures");
    expect(applicationLetter(application, "rejection")).toBeNull();
    expect(applicationLetters(application).map((entry) => entry.kind)).toEqual(["invitation", "acceptance"]);

    const pdf = await pdfOf(letter);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });
});

describe("the Notice of Rejection (6.6 item 1)", () => {
  it("states the Process Owner's reason and copies the LCSA Director", async () => {
    const application = await at("REJECTED");
    const letter = applicationLetter(application, "rejection")!;
    const body = text(letter);
    expect(body).toContain("I am unable to grant your organization access to CSE, for the following reason:");
    expect(letter.paragraphs).toContain("No statutory authority for the purpose given.");
    expect(letter.signature).toEqual(["Owen Owner", "Process Owner"]);
    expect(letter.cc).toEqual([`Dana Director, Director, ${lcsa}`]);
    expect(applicationLetter(application, "acceptance")).toBeNull();
    expect(applicationLetters(application).map((entry) => entry.kind)).toEqual(["invitation", "rejection"]);

    const pdf = await pdfOf(letter);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(1_000);
  });
});

// ------------------------------------------------------------------ the pages, rendered as the server renders them
