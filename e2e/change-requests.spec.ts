import type { Page } from "@playwright/test";
import { expect as baseExpect, person, test } from "./support/fixtures";

// Each step writes, moves the change request and opens votes in one transaction; on a busy two-core machine that can take a while.
const expect = baseExpect.configure({ timeout: 30_000 });

const stateBadge = (page: Page, state: string) => page.locator("header").getByText(state, { exact: true });
const card = (page: Page, title: string) => page.locator("section", { has: page.getByRole("heading", { name: title, exact: true }) });

/** Fills a change request's initiation form (Governance plan 3.1.1) as a draft's author would. */
async function fillInitiation(page: Page, title: string) {
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Short description of the scope").fill("Send arrears notices nightly instead of by hand.");
  await page.getByRole("checkbox", { name: "Program performance" }).check();
  await page.getByRole("checkbox", { name: "Worker productivity" }).check();
  await page.getByLabel("Urgency drivers").fill("The backlog grows every month; CCSAS is two years away.");
  await page.getByLabel("Alignment with, and impact on, the other consortium").fill("ARS already sends them nightly.");
  await page.getByLabel("Alignment with, and impact on, the CCSAS solution").fill("Retired with the CCSAS conversion.");
  await page.getByRole("radio", { name: "Medium" }).check();
}

/** Plan 3.1.5 item 2: the developers' unit and system testing is recorded. */
async function recordDevelopersTesting(page: Page, unit: string, system: string) {
  await page.getByRole("checkbox", { name: "Unit testing passed" }).check();
  await page.getByLabel("Unit testing: what was tested and the result").fill(unit);
  await page.getByRole("checkbox", { name: "System and subsystem testing passed" }).check();
  await page.getByLabel("System testing: what was tested and the result").fill(system);
  await page.getByRole("button", { name: "Save the developers' testing" }).click();
  await expect(page.getByText("Developers' testing saved.")).toBeVisible();
}

/** Plan 3.1.5 item 2: the developers' unit and system testing is recorded, then UAT starts. */
async function testedByDevelopers(page: Page, unit: string, system: string) {
  await recordDevelopersTesting(page, unit, system);
  await page.getByRole("button", { name: "Start user acceptance testing" }).click();
  await expect(stateBadge(page, "User acceptance testing")).toBeVisible();
}

