import type { Browser, Page } from "@playwright/test";
import { expect, test, welcomeHeading } from "./support/fixtures";

/** Another person at another desk: a fresh browser context, signed in with a demo button. */
async function person(browser: Browser, label: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/signin");
  await page.getByRole("button", { name: `Sign in as ${label}` }).click();
  await expect(welcomeHeading(page)).toBeVisible();
  return page;
}

test("the chair opens a motion, four members vote from their own browsers, a TAB member only watches, and the result explains itself", async ({ browser }) => {
  const question = `Approve the demo change ${Date.now()}?`;
  const chair = await person(browser, "CASES ESC chair");
  await chair.goto("/committees");
  await chair.getByRole("link", { name: "CASES Executive Steering Committee" }).click();
  await chair.getByLabel("Question").fill(question);
  await chair.getByRole("button", { name: "Open the motion" }).click();
  await expect(chair.getByRole("heading", { level: 1, name: question })).toBeVisible();
  const motionUrl = chair.url();
  await expect(chair.getByText("0 of 7 voting members have voted.")).toBeVisible();

  const voters: [string, string][] = [
    ["CASES ESC voting member", "approve"],
    ["CASES ESC member, category 1", "approve"],
    ["CASES ESC member, category 2", "approve"],
    ["CASES ESC member, category 3", "reject"],
  ];
  const pages = await Promise.all(voters.map(([label]) => person(browser, label)));
  // Each member finds the motion waiting on their home page.
  await expect(pages[0]!.getByRole("link", { name: question })).toBeVisible();
  await Promise.all(
    pages.map(async (page, index) => {
      await page.goto(motionUrl);
      await page.getByRole("radio", { name: voters[index]![1] }).check();
      await page.getByRole("button", { name: "Vote" }).click();
      await expect(page.getByText(`Your vote is recorded: ${voters[index]![1]}.`)).toBeVisible();
    }),
  );

  // The chair's page updates by itself.
  await expect(chair.getByText("4 of 7 voting members have voted.")).toBeVisible({ timeout: 10_000 });

  const tab = await person(browser, "CASES Consortium Project Leader (TAB)");
  await tab.goto(motionUrl);
  await expect(tab.getByText("You can follow this motion, but you are not one of its voting members.")).toBeVisible();
  await expect(tab.getByRole("button", { name: "Vote" })).toHaveCount(0);

  await chair.getByRole("button", { name: "Close the motion" }).click();
  await chair.getByRole("dialog").getByRole("button", { name: "Close and count" }).click();
  await expect(chair.getByText("Passed: 3 of 4 votes cast approve; quorum of 4 met.").first()).toBeVisible();

  // Every open page turns to the result by itself, and offers no more voting.
  await expect(pages[3]!.getByText("Passed: 3 of 4 votes cast approve; quorum of 4 met.")).toBeVisible({ timeout: 10_000 });
  await expect(pages[3]!.getByRole("button", { name: "Change my vote" })).toHaveCount(0);
  await tab.reload();
  await expect(tab.getByRole("row", { name: /Lee Nakamura/ })).toContainText("reject");

  for (const page of [chair, tab, ...pages]) await page.context().close();
});
