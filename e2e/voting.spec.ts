import { expect, person, test } from "./support/fixtures";

// Eight people in eight browser contexts on a two-core machine: a long journey, given time.
test.setTimeout(180_000);

test("the chair opens a motion, members vote from their own browsers, a designee votes for an absent member, a TAB member only watches, and the result explains itself", async ({
  browser,
}) => {
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
      // Four ballots at once beside the other journeys: give each answer time (CI once took over 5 s).
      await expect(page.getByText(`Your vote is recorded: ${voters[index]![1]}.`)).toBeVisible({ timeout: 15_000 });
    }),
  );

  // A member who cannot take part names a designee, who votes in their place.
  const absent = await person(browser, "CASES ESC member, category 5");
  await absent.goto(motionUrl);
  await absent.getByText("Can't take part? Name a designee").click();
  await absent.getByLabel("Designee's email").fill("director@demo.local");
  await absent.getByRole("button", { name: "Name designee" }).click();
  await expect(absent.getByText("You named Dana Director as your designee for this motion; they vote in your place.")).toBeVisible();
  await expect(absent.getByRole("button", { name: "Withdraw the designation" })).toBeVisible();
  const designee = await person(browser, "LCSA Director, Los Angeles");
  await designee.goto(motionUrl);
  await expect(designee.getByText("You vote as the designee of Rosa Delgado.")).toBeVisible();
  await designee.getByRole("radio", { name: "approve" }).check();
  await designee.getByRole("button", { name: "Vote" }).click();
  await expect(designee.getByText("Your vote is recorded: approve.")).toBeVisible();
  await absent.reload();
  await expect(absent.getByRole("button", { name: "Vote" })).toHaveCount(0);

  // The chair's page updates by itself.
  await expect(chair.getByText("5 of 7 voting members have voted.")).toBeVisible({ timeout: 10_000 });

  const tab = await person(browser, "CASES Consortium Project Leader (TAB)");
  await tab.goto(motionUrl);
  await expect(tab.getByText("You can follow this motion, but you are not one of its voting members.")).toBeVisible();
  await expect(tab.getByRole("button", { name: "Vote" })).toHaveCount(0);

  await chair.getByRole("button", { name: "Close the motion" }).click();
  await chair.getByRole("dialog").getByRole("button", { name: "Close and count" }).click();
  // The chair's page re-renders with the result in the close's answer; on a busy machine that takes a while.
  await expect(chair.getByText("Passed: 4 of 5 votes cast approve; quorum of 4 met.").first()).toBeVisible({ timeout: 15_000 });

  // Every open page turns to the result by itself, and offers no more voting.
  await expect(pages[3]!.getByText("Passed: 4 of 5 votes cast approve; quorum of 4 met.")).toBeVisible({ timeout: 10_000 });
  await expect(pages[3]!.getByRole("button", { name: "Change my vote" })).toHaveCount(0);
  await tab.reload();
  await expect(tab.getByRole("row", { name: /Lee Nakamura/ })).toContainText("reject");
  await expect(tab.getByRole("row", { name: /Rosa Delgado/ })).toContainText("Designee: Dana Director");

  for (const page of [chair, tab, absent, designee, ...pages]) await page.context().close();
});
