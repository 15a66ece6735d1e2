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

test("a meeting: the chair opens a motion on an agenda item, members and a designee vote from their own browsers, a TAB member only watches, and the published minutes carry the result for everyone", async ({
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

  const addItem = chair.locator("form").filter({ has: chair.getByRole("button", { name: "Add to the agenda" }) });
  await addItem.getByLabel("Item title").fill(item);
  await addItem.getByRole("button", { name: "Add to the agenda" }).click();
  await expect(chair.getByText(`“${item}” is on the agenda.`)).toBeVisible();

  // Rosa Delgado cannot come; Dana Director represents her at this meeting.
  await chair.getByLabel("Attendance of Rosa Delgado").selectOption("DESIGNEE");
  await chair.getByLabel("Designee's email for Rosa Delgado").fill("director@demo.local");
  await chair.getByRole("button", { name: "Save attendance" }).click();
  await expect(chair.getByText("Attendance saved.")).toBeVisible();

  await chair.getByRole("button", { name: "Start the meeting" }).click();
  await chair.getByRole("dialog").getByRole("button", { name: "Start", exact: true }).click();
  await expect(chair.getByText("In progress", { exact: true })).toBeVisible();

  await chair.getByText(`Open a motion on “${item}”`).click();
  await chair.getByLabel(`Motion on “${item}”`).fill(question);
  await chair.getByRole("button", { name: "Open the motion" }).first().click();
  await expect(chair.getByText("The motion is open: members can vote now.")).toBeVisible();
  await expect(chair.getByText("0 of 7 voting members have voted.")).toBeVisible();

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
