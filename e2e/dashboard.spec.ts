import { readFile } from "node:fs/promises";
import type { Browser, Page } from "@playwright/test";
import { expect as baseExpect, test, welcomeHeading } from "./support/fixtures";

/**
 * The Consortium Project Leader's day: import existing requests from CSV (a file with a
 * mistake first: nothing is imported), find them in the list, export the filtered list,
 * read the dashboard, raise an alert and escalate an issue that the ESC chair resolves.
 * Every test imports the rows it needs under a unique token, so tests run in any order.
 */
test.setTimeout(180_000);
// Server actions and page loads share two cores with the browsers: give each answer time.
const expect = baseExpect.configure({ timeout: 20_000 });

const HEADER = "external_ref,title,consortium,kind,state,benefits";

async function person(browser: Browser, label: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/signin");
  await page.getByRole("button", { name: `Sign in as ${label}` }).click();
  await expect(welcomeHeading(page)).toBeVisible();
  return page;
}

async function upload(page: Page, name: string, csv: string) {
  await page.getByLabel("CSV file").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Check the file" }).click();
}

/** Imports rows as the CPL through the import page. */
async function importRows(page: Page, rows: string[]) {
  await page.goto("/change-requests/import");
  await upload(page, "requests.csv", `${HEADER}\n${rows.join("\n")}\n`);
  await page.getByRole("button", { name: `Import ${rows.length} change request` }).click();
  await expect(page.getByText(`Imported ${rows.length} change request`)).toBeVisible();
}

test("the CPL imports requests from CSV, filters the list, exports it and reads the dashboard", async ({ page, signInAs }) => {
  const token = `Z${Date.now().toString(36)}`;
  await signInAs("CASES Consortium Project Leader (TAB)");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Change requests" }).click();
  await page.getByRole("link", { name: "Import from CSV" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import change requests" })).toBeVisible();

  // A file with a mistake: every row is listed with its problems, and nothing is imported.
  const good = [
    `${token}-1,${token} nightly arrears job,CASES,enhancement,Build and test,performance`,
    `${token}-2,${token} hold flag report,CASES,enhancement,Impact analysis,certification`,
  ];
  await upload(page, "with-a-mistake.csv", `${HEADER}\n${good[0]}\n${token}-2,,CASES,enhancement,Impact analysis,speed\n`);
  await expect(page.getByText("1 of 2 rows has problems. Nothing was imported.")).toBeVisible();
  const badRow = page.getByRole("row", { name: new RegExp(`${token}-2`) });
  await expect(badRow).toContainText("title is required");
  await expect(badRow).toContainText('"speed" is not a benefit');
  await expect(page.getByRole("button", { name: /^Import \d/ })).toHaveCount(0);

  await page.goto(`/change-requests?q=${token}`);
  await expect(page.getByRole("heading", { name: "No change requests" })).toBeVisible();

  // The corrected file imports whole.
  await importRows(page, good);
  await page.getByRole("link", { name: "See them in the list" }).click();

  // Search and filter; the choices live in the address.
  await page.getByLabel("Search", { exact: true }).fill(token);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("heading", { name: "1–2 of 2 change requests" })).toBeVisible();
  await page.getByLabel("Step").selectOption({ label: "Build and test" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/state=BUILD_AND_TEST/);
  await expect(page.getByRole("heading", { name: "1–1 of 1 change request" })).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(`${token} nightly arrears job`) });
  await expect(row).toContainText("Developers (build and test)");
  await expect(row).toContainText(`was ${token}-1`);
  // Sorting by a column keeps the filter.
  await page.getByRole("link", { name: /^Title/ }).click();
  await expect(page).toHaveURL(/sort=title/);
  await expect(page).toHaveURL(/state=BUILD_AND_TEST/);

  // The filtered list as CSV.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download it as CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^change-requests-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path(), "utf8");
  expect(csv).toContain("Number,External ref,Title,Consortium,Kind,Step,Waiting on");
  expect(csv).toContain(`${token} nightly arrears job`);
  // Issue 13: times as the screen shows them, California's with the zone, never UTC instants.
  expect(csv).toContain("In step since (California time),Last updated (California time)");
  expect(csv).toMatch(/,\d{4}-\d{2}-\d{2} \d{2}:\d{2} P[SD]T,\d{4}-\d{2}-\d{2} \d{2}:\d{2} P[SD]T\r?\n/);
  expect(csv).not.toMatch(/\d{2}:\d{2}:\d{2}\.\d{3}Z/);
  expect(csv).not.toContain(`${token} hold flag report`);

  // The dashboard counts them.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Change request dashboard" })).toBeVisible();
  await page.getByLabel("Consortium").selectOption("CASES");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/consortium=CASES/);
  const where = page.getByRole("figure", { name: "Where change requests are" });
  const buildRow = where.getByRole("row", { name: /^Build and test/ });
  await expect(buildRow).toBeVisible();
  expect(Number(await buildRow.getByRole("cell").last().textContent())).toBeGreaterThanOrEqual(1);
  await buildRow.getByRole("link", { name: "Build and test" }).click();
  await expect(page).toHaveURL(/state=BUILD_AND_TEST&consortium=CASES/);
  await expect(page.getByRole("row", { name: new RegExp(`${token} nightly arrears job`) })).toBeVisible();
});