/** Members vote on the change request's open gate motion from their own browsers; the closer closes it. */
async function decide(voters: Page[], closer: Page, crUrl: string, choice: string, result: RegExp) {
  await closer.goto(crUrl);
  const motionUrl = await closer.getByRole("link", { name: "Open the motion to vote or follow it" }).getAttribute("href");
  expect(motionUrl).toMatch(/^\/motions\//);
  for (const page of voters) {
    await page.goto(motionUrl!);
    await page.getByRole("radio", { name: choice, exact: true }).check();
    await page.getByRole("button", { name: "Vote" }).click();
    await expect(page.getByText(`Your vote is recorded: ${choice}.`)).toBeVisible();
  }
  await closer.goto(motionUrl!);
  await closer.getByRole("button", { name: "Close the motion" }).click();
  await closer.getByRole("dialog").getByRole("button", { name: "Close and count" }).click();
  await expect(closer.getByText(result).first()).toBeVisible();
  await closer.goto(crUrl);
}

// Nine people in nine browser contexts on a two-core machine, through every step: a long journey.
test.setTimeout(600_000);

test("an enhancement goes from draft to closed: ESC votes from separate browsers, a CCB decision, a major UAT defect that forces a second pass, and a release", async ({
  browser,
}) => {
  const title = `Nightly arrears notices ${Date.now()}`;
  const cpl = await person(browser, "CASES Consortium Project Leader (TAB)");

  // Initiation: an incomplete submission is refused, field by field, and keeps what was typed.
  await cpl.goto("/change-requests/new");
  await cpl.getByLabel("Title").fill(title);
  await cpl.getByRole("button", { name: "Submit", exact: true }).click();
  const refusal = cpl.getByRole("alert").filter({ hasText: "Complete the form first." });
  await expect(refusal.getByRole("link", { name: "Needed before it can move on: a short description of the scope." })).toBeVisible();
  await expect(refusal.getByRole("link", { name: "Needed before it can move on: the expected benefit." })).toBeVisible();
  await expect(cpl.getByLabel("Title")).toHaveValue(title);
  await fillInitiation(cpl, title);
  await cpl.getByRole("button", { name: "Submit", exact: true }).click();
  await expect(cpl.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(stateBadge(cpl, "Submitted: ESC concept vote")).toBeVisible();
  const crUrl = new URL(cpl.url()).pathname;

  // The concept vote: the chair and three members vote in their own browsers.
  const chair = await person(browser, "CASES ESC chair");
  const members = await Promise.all(
    ["CASES ESC voting member", "CASES ESC member, category 1", "CASES ESC member, category 2"].map((label) => person(browser, label)),
  );
  const esc = [chair, ...members];
  await decide(esc, chair, crUrl, "approve", /^Passed: 4 of 4 votes cast approve/);
  await expect(stateBadge(chair, "Impact analysis")).toBeVisible();

  // The chair names the impact analysis team: one per LCSA, spanning the caseload categories.
  await chair.getByRole("checkbox", { name: /Erin Member \(Butte\)/ }).check();
  await chair.getByRole("button", { name: "Save the impact analysis team" }).click();
  await expect(chair.getByText(/no one represents caseload category 1, 2, 3, 5 or 6/).first()).toBeVisible();
  for (const name of [/Jordan Avila \(Colusa\)/, /Sam Okafor \(Madera\)/, /Lee Nakamura \(Humboldt\)/, /Rosa Delgado \(Kern\)/, /Chris Whitfield \(Fresno\)/]) {
    await chair.getByRole("checkbox", { name }).check();
  }
  await chair.getByRole("button", { name: "Save the impact analysis team" }).click();
  await expect(chair.getByText("Saved the impact analysis team: 6 people.")).toBeVisible();

  // The CPL writes the package: it affects the SDU, so the route will be the CCB.
  await cpl.goto(crUrl);
  await cpl.getByLabel("Complexity and size").fill("Four programs, about 2,000 lines");
  await cpl.getByLabel("Alternatives explored").fill("A manual report");
  await cpl.getByLabel("Recommended solution").fill("A nightly batch job");
  await cpl.getByLabel("Estimated effort").fill("400");
  await cpl.getByLabel("Estimated elapsed time").fill("10");
  await cpl.getByLabel("Estimated cost").fill("$60,000");
  await cpl.getByLabel("Expected outcome or benefit").fill("Fewer manual adjustments");
  await cpl.getByLabel("How long will it be in place").fill("Two years");
  for (const component of ["CSE", "IDB", "CSR", "WAN", "the other consortium"]) {
    await cpl
      .getByRole("group", { name: new RegExp(`^Does it affect ${component === "the other consortium" ? "The other consortium" : component}`) })
      .getByRole("radio", { name: "No" })
      .check();
  }
  await cpl
    .getByRole("group", { name: /^Does it affect SDU/ })
    .getByRole("radio", { name: "Yes" })
    .check();
  await cpl.getByLabel("How it affects SDU (if it does)").fill("The payment file gets a new field.");
  await cpl.getByRole("group", { name: "Does it change any data element or file structure?" }).getByRole("radio", { name: "No" }).check();
  await cpl.getByLabel("Impact to certification").fill("None");
  await cpl.getByLabel("Identified issues and risks").fill("Staff availability at year-end");
  await cpl.getByRole("button", { name: "Submit for the ESC's vote" }).click();
  await expect(cpl.getByText("Package submitted: the ESC's vote on it is open.")).toBeVisible();

  await decide(esc, chair, crUrl, "approve", /^Passed: 4 of 4 votes cast approve/);
  await expect(stateBadge(chair, "Change Control Board review")).toBeVisible();
  await expect(chair.getByText("Goes to the CCSAS Change Control Board")).toBeVisible();

  // The CCB decides; then (plan 3.1.3) "the ESC authorizes development activities to begin".
  const ccb = await person(browser, "CCSAS Change Control Board member");
  await decide([ccb], ccb, crUrl, "approve", /^Passed: 1 of 1 votes? cast approve/);
  await expect(stateBadge(ccb, "CCB approved: ESC authorization of development")).toBeVisible();
  await ccb.context().close();
  await decide(esc, chair, crUrl, "approve", /^Passed: 4 of 4 votes cast approve/);
  await expect(stateBadge(chair, "JAD detail design")).toBeVisible();

  // JAD: the CPL names the team; the JAD member writes the design and recommends approval.
  await cpl.goto(crUrl);
  await cpl.getByRole("checkbox", { name: /Jamie Ortiz/ }).check();
  await cpl.getByRole("button", { name: "Save the JAD team" }).click();
  await expect(cpl.getByText("Saved the JAD team: 1 person.")).toBeVisible();
  const jad = await person(browser, "JAD member, CASES");
  await jad.goto(crUrl);
  await jad.getByLabel("Detailed specification and solution design").fill("Nightly batch selects cases with arrears and prints notices.");
  await jad.getByLabel("Business rules").fill("Only open cases with arrears over $100.");
  await jad.getByLabel("Revised scope").fill("Open cases with arrears over $100 only.");
  await jad.getByLabel("Revised approach").fill("Extend the existing nightly batch.");
  await jad.getByLabel("Revised effort").fill("450");
  await jad.getByLabel("Revised elapsed time").fill("12");
  await jad.getByLabel("Revised cost").fill("66000");
  await jad.getByRole("radio", { name: /^Approve/ }).check();
  await jad.getByRole("button", { name: "Submit the recommendation for the ESC's vote" }).click();
  await expect(jad.getByText("Recommendation submitted: the ESC's vote on it is open.")).toBeVisible();
  await expect(jad.getByRole("row", { name: /Effort 400 hours 450 hours \+50 hours \(\+13%\)/ })).toBeVisible();
  // Plan 3.1.4: the impact analysis scope and approach beside the revised ones.
  await expect(jad.getByRole("row", { name: "Scope Send arrears notices nightly instead of by hand. Open cases with arrears over $100 only." })).toBeVisible();
  await expect(jad.getByRole("row", { name: "Approach A nightly batch job Extend the existing nightly batch." })).toBeVisible();
  await jad.context().close();

  await decide(esc, chair, crUrl, "approve", /^Passed: 4 of 4 votes cast approve/);
  await expect(stateBadge(chair, "Build and test")).toBeVisible();
  for (const page of members) await page.context().close();

  // Build and test: the technical manager records the developers' testing and starts UAT.
  const ctm = await person(browser, "CASES Consortium Technical Manager (TAB)");
  await ctm.goto(crUrl);
  await testedByDevelopers(ctm, "All 40 unit tests pass.", "Batch run on last month's data.");

  // The CPL names the UAT tester; the tester's first pass finds a major defect.
  await cpl.goto(crUrl);
  await cpl.getByRole("checkbox", { name: /Uma Reddy \(Sacramento\)/ }).check();
  await cpl.getByRole("button", { name: "Save the UAT testers" }).click();
  await expect(cpl.getByText("Saved the UAT testers: 1 person.")).toBeVisible();
  const uat = await person(browser, "UAT tester, Sacramento");
  await uat.goto(crUrl);
  await uat.getByRole("button", { name: "Start pass 1" }).click();
  await expect(uat.getByText("UAT pass 1 started.")).toBeVisible();
  await uat.getByText("Report a defect found in pass 1").click();
  await uat.getByRole("radio", { name: /^Major/ }).check();
  await uat.getByLabel("Defect", { exact: true }).fill("Notices go to closed cases");
  await uat.getByLabel("What happened, and what should have happened").fill("Two closed cases got a notice.");
  await uat.getByRole("button", { name: "Report the defect" }).click();
  await expect(uat.getByText("Major defect reported. The ESC and the TAB have been alerted.")).toBeVisible();
  await uat.getByRole("radio", { name: "Passed", exact: true }).check();
  await uat.getByRole("button", { name: "Finish pass 1" }).click();
  await expect(uat.getByText(/Pass 1 found a major defect, so it has not passed/).first()).toBeVisible();
  await uat.getByRole("radio", { name: "Failed", exact: true }).check();
  await uat.getByRole("button", { name: "Finish pass 1" }).click();
  await expect(uat.getByText("UAT pass 1 recorded as failed.")).toBeVisible();

  // Release is refused while the major defect is open.
  await cpl.goto(crUrl);
  await cpl.getByLabel("Defects, resolutions, issues and risks").fill("One major defect, fixed and retested with regression.");
  await cpl.getByRole("button", { name: "Save the report" }).click();
  await expect(cpl.getByText("Summary test report saved.")).toBeVisible();
  await cpl.getByRole("button", { name: "Finish UAT: ready for release" }).click();
  await cpl.getByRole("dialog").getByRole("button", { name: "Finish UAT" }).click();
  await expect(cpl.getByRole("dialog").getByText(/1 major defect is still open/)).toBeVisible();
  await cpl.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();

  // The fix, a second pass with regression, and the tester's sign-off.
  await ctm.goto(crUrl);
  await ctm.getByLabel("How “Notices go to closed cases” was fixed").fill("The batch skips closed cases.");
  await ctm.getByRole("button", { name: "Record the fix" }).click();
  await expect(ctm.getByText("Fix recorded. A tester signs it off after retesting.")).toBeVisible();
  await uat.goto(crUrl);
  await expect(uat.getByRole("checkbox", { name: /Include regression testing/ })).toBeChecked();
  await uat.getByRole("button", { name: "Start pass 2" }).click();
  await expect(uat.getByText("UAT pass 2 started.")).toBeVisible();
  await uat.getByRole("button", { name: "Sign off the fix of “Notices go to closed cases”" }).click();
  await expect(uat.getByText("Signed off: the fix was tested successfully.")).toBeVisible();
  await uat.getByRole("radio", { name: "Passed", exact: true }).check();
  await uat.getByRole("button", { name: "Finish pass 2" }).click();
  await expect(uat.getByText("UAT pass 2 recorded as passed.")).toBeVisible();

  await cpl.goto(crUrl);
  await cpl.getByRole("button", { name: "Finish UAT: ready for release" }).click();
  await cpl.getByRole("dialog").getByRole("button", { name: "Finish UAT" }).click();
  await expect(stateBadge(cpl, "Production release")).toBeVisible();

  // The release: notes, date, CCSAS Operations informed; then it closes.
  await cpl.getByLabel("Release notes").fill("Release 4.2: nightly arrears notices.");
  await cpl.getByLabel("Release date").fill("2026-12-01");
  await cpl.getByRole("group", { name: "CCSAS Operations areas this release affects" }).getByRole("checkbox", { name: "Software release management" }).check();
  await cpl.getByRole("button", { name: "Save the release record" }).click();
  await expect(cpl.getByText("Release record saved.")).toBeVisible();
  await cpl.getByRole("button", { name: "Close the change request" }).click();
  await cpl.getByRole("dialog").getByRole("button", { name: "Close it" }).click();
  await expect(cpl.getByRole("dialog").getByText(/CCSAS Operations has not been notified about software release management/)).toBeVisible();
  await cpl.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
  await cpl.getByRole("group", { name: "Areas CCSAS Operations has been informed of" }).getByRole("checkbox", { name: "Software release management" }).check();
  // Plan 3.1.6: it affects the SDU, a CCSAS-level change, so the SDU releases it on the shared date.
  await expect(cpl.getByRole("group", { name: "CCSAS subcomponents releasing it together" }).getByRole("checkbox", { name: "SDU" })).toBeChecked();
  await cpl.getByRole("group", { name: "Subcomponents ready to release on the shared date" }).getByRole("checkbox", { name: "SDU" }).check();
  await cpl.getByRole("button", { name: "Dismiss the message" }).click();
  await cpl.getByRole("button", { name: "Save the release record" }).click();
  await expect(cpl.getByText("Release record saved.")).toBeVisible();
  await cpl.getByRole("button", { name: "Close the change request" }).click();
  await cpl.getByRole("dialog").getByRole("button", { name: "Close it" }).click();
  await expect(stateBadge(cpl, "Closed")).toBeVisible();

  // The timeline tells the whole story.
  const timeline = card(cpl, "Timeline");
  await expect(timeline.getByText(/ESC concept vote: approve/)).toBeVisible();
  await expect(timeline.getByText(/Change Control Board decision: approve/)).toBeVisible();
  await expect(timeline.getByText(/ESC authorization of development: approve/)).toBeVisible();
  await expect(timeline.getByText(/Major defect found in UAT pass 1/)).toBeVisible();

  for (const page of [cpl, chair, ctm, uat]) await page.context().close();
});

test("an emergency fix skips the ESC's votes and UAT, and cannot close until the ESC is back-briefed", async ({ page, signInAs }) => {
  const title = `Fix duplicate payment posting ${Date.now()}`;
  await signInAs("CASES Consortium Project Leader (TAB)");
  await page.goto("/change-requests/new");
  await page.getByRole("radio", { name: /^Emergency fix/ }).check();
  await fillInitiation(page, title);
  await page.getByRole("button", { name: "Submit", exact: true }).click();
  await expect(stateBadge(page, "Build and test")).toBeVisible();
  await expect(card(page, "ESC back-brief").getByText("On the agenda of the CASES Executive Steering Committee")).toBeVisible();
  await expect(card(page, "Votes").getByText("Emergency fixes and defects skip the ESC's votes; the ESC is back-briefed instead.")).toBeVisible();

  // Plan 2.6: "Except for emergency fixes, every modification ... must be fully tested by LCSA users."
  await recordDevelopersTesting(page, "Duplicate file replayed: posted once.", "Nightly SDU file on the test region.");
  await page.getByRole("button", { name: "Release without UAT (emergency fix)" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Release without UAT" }).click();
  await expect(stateBadge(page, "Production release")).toBeVisible();
  await page.getByLabel("Release notes").fill("Hotfix 4.1.1: payments post once.");
  await page.getByLabel("Release date").fill("2026-11-20");
  await page.getByRole("button", { name: "Save the release record" }).click();
  await expect(page.getByText("Release record saved.")).toBeVisible();

  // Files: a 2 MB PDF is attached; a program file is refused before it is sent.
  const attachments = card(page, "Attachments");
  await attachments.getByLabel("File to attach").setInputFiles({ name: "setup.exe", mimeType: "application/octet-stream", buffer: Buffer.from("MZ") });
  await attachments.getByRole("button", { name: "Attach", exact: true }).click();
  await expect(attachments.getByText("“setup.exe” is not a file type accepted here.", { exact: false })).toBeVisible();
  await attachments.getByLabel("File to attach").setInputFiles({
    name: "Hotfix test evidence.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(2 * 1024 * 1024, 37)]),
  });
  await attachments.getByRole("button", { name: "Attach", exact: true }).click();
  await expect(page.getByText("Attached “Hotfix test evidence.pdf”.")).toBeVisible();
  await expect(attachments.getByRole("link", { name: "Hotfix test evidence.pdf" })).toBeVisible();

  // Blocked until the back-brief.
  await page.getByRole("button", { name: "Close the change request" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Close it" }).click();
  await expect(
    page.getByRole("dialog").getByText("It cannot close yet: the ESC has not been back-briefed on this emergency fix or defect at a meeting."),
  ).toBeVisible();
  await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();

  await page.getByRole("button", { name: "Record the back-brief" }).click();
  await expect(page.getByText("The ESC back-brief is recorded.")).toBeVisible();
  await page.getByRole("button", { name: "Close the change request" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Close it" }).click();
  await expect(stateBadge(page, "Closed")).toBeVisible();
});

test("the CSV import's template is the import's: a CPL downloads it, other staff and a forged cookie do not", async ({ browser }) => {
  const cpl = await person(browser, "CASES Consortium Project Leader (TAB)");
  const mine = await cpl.request.get("/change-requests/import/template", { maxRedirects: 0 });
  expect(mine.status()).toBe(200);
  expect(mine.headers()["content-type"]).toContain("text/csv");
  await cpl.context().close();

  // Program staff who may read change requests but not import them.
  const member = await person(browser, "CASES ESC voting member");
  const theirs = await member.request.get("/change-requests/import/template", { maxRedirects: 0 });
  expect(theirs.status()).toBe(404);
  await member.context().close();

  // A cookie that is present but is no session.
  const stranger = await browser.newContext();
  await stranger.addCookies([{ name: "next-auth.session-token", value: "forged", domain: "localhost", path: "/" }]);
  const forged = await stranger.request.get("/change-requests/import/template", { maxRedirects: 0 });
  expect(forged.status()).not.toBe(200);
  expect(await forged.text()).not.toContain("external_ref");
  await stranger.close();
});

test("a refused form's error summary links each problem to its field, and following a link puts focus there", async ({ page, signInAs }) => {
  await signInAs("CASES Consortium Project Leader (TAB)");
  await page.goto("/change-requests/new");
  await page.getByRole("button", { name: "Submit", exact: true }).click();
  const summary = page.getByRole("alert").filter({ has: page.getByRole("list") });
  await expect(summary).toBeVisible();
  const titleProblem = summary.getByRole("link", { name: "Give the change request a title of at least 3 characters." });
  await expect(titleProblem).toHaveAttribute("href", /^#.+/);
  await titleProblem.click();
  await expect(page.getByLabel("Title")).toBeFocused();

  // Submitted with only a title: each missing item of the initiation form is listed, a group of checkboxes among them.
  await page.getByLabel("Title").fill(`Error summary check ${Date.now()}`);
  await page.getByRole("button", { name: "Submit", exact: true }).click();
  const scope = summary.getByRole("link", { name: /^Needed before it can move on: .*scope/i });
  await expect(scope).toBeVisible();
  await scope.click();
  await expect(page.getByLabel("Short description of the scope")).toBeFocused();
  await summary.getByRole("link", { name: /^Needed before it can move on: .*benefit/i }).click();
  await expect(page.getByRole("checkbox", { name: /^Certification/ })).toBeFocused();
  // Every item is a link to a field of the form.
  for (const link of await summary.getByRole("listitem").all()) await expect(link.getByRole("link")).toHaveAttribute("href", /^#.+/);
});

test("a change request's page title names it, and names nothing for someone who may not see it", async ({ browser }) => {
  const title = `Private draft title ${Date.now()}`;
  const cpl = await person(browser, "CASES Consortium Project Leader (TAB)");
  await cpl.goto("/change-requests/new");
  await cpl.getByLabel("Title").fill(title);
  await cpl.getByRole("button", { name: "Save draft" }).click();
  await expect(cpl.getByText(/Draft saved as CR-\d{4}/)).toBeVisible();
  await expect(cpl).toHaveTitle(new RegExp(`^CR-\\d{4} ${title} · CCSAS Governance$`));
  // A draft is its author's and the CPL's: someone else sent its address learns nothing of it, not even from the title.
  const other = await person(browser, "CASES ESC voting member");
  await other.goto(cpl.url());
  await expect(other.getByRole("heading", { level: 1 })).not.toHaveText(title);
  expect(await other.title()).not.toContain(title);
  expect(await other.title()).not.toMatch(/CR-\d{4}/);
});

test("the backlog ranking opens on the person's own consortium", async ({ browser }) => {
  const casesCpl = await person(browser, "CASES Consortium Project Leader (TAB)");
  await casesCpl.goto("/change-requests/ranking");
  await expect(casesCpl.getByRole("heading", { level: 1, name: "CASES backlog ranking" })).toBeVisible();
  // Another consortium is still one choice away.
  await casesCpl.goto("/change-requests/ranking?consortium=ARS");
  await expect(casesCpl.getByRole("heading", { level: 1, name: "ARS backlog ranking" })).toBeVisible();
});
