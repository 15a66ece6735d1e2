import AxeBuilder from "@axe-core/playwright";
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
  await expect(pages[0]!.getByRole("listitem").filter({ hasText: question }).getByRole("link", { name: "Vote", exact: true })).toBeVisible();
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

test("a voter sees their vote, the button and the roll call agree the moment the vote is recorded, without a reload", async ({ browser }) => {
  const question = `Adopt the meeting calendar ${Date.now()}?`;
  const chair = await person(browser, "CASES ESC chair");
  await chair.goto("/committees");
  await chair.getByRole("link", { name: "CASES Executive Steering Committee" }).click();
  await chair.getByLabel("Question").fill(question);
  await chair.getByRole("button", { name: "Open the motion" }).click();
  await expect(chair.getByRole("heading", { level: 1, name: question })).toBeVisible();
  const motionUrl = chair.url();

  const voter = await person(browser, "CASES ESC voting member");
  await voter.goto(motionUrl);
  await expect(voter.getByRole("row", { name: /Erin Member/ })).toContainText("Not yet voted");
  await voter.getByRole("radio", { name: "reject" }).check();
  await voter.getByRole("button", { name: "Vote", exact: true }).click();
  await expect(voter.getByText("Your vote is recorded: reject.")).toBeVisible({ timeout: 15_000 });
  // In the same instant as the confirmation, before the page's two-second refresh could help:
  const seen = await voter.evaluate(() => ({
    checked: document.querySelector<HTMLInputElement>('input[name="choice"]:checked')?.value ?? null,
    button: document.querySelector('form button[type="submit"]')?.textContent ?? null,
    row: [...document.querySelectorAll("tr")].find((row) => row.textContent?.includes("Erin Member"))?.textContent ?? null,
    count: [...document.querySelectorAll("p")].find((p) => /voting members? ha(s|ve) voted/.test(p.textContent ?? ""))?.textContent ?? null,
  }));
  expect(seen.checked).toBe("reject");
  expect(seen.button).toBe("Change my vote");
  expect(seen.row).toContain("reject");
  expect(seen.count).toBe("1 of 7 voting members has voted.");

  await voter.context().close();
  await chair.context().close();
});