test("the CPL raises an alert and escalates an issue; the ESC chair (TSD) resolves it", async ({ browser }) => {
  const token = `E${Date.now().toString(36)}`;
  const cpl = await person(browser, "CASES Consortium Project Leader (TAB)");
  await cpl.goto("/dashboard/alerts");
  await cpl.getByRole("radio", { name: "Schedule" }).check();
  await cpl.getByLabel("What is wrong, and what is being done").fill(`${token}: UAT starts three weeks late.`);
  await cpl.getByRole("button", { name: "Raise the alert" }).click();
  await expect(cpl.getByText(/Alert raised\. \d+ people of the ESC and TAB were notified\./)).toBeVisible();
  await expect(cpl.getByText(`${token}: UAT starts three weeks late.`)).toBeVisible();

  await cpl.goto("/dashboard/escalations");
  await cpl.getByLabel("Issue").fill(`${token} vendor staffing`);
  await cpl.getByLabel("What cannot be resolved, and what has been tried").fill("The vendor cannot staff the release and the conversion at once.");
  await cpl.getByRole("button", { name: "Record the issue" }).click();
  await expect(cpl.getByText(`Issue "${token} vendor staffing" recorded.`)).toBeVisible();
  await cpl.getByRole("link", { name: `${token} vendor staffing` }).click();
  await cpl.getByRole("radio", { name: /Escalate to the TSD/ }).check();
  await cpl.getByLabel("Note", { exact: true }).fill("The contract manager could not add staff.");
  await cpl.getByRole("button", { name: "Record the step" }).click();
  await expect(cpl.getByText(/Escalated to the TSD Deputy or Assistant Deputy Director/)).toBeVisible();
  // Now with TSD: the CPL may only add notes; resolving or escalating is theirs.
  await expect(cpl.getByRole("radio", { name: /Add a note/ })).toBeVisible();
  await expect(cpl.getByRole("radio", { name: /Resolve|Escalate/ })).toHaveCount(0);
  const issueUrl = cpl.url();

  const chair = await person(browser, "CASES ESC chair");
  await chair.goto(issueUrl);
  await expect(chair.getByText("The contract manager could not add staff.")).toBeVisible();
  await chair.getByRole("radio", { name: "Resolve the issue" }).check();
  await chair.getByLabel("Note", { exact: true }).fill("Release moves two weeks; the vendor staffs the conversion first.");
  await chair.getByRole("button", { name: "Record the step" }).click();
  // Resolved, the issue offers no more steps; its resolution heads the page.
  await expect(chair.getByRole("status").filter({ hasText: "Resolved" })).toContainText("Release moves two weeks");
  await expect(chair.getByRole("button", { name: "Record the step" })).toHaveCount(0);
  await cpl.reload();
  await expect(cpl.getByRole("status").filter({ hasText: "Resolved" })).toContainText("Release moves two weeks");
});

