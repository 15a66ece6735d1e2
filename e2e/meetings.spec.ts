import AxeBuilder from "@axe-core/playwright";
import { expect as baseExpect, signedInPage as person, test } from "./support/fixtures";

// Eight browsers and the app share two cores: give each step time to arrive.
const expect = baseExpect.configure({ timeout: 20_000 });

/** `yyyy-mm-ddThh:mm` in California, for the datetime-local field. */
function californiaInput(instant: Date): string {
  const part = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone: "America/Los_Angeles",
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}`;
}

// Eight people in eight browser contexts on a two-core machine: a long journey, given time.
test.setTimeout(240_000);

test("a meeting: attendance first, then the chair opens a motion on the current item and follows its roll call at the top; members and a designee vote from their own browsers, a TAB member only watches, and the published minutes carry the result for everyone", async ({
  browser,
}) => {
  const stamp = Date.now();
  const title = `Emergency meeting ${stamp}`;
  const item = `CR ${stamp}: urgent fix`;
  const question = `Approve the urgent fix ${stamp}?`;

  const chair = await person(browser, "CASES ESC chair");
  await chair.goto("/committees");
  await chair.getByRole("link", { name: "CASES Executive Steering Committee" }).click();
  await chair.getByLabel("Title").fill(title);
  await chair.getByLabel("Kind of meeting").selectOption("EMERGENCY");
  await chair.getByLabel("Starts (California time)").fill(californiaInput(new Date(Date.now() + 3_600_000)));
  await chair.getByLabel("Location or call link").fill("Video call");
  await chair.getByRole("button", { name: "Schedule the meeting" }).click();
  await expect(chair.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const meetingUrl = chair.url();
  // The tab names the meeting, not a generic word.
  await expect(chair).toHaveTitle(new RegExp(`^${title}, [A-Z][a-z]{2} \\d{1,2} · CCSAS Governance$`));

  const addItem = chair.locator("form").filter({ has: chair.getByRole("button", { name: "Add to the agenda" }) });
  await addItem.getByLabel("Item title").fill(item);
  await addItem.getByRole("button", { name: "Add to the agenda" }).click();
  await expect(chair.getByText(`“${item}” is on the agenda.`)).toBeVisible();
  const next = `Release calendar ${stamp}`;
  await addItem.getByLabel("Item title").fill(next);
  await addItem.getByRole("button", { name: "Add to the agenda" }).click();
  await expect(chair.getByText(`“${next}” is on the agenda.`)).toBeVisible();

  // An emergency meeting called for within the hour: its material is not "Posted late".
  await expect(chair.getByText("An emergency meeting: materials are posted as soon as they are ready, and none is flagged late.")).toBeVisible();
  const material = chair.locator("form").filter({ has: chair.getByRole("button", { name: "Post the material" }) });
  await material.getByLabel("Title").fill(`Fix summary ${stamp}`);
  await material.getByLabel("File").setInputFiles({ name: "summary.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n% summary\n") });
  await material.getByRole("button", { name: "Post the material" }).click();
  await expect(chair.getByText(`“Fix summary ${stamp}” is posted.`)).toBeVisible();
  await expect(chair.getByText("Posted late")).toHaveCount(0);

  // Nothing is "Present" until recorded: every member starts "Not recorded", and a save needs a choice for each.
  const statuses = chair.getByRole("combobox", { name: /^Attendance of / });
  const members = await statuses.count();
  expect(members).toBeGreaterThanOrEqual(7);
  for (let index = 0; index < members; index += 1) await expect(statuses.nth(index)).toHaveValue("");
  await chair.getByRole("button", { name: "Save attendance" }).click();
  await expect(chair.getByText("Some fields need attention.")).toBeVisible();
  await expect(chair.getByRole("list", { name: "Rows to fix" }).getByRole("link")).toHaveCount(members);
  await expect(chair.getByLabel("Attendance of Rosa Delgado")).toHaveAccessibleDescription("Choose present, absent or represented by a designee.");
  expect((await new AxeBuilder({ page: chair }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()).violations).toEqual([]);

  // The meeting can start before attendance, but no motion opens until it is saved.
  await chair.getByRole("button", { name: "Start the meeting" }).click();
  await chair.getByRole("dialog").getByRole("button", { name: "Start", exact: true }).click();
  await expect(chair.getByText("In progress", { exact: true })).toBeVisible();
  const now = chair.getByRole("region", { name: `1. ${item}` });
  await expect(now.getByText("Record attendance before opening a motion.")).toBeVisible();
  await expect(chair.getByText(`Open a motion on “${item}”`)).toHaveCount(0);
  // Attendance sits above the item the meeting is on.
  const attendanceBox = (await chair.getByRole("heading", { level: 2, name: "Attendance" }).boundingBox())!;
  expect(attendanceBox.y).toBeLessThan((await now.boundingBox())!.y);

  // Rosa Delgado cannot come; Dana Director represents her at this meeting. Everyone else is present.
  for (let index = 0; index < members; index += 1) await statuses.nth(index).selectOption("PRESENT");
  await chair.getByLabel("Attendance of Rosa Delgado").selectOption("DESIGNEE");
  await chair.getByLabel("Designee's email for Rosa Delgado").fill("director@demo.local");
  await chair.getByRole("button", { name: "Save attendance" }).click();
  await expect(chair.getByText("Attendance saved.")).toBeVisible();
  await expect(chair.getByText("7 of 7 voting members present or represented; quorum is 4.")).toBeVisible();
  await expect(chair.getByText("Rosa Delgado (by Dana Director)")).toBeVisible();
  await expect(chair.getByText("Edit attendance")).toBeVisible();

  await expect(now.getByRole("link", { name: `Move on to 2. ${next}` })).toBeVisible();
  await now.getByText(`Open a motion on “${item}”`).click();
  await now.getByLabel(`Motion on “${item}”`).fill(question);
  await now.getByRole("button", { name: "Open the motion" }).click();
  await expect(chair.getByText("The motion is open: members can vote now.")).toBeVisible();
  // The roll call is on the current item, at the top; the open-motion form is gone, so no duplicate.
  await expect(now.getByText("0 of 7 voting members have voted.")).toBeVisible();
  await expect(now.getByRole("table", { name: "Roll call" })).toBeVisible();
  await expect(now.getByRole("link", { name: question })).toBeVisible();
  await expect(chair.getByText(`Open a motion on “${item}”`)).toHaveCount(0);
  await expect(chair.getByRole("heading", { level: 2, name: `1. ${item}` })).toBeFocused();
  // The next item waits below, with no motion form of its own; reordering sits in "Edit agenda".
  const rest = chair.getByRole("region", { name: "The rest of the agenda" });
  await expect(rest.getByRole("heading", { name: `2. ${next}` })).toBeVisible();
  await expect(rest.getByRole("link", { name: `Take up now: “${next}”` })).toBeVisible();
  await expect(chair.getByRole("button", { name: `Move “${next}” up` })).toBeHidden();

  // For the closing note: the chair's meeting view at desktop and tablet width.
  // The live view meets WCAG 2.1 AA at both widths.
  await chair.setViewportSize({ width: 1280, height: 1000 });
  await chair.screenshot({ path: "/tmp/shots/meeting-desktop.png", fullPage: true });
  expect((await new AxeBuilder({ page: chair }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()).violations).toEqual([]);
  await chair.setViewportSize({ width: 820, height: 1180 });
  await chair.screenshot({ path: "/tmp/shots/meeting-tablet.png", fullPage: true });
  expect((await new AxeBuilder({ page: chair }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()).violations).toEqual([]);
  await chair.setViewportSize({ width: 1280, height: 720 });

  const voters: [string, string][] = [
    ["CASES ESC voting member", "approve"],
    ["CASES ESC member, category 1", "approve"],
    ["CASES ESC member, category 2", "approve"],
    ["CASES ESC member, category 3", "reject"],
    // The designee recorded on the attendance votes for Rosa Delgado.
    ["LCSA Director, Los Angeles", "approve"],
  ];
  const pages = await Promise.all(voters.map(([label]) => person(browser, label)));
  await Promise.all(
    pages.map(async (page, index) => {
      await page.goto(meetingUrl);
      await page.getByRole("link", { name: "Vote on this motion" }).click();
      await expect(page.getByRole("heading", { level: 1, name: question })).toBeVisible();
      await page.getByRole("radio", { name: voters[index]![1] }).check();
      await page.getByRole("button", { name: "Vote" }).click();
      await expect(page.getByText(`Your vote is recorded: ${voters[index]![1]}.`)).toBeVisible();
    }),
  );
  await pages[4]!.reload();
  await expect(pages[4]!.getByText("You vote as the designee of Rosa Delgado.")).toBeVisible();

  // A TAB member follows the motion at the meeting, with no way to vote.
  const tab = await person(browser, "CASES Consortium Project Leader (TAB)");
  await tab.goto(meetingUrl);
  await expect(tab.getByRole("link", { name: question }).first()).toBeVisible();
  await expect(tab.getByText("You can follow this motion, but you are not one of its voting members.")).toBeVisible();
  await expect(tab.getByRole("link", { name: "Vote on this motion" })).toHaveCount(0);
  await tab.getByRole("link", { name: question }).first().click();
  await expect(tab.getByRole("heading", { level: 1, name: question })).toBeVisible();
  await expect(tab.getByRole("button", { name: "Vote" })).toHaveCount(0);

  // The chair's meeting page follows the votes by itself.
  await expect(chair.getByText("5 of 7 voting members have voted.")).toBeVisible({ timeout: 30_000 });
  await chair.getByRole("button", { name: "Close the motion" }).click();
  await chair.getByRole("dialog").getByRole("button", { name: "Close and count" }).click();
  const result = "Passed: 4 of 5 votes cast approve; quorum of 4 met.";
  await expect(chair.getByText(result)).toBeVisible();
  // Decided: the meeting moves on to the next item, and the chair's focus with it.
  await expect(chair.getByRole("region", { name: `2. ${next}` }).getByText(`Open a motion on “${next}”`)).toBeVisible();
  await expect(chair.getByRole("heading", { level: 2, name: `2. ${next}` })).toBeFocused();

  await chair.getByRole("button", { name: "Adjourn the meeting" }).click();
  await chair.getByRole("dialog").getByRole("button", { name: "Adjourn" }).click();
  await expect(chair.getByText("Adjourned", { exact: true })).toBeVisible();
  await chair.getByRole("button", { name: "Draft the minutes" }).click();
  const minutes = chair.getByLabel("Minutes text");
  await expect(minutes).toHaveValue(new RegExp(`Result: ${result.replace(/[.?;]/g, "\\$&")}`));
  await expect(minutes).toHaveValue(/- Rosa Delgado \(by designee Dana Director\): approve/);
  await expect(minutes).toHaveValue(/- Lee Nakamura: reject/);
  await minutes.fill(`${await minutes.inputValue()}\nThe chair thanked the members for meeting at short notice.\n`);
  await chair.getByRole("button", { name: "Save the minutes" }).click();
  await expect(chair.getByText("The minutes are saved.")).toBeVisible();
  await chair.getByRole("button", { name: "Publish the minutes" }).click();
  await chair.getByRole("dialog").getByRole("button", { name: "Publish" }).click();
  await expect(chair.getByText(/^Published /)).toBeVisible();

  // Anyone, signed out, reads them.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/minutes");
  await expect(visitor.getByRole("heading", { level: 1, name: "Published minutes" })).toBeVisible();
  await visitor.getByRole("link", { name: title }).click();
  await expect(visitor.getByRole("heading", { level: 1, name: "CASES Executive Steering Committee: minutes" })).toBeVisible();
  await expect(visitor.getByText(`Result: ${result}`)).toBeVisible();
  await expect(visitor.getByText("Rosa Delgado (by designee Dana Director): approve")).toBeVisible();
  await expect(visitor.getByText("The chair thanked the members for meeting at short notice.")).toBeVisible();
  await expect(visitor.getByRole("button", { name: "Sign out" })).toHaveCount(0);
  const pdf = await visitor.request.get(`${visitor.url()}/pdf`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["content-disposition"]).toMatch(/^attachment; filename="minutes-CASES-Executive-Steering-Committee-/);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

  for (const page of [chair, tab, visitor, ...pages]) await page.context().close();
});

test("a member downloads a meeting's material, and a signed-out visitor cannot", async ({ browser, page, signInAs }) => {
  await signInAs("CASES ESC voting member");
  await page.goto("/committees");
  await page.getByRole("link", { name: "CASES Executive Steering Committee" }).click();
  // The seeded upcoming meeting (another test may have scheduled an earlier one).
  await page
    .getByRole("region", { name: "Upcoming" })
    .getByRole("link", { name: /regular meeting$/ })
    .first()
    .click();
  const material = page.getByRole("link", { name: "Draft agenda" });
  const href = (await material.getAttribute("href"))!;
  const response = await page.request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toContain("attachment;");

  const visitor = await (await browser.newContext()).newPage();
  const refused = await visitor.request.get(href, { maxRedirects: 0 });
  expect(refused.status()).toBe(307);
  expect(refused.headers().location).toContain("/signin");
  await visitor.context().close();
});

// Issue 12, fidelity 3 (Governance plan 2.10, 5.1.3): the M&O Contract Manager coordinates the ESC's agenda.
test("the M&O Contract Manager adds to the CASES ESC's agenda, and does not run the meeting", async ({ browser }) => {
  const stamp = Date.now();
  const chair = await person(browser, "CASES ESC chair");
  await chair.goto("/committees");
  await chair.getByRole("link", { name: "CASES Executive Steering Committee" }).click();
  await chair.getByLabel("Title").fill(`Coordinated meeting ${stamp}`);
  await chair.getByLabel("Starts (California time)").fill(californiaInput(new Date(Date.now() + 7 * 86_400_000)));
  await chair.getByRole("button", { name: "Schedule the meeting" }).click();
  await expect(chair.getByRole("heading", { level: 1, name: `Coordinated meeting ${stamp}` })).toBeVisible();
  const meetingUrl = new URL(chair.url()).pathname;
  await chair.context().close();

  const manager = await person(browser, "M&O Contract Manager (TAB)");
  await manager.goto(meetingUrl);
  const addItem = manager.locator("form").filter({ has: manager.getByRole("button", { name: "Add to the agenda" }) });
  await addItem.getByLabel("Item title").fill(`Contract deliverables ${stamp}`);
  await addItem.getByRole("button", { name: "Add to the agenda" }).click();
  await expect(manager.getByText(`“Contract deliverables ${stamp}” is on the agenda.`)).toBeVisible();
  await expect(manager.getByRole("button", { name: "Start the meeting" })).toHaveCount(0);

  // Governance plan 2.1: a policy question goes to the Policy Branch, not to a vote.
  await manager.getByText(`Route “Contract deliverables ${stamp}” to the Policy Branch`).click();
  await manager.getByLabel(`Why “Contract deliverables ${stamp}” is a policy question`).fill("It asks what the program's policy is, not how the system works.");
  await manager.getByRole("button", { name: "Route to the Policy Branch" }).click();
  await expect(manager.getByText("Routed to the Policy Branch", { exact: true })).toBeVisible();
  await expect(manager.getByText(/It asks what the program's policy is/)).toBeVisible();
  await expect(manager.getByText(`Route “Contract deliverables ${stamp}” to the Policy Branch`)).toHaveCount(0);
  await manager.context().close();
});

// Issue 13, item 2: agenda items "CR-0002 … ESC vote" linked neither to the change request nor to its motion.
test("an agenda item links to its change request and to the motion that decides it, with how it stands", async ({ page, signInAs }) => {
  await signInAs("CASES ESC voting member");
  await page.goto("/committees");
  await page.getByRole("link", { name: "CASES Executive Steering Committee" }).click();
  await page
    .getByRole("region", { name: "Upcoming" })
    .getByRole("link", { name: /regular meeting$/ })
    .first()
    .click();
  const crLink = page.getByRole("link", { name: /^Change request CR-\d{4}$/ });
  const item = page.getByRole("listitem").filter({ has: crLink }).filter({ hasText: "ESC vote" }).filter({ hasText: "Motion:" }).first();
  await expect(item.getByText("Voting open")).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()).violations).toEqual([]);
  const number = (await item.getByRole("link", { name: /^Change request CR-\d{4}$/ }).textContent())!.replace("Change request ", "");
  const motion = item.locator('a[href^="/motions/"]');
  const question = (await motion.textContent())!;

  await item.getByRole("link", { name: `Change request ${number}` }).click();
  await expect(page).toHaveURL(/\/change-requests\/[0-9a-f-]{36}$/);
  // The change request's page: its title is the one the agenda item names, with its number.
  const crTitle = (await page.getByRole("heading", { level: 1 }).textContent())!;
  await expect(page.getByText(number).first()).toBeVisible();
  await page.goBack();
  await expect(item).toContainText(`${number} “${crTitle}”`);
  await item.locator('a[href^="/motions/"]').click();
  await expect(page).toHaveURL(/\/motions\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: question })).toBeVisible();
});
