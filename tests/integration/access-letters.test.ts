/**
 * The letters of an application as its page and its PDF give them (src/server/access/letters.ts):
 * filled from what the application recorded, each only once it applies. The expected wording is
 * written by hand from CCSAS Third Party Access Process v1.1: Appendix A (the invitation, 6.3),
 * Appendix C (the conditional acceptance, 6.6 item 2) and 6.6 item 1 (the rejection and its reason,
 * copied to the LCSA Director).
 */
import { renderToStaticMarkup } from "react-dom/server";
import type { ReactElement } from "react";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Letter } from "@/domain/access/letters";
import type { CurrentUser } from "@/lib/context";
import { db } from "@/lib/db/client";
import { letterPdf } from "@/server/access/letter-pdf";
import { applicationLetter, applicationLetters, letterFileName } from "@/server/access/letters";
import { readableApplication, type ApplicationDetail } from "@/server/access/queries";
import { accessWorld, applicationAt, NOW, type AccessWorld, type Milestone } from "../support/access-world.ts";

// The pages read the signed-in person through the session; here it is whoever the test signs in as.
let current: CurrentUser | null = null;
vi.mock("@/server/session", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  requireUser: () => Promise.resolve(current),
  getCurrentUser: () => Promise.resolve(current),
}));

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

type Person = keyof AccessWorld["people"] | "requestor";

async function signIn(person: Person, requestorId: string | null) {
  const id = person === "requestor" ? requestorId! : w.people[person].id;
  current = (await w.as({ id })).actor;
}

/** The application page's HTML at that milestone, for that person. */
async function page(milestone: Milestone, person: Person): Promise<string> {
  const { default: ApplicationPage } = await import("@/app/(app)/access/applications/[id]/page");
  const driven = await applicationAt(db, w, milestone);
  await signIn(person, driven.requestorId);
  return renderToStaticMarkup((await ApplicationPage({ params: Promise.resolve({ id: driven.id }) })) as ReactElement);
}

/** The home task list's links (src/domain/access/tasks.ts) and the withdrawal. */
const ANCHORS = [
  "invitation",
  "application",
  "reviews",
  "legal-review",
  "connectivity",
  "forward",
  "decision",
  "package",
  "mou",
  "countersign",
  "office-id",
  "infrastructure",
  "withdraw",
];

describe("the application page", () => {
  it("has every section the task list links to, and a step tracker of the ten steps", async () => {
    const html = await page("IDENTIFIED", "manager");
    for (const anchor of ANCHORS) expect(html, anchor).toContain(`id="${anchor}"`);
    expect(html.match(/<ol aria-label="Steps of the application"/g)).toHaveLength(1);
    expect(html).toContain('aria-current="step"');
  });

  // Each step's form shows to the role whose step it is, and to no one else looking at the same moment.
  const FORMS: [Milestone, Person, string, Person][] = [
    ["IDENTIFIED", "manager", "Send the invitation letter", "director"],
    ["INVITED", "requestor", 'name="requestorName"', "manager"],
    ["UNDER_REVIEW", "manager", "Request the legal review", "legal"],
    ["REVIEWS_REQUESTED", "legal", 'name="delays"', "manager"],
    ["REVIEWS_REQUESTED", "infrastructure", "Send the connectivity test", "legal"],
    ["REVIEWS_ANSWERED", "manager", "Send it to the Process Owner for decision", "owner"],
    ["AWAITING_DECISION", "owner", 'name="approvedAccounts"', "manager"],
    ["APPROVED", "manager", "Record the approval package as sent", "owner"],
    ["PACKAGE_SENT", "requestor", 'type="file"', "manager"],
    ["MOU_SIGNED", "owner", "Countersign the MOU", "manager"],
    ["ACTIVE", "infrastructure", 'name="officeId"', "owner"],
    ["OFFICE_ID", "infrastructure", 'name="evaluation"', "manager"],
    ["INVITED", "director", "Withdraw the application", "coordinator"],
  ];
  it.each(FORMS)("at %s, %s sees the step's form (%s); %s does not", async (milestone, person, marker, other) => {
    expect(await page(milestone, person)).toContain(marker);
    expect(await page(milestone, other)).not.toContain(marker);
  });

  it("shows the Requestor what is asked of them, and the Process Owner what the guide reserves", async () => {
    const requestor = await page("INVITED", "requestor");
    expect(requestor).toContain("What is asked of you");
    expect(requestor).toContain('href="#application"');
    expect(requestor).toContain("Still needed before you can submit");
    const owner = await page("AWAITING_DECISION", "owner");
    expect(owner).toContain("Reserved by the allocation guide");
    expect(owner).toContain("Reject the application");
  });

  it("links the organization's page and the letters once approved, and shows a rejection's reason", async () => {
    const approved = await page("ACTIVE", "coordinator");
    expect(approved).toMatch(/href="\/access\/organizations\/[0-9a-f-]{36}"/);
    expect(approved).toContain("/letters/acceptance");
    const rejected = await page("REJECTED", "director");
    expect(rejected).toContain("No statutory authority for the purpose given.");
    expect(rejected).toContain("/letters/rejection");
    expect(rejected).not.toContain("/letters/acceptance");
  });

  it("is forbidden to another organization's Requestor", async () => {
    // What next.config's experimental.authInterrupts sets in a build; vitest does not read the config.
    vi.stubEnv("__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS", "true");
    await expect(page("INVITED", "otherRequestor")).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_HTTP_ERROR_FALLBACK;403") });
  });
});

describe("the letter's page and its PDF", () => {
  it("serves an applicable letter as a PDF download, and answers 404 for one that does not apply yet", async () => {
    const { GET } = await import("@/app/(app)/access/applications/[id]/letters/[kind]/pdf/route");
    const { default: LetterPage } = await import("@/app/(app)/access/applications/[id]/letters/[kind]/page");
    const driven = await applicationAt(db, w, "AWAITING_DECISION");
    await signIn("director", null);
    const get = (kind: string) => GET(new Request("http://localhost/"), { params: Promise.resolve({ id: driven.id, kind }) });

    const invitation = await get("invitation");
    expect(invitation.status).toBe(200);
    expect(invitation.headers.get("content-type")).toBe("application/pdf");
    expect(invitation.headers.get("content-disposition")).toContain(`filename="${driven.label}-invitation-letter.pdf"`);
    expect(
      Buffer.from(await invitation.arrayBuffer())
        .subarray(0, 5)
        .toString("latin1"),
    ).toBe("%PDF-");
    expect((await get("acceptance")).status).toBe(404);
    expect((await get("nonsense")).status).toBe(404);

    const html = renderToStaticMarkup((await LetterPage({ params: Promise.resolve({ id: driven.id, kind: "invitation" }) })) as ReactElement);
    expect(html).toContain("Download PDF");
    expect(html).toContain(`/access/applications/${driven.id}/letters/invitation/pdf`);
    await expect(LetterPage({ params: Promise.resolve({ id: driven.id, kind: "acceptance" }) })).rejects.toMatchObject({
      digest: expect.stringContaining("NEXT_HTTP_ERROR_FALLBACK;404"),
    });

    await signIn("otherRequestor", null);
    expect((await get("invitation")).status).toBe(404);
    current = null;
    expect((await get("invitation")).status).toBe(401);
  });
});