test("the ESC chair ranks the backlog from the keyboard, and a stale page is refused", async ({ browser }) => {
  const token = `R${Date.now().toString(36)}`;
  const cpl = await person(browser, "CASES Consortium Project Leader (TAB)");
  await importRows(cpl, [
    `${token}-1,${token} first,CASES,enhancement,JAD detail design,productivity`,
    `${token}-2,${token} second,CASES,enhancement,User acceptance testing,certification`,
  ]);

  const chair = await person(browser, "CASES ESC chair");
  await chair.goto("/change-requests/ranking");
  await expect(chair.getByRole("heading", { level: 1, name: "CASES backlog ranking" })).toBeVisible();
  const stale = await (await browser.newContext({ storageState: await chair.context().storageState() })).newPage();
  await stale.goto("/change-requests/ranking");

  for (const name of [`${token} first`, `${token} second`]) {
    await chair.getByRole("button", { name: new RegExp(`^Add to the ranking: .*${name}$`) }).click();
    await expect(chair.getByRole("status").filter({ hasText: /is now number \d+/ })).toHaveText(/is now number \d+/);
  }
  const ranked = chair.getByRole("list", { name: "Ranked backlog, highest priority first" });
  const order = async () => (await ranked.getByRole("link").allTextContents()).filter((text) => text.includes(token));
  await expect.poll(order).toEqual([expect.stringContaining(`${token} first`), expect.stringContaining(`${token} second`)]);

  // From the keyboard: focus "Up" on the second and press Enter; focus stays with it.
  const up = chair.getByRole("button", { name: new RegExp(`^Up: .*${token} second$`) });
  await up.focus();
  await chair.keyboard.press("Enter");
  await expect.poll(order).toEqual([expect.stringContaining(`${token} second`), expect.stringContaining(`${token} first`)]);
  // Now first, its "Up" is disabled: focus moves to its "Down", still on the same change request.
  await expect(chair.locator(":focus")).toHaveAttribute("aria-label", new RegExp(`^Down: .*${token} second$`));

  // The page opened before these moves still shows the old order: its move is refused.
  await stale
    .getByRole("button", { name: /^Add to the ranking: / })
    .first()
    .click();
  await expect(stale.getByRole("alert").filter({ hasText: "Someone changed the ranking while you were looking at it" })).toBeVisible();
});

// Issue 12, fidelity 9 (Governance plan 5.1.2): the CTM reports a risk early; the ESC sees it.
test("the Consortium Technical Manager files an early risk, and an ESC member reads it", async ({ browser }) => {
  const stamp = Date.now();
  const ctm = await person(browser, "CASES Consortium Technical Manager (TAB)");
  await ctm.goto("/dashboard/staff-reports");
  await expect(ctm.getByLabel("What it reports")).toHaveValue("EARLY_RISK");
  await expect(ctm.getByLabel("What it reports").locator("option")).toHaveCount(1);
  await ctm.getByLabel("Title").fill(`SDU layout risk ${stamp}`);
  await ctm.getByLabel("The report in full").fill("The change touches the SDU interface; bring it to the CCB early.");
  await ctm.getByRole("button", { name: "File and send to the ESC" }).click();
  await expect(ctm.getByRole("heading", { name: `CASES: SDU layout risk ${stamp}` })).toBeVisible();
  await ctm.context().close();

  const member = await person(browser, "CASES ESC voting member");
  await member.goto("/dashboard/staff-reports");
  await expect(member.getByRole("heading", { name: `CASES: SDU layout risk ${stamp}` })).toBeVisible();
  await expect(member.getByRole("button", { name: "File and send to the ESC" })).toHaveCount(0);
  await member.context().close();
});