test("a chair closing a gate vote below quorum is warned in numbers, non-voters then did not vote, and a new vote asks for confirmation and a deadline", async ({
  browser,
}) => {
  const title = `Mileage reimbursement screen ${Date.now()}`;
  const cpl = await person(browser, "CASES Consortium Project Leader (TAB)");
  await cpl.goto("/change-requests/new");
  await cpl.getByLabel("Title").fill(title);
  await cpl.getByLabel("Short description of the scope").fill("A screen for caseworkers' mileage claims.");
  await cpl.getByRole("checkbox", { name: "Worker productivity" }).check();
  await cpl.getByLabel("Urgency drivers").fill("Claims are on paper.");
  await cpl.getByLabel("Alignment with, and impact on, the other consortium").fill("None.");
  await cpl.getByLabel("Alignment with, and impact on, the CCSAS solution").fill("Retired with CCSAS.");
  await cpl.getByRole("radio", { name: "Low" }).check();
  await cpl.getByRole("button", { name: "Submit", exact: true }).click();
  await expect(cpl.getByRole("heading", { level: 1, name: title })).toBeVisible({ timeout: 30_000 });
  const crUrl = new URL(cpl.url()).pathname;
  const number = /CR-\d{4}/.exec((await cpl.getByText(/^CR-\d{4} · CASES$/).textContent()) ?? "")![0];

  const chair = await person(browser, "CASES ESC chair");
  await chair.goto(crUrl);
  // Product rule: the vote the submission opened is credited to the step, on its card, in the timeline and on the motion.
  await expect(chair.getByText(`Opened automatically when Pat Leader submitted ${number}.`, { exact: true })).toBeVisible();
  await expect(chair.getByText(`${number}: The ESC concept vote is open, opened automatically when Pat Leader submitted ${number}.`)).toBeVisible();
  await chair.getByRole("link", { name: "Open the motion to vote or follow it" }).click();
  await expect(chair).toHaveTitle(new RegExp(`^${number} ESC concept vote`));
  await expect(chair.getByText(`Opened automatically when Pat Leader submitted ${number}.`)).toBeVisible();
  // What is decided, beside the vote: the change request, linked, with its key facts.
  await expect(chair.getByRole("link", { name: `${number} ${title}` })).toHaveAttribute("href", crUrl);
  const decided = chair.locator("section", { has: chair.getByRole("heading", { name: "What is decided" }) });
  await expect(decided).toContainText("Enhancement");
  await expect(decided).toContainText("Pat Leader");

  await chair.getByRole("radio", { name: "approve" }).check();
  await chair.getByRole("button", { name: "Vote", exact: true }).click();
  await expect(chair.getByText("Your vote is recorded: approve.")).toBeVisible({ timeout: 15_000 });
  await chair.getByRole("button", { name: "Close the motion" }).click();
  const dialog = chair.getByRole("dialog");
  await expect(dialog).toContainText("Only 1 of 7 voted; quorum is 4; closing records no decision.");
  await dialog.getByRole("button", { name: "Close and count" }).click();
  await expect(chair.getByText("No decision: only 1 of 7 voted; quorum is 4.").first()).toBeVisible({ timeout: 15_000 });
  await expect(chair.getByRole("row", { name: /Erin Member/ })).toContainText("Did not vote");
  await expect(chair.getByText("Not yet voted")).toHaveCount(0);

  // A new vote: asked first, with its deadline.
  await chair.goto(crUrl);
  await chair.getByRole("button", { name: "Open a new vote" }).click();
  const reopen = chair.getByRole("dialog");
  await expect(reopen.getByRole("heading", { name: "Open the ESC concept vote?" })).toBeVisible();
  await expect(reopen).toContainText("The last vote closed. No decision: only 1 of 7 voted; quorum is 4.");
  await reopen.getByLabel("Hours open").fill("0");
  await reopen.getByRole("button", { name: "Open the new vote" }).click();
  await expect(reopen.getByText("Keep it open at least an hour.").first()).toBeVisible();
  await reopen.getByLabel("Hours open").fill("48");
  await reopen.getByRole("button", { name: "Open the new vote" }).click();
  await expect(chair.getByText("The new vote is open.")).toBeVisible({ timeout: 15_000 });
  await expect(chair.getByText("Opened by Casey Chair.")).toBeVisible();

  await cpl.context().close();
  await chair.context().close();
});

test(
  "each open gate vote of the demo data sits beside its papers, and its page meets WCAG 2.1 AA",
  { tag: "@layout" },
  async ({ page, signInAs }, testInfo) => {
    await signInAs("CASES ESC chair");
    await page.goto("/committees");
    await page.getByRole("link", { name: "CASES Executive Steering Committee" }).click();
    const papersOf: [string, string, RegExp][] = [
      ["Automated arrears notices", "ESC concept vote", /Kind\s*Enhancement/],
      [
        "Payment history on the case summary",
        "ESC vote on the impact analysis package",
        /Impact analysis package.*Effort.*Elapsed time.*Cost.*Recommended solution/,
      ],
      ["SDU payment file: new remittance field", "ESC authorization of development", /Impact analysis package.*Effort/],
      ["Case closure letter wording", "ESC vote on the JAD recommendation", /Executive Overview.*The JAD team recommends/],
    ];
    await expect(page.getByRole("heading", { level: 1, name: "CASES Executive Steering Committee" })).toBeVisible();
    const committeeUrl = page.url();
    for (const [title, gate, papers] of papersOf) {
      await page.goto(committeeUrl);
      await page
        .getByRole("link", { name: new RegExp(title) })
        .first()
        .click();
      await expect(page.getByRole("heading", { level: 1, name: new RegExp(title) })).toBeVisible();
      await expect(page).toHaveTitle(new RegExp(`^CR-\\d{4} ${gate}`));
      const decided = page.locator("section", { has: page.getByRole("heading", { name: "What is decided" }) });
      await expect(decided.getByRole("link", { name: new RegExp(`^CR-\\d{4} ${title}`) })).toBeVisible();
      await expect(decided).toHaveText(papers);
      await page.screenshot({ path: testInfo.outputPath(`${gate}.png`), fullPage: true });
      const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
    }
  },
);
