import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect as baseExpect, person, test } from "./support/fixtures";

// Five people in five browser contexts on a two-core machine: a long journey, given time,
// and each step (a server action, then the page it refreshes) more than the default 5 s.
test.setTimeout(240_000);
const expect = baseExpect.configure({ timeout: 15_000 });

async function nominate(page: Page, seat: string, candidate: string) {
  const field = page.getByLabel(`Nominate for ${seat}`);
  await field.selectOption({ label: candidate });
  await page.locator("form").filter({ has: field }).getByRole("button", { name: "Nominate" }).click();
  await expect(page.getByText(`${candidate.replace(/ \(.*/, "")} is a candidate for ${seat}.`)).toBeVisible();
}

async function vote(page: Page, url: string, lcsa: string, seat: string, candidate: string) {
  await page.goto(url);
  const ballot = page.getByRole("group", { name: `The ${lcsa} LCSA's vote for ${seat}` });
  await ballot.getByRole("radio", { name: candidate }).check();
  await page.locator("form").filter({ has: ballot }).getByRole("button", { name: "Vote" }).click();
  await expect(page.getByText(`The ${lcsa} LCSA's vote is recorded for ${candidate.replace(/ \(.*/, "")}.`)).toBeVisible();
}

test("an election runs from nominations to certified terms: the chair opens it, candidates are nominated, Directors vote from their own browsers, the chair counts and certifies, and the seat registry shows the new term", async ({
  browser,
}) => {
  const chair = await person(browser, "CASES ESC chair");
  await chair.goto("/committees");
  await chair.getByRole("link", { name: "CASES Executive Steering Committee" }).click();
  await expect(chair.getByRole("link", { name: "June 2026 election" })).toBeVisible();
  // The coming June and its seats are the defaults (the demo calendar: categories 2, 4 and 6 end June 30, 2027).
  await expect(chair.getByLabel("Year of the June election")).toHaveValue("2027");
  await expect(chair.getByText("Seats up: Caseload category 2, Caseload category 4, Caseload category 6")).toBeVisible();
  await chair.getByRole("button", { name: "Open the election" }).click();
  await expect(chair.getByRole("heading", { level: 1, name: "June 2027 election" })).toBeVisible();
  const electionUrl = chair.url();
  await expect(chair.getByText(/^Nominations are open until Jun 7, 2027/)).toBeVisible();

  // Candidates put themselves forward; the chair nominates for another seat.
  const erin = await person(browser, "CASES ESC voting member");
  await erin.goto(electionUrl);
  await nominate(erin, "Caseload category 4", "Erin Member (Director, Butte LCSA)");
  const maya = await person(browser, "LCSA Director, Marin (category 4)");
  await maya.goto(electionUrl);
  // A Director may nominate herself, not another LCSA's Director.
  await expect(maya.getByLabel("Nominate for Caseload category 4").getByRole("option")).toHaveText([
    "Choose a candidate",
    "Maya Torres (Director, Marin LCSA)",
  ]);
  await nominate(maya, "Caseload category 4", "Maya Torres (Director, Marin LCSA)");
  await chair.reload();
  await nominate(chair, "Caseload category 2", "Sam Okafor (Director, Madera LCSA)");
  await expect(chair.getByRole("region", { name: "Caseload category 4" })).toContainText("Maya Torres (Marin LCSA) · nominated by Maya Torres");

  await chair.getByRole("button", { name: "Close nominations and open voting now" }).click();
  await chair.getByRole("dialog").getByRole("button", { name: "Open voting" }).click();
  await expect(chair.getByText(/^Voting is open until Jun 22, 2027/)).toBeVisible();
  // The chair is not an LCSA's Director: no ballot.
  await expect(chair.getByRole("button", { name: "Vote" })).toHaveCount(0);

  const paul = await person(browser, "LCSA Director, Placer (category 4)");
  const sam = await person(browser, "CASES ESC member, category 2");
  await Promise.all([
    vote(erin, electionUrl, "Butte", "Caseload category 4", "Erin Member (Butte LCSA)"),
    vote(maya, electionUrl, "Marin", "Caseload category 4", "Maya Torres (Marin LCSA)"),
    vote(sam, electionUrl, "Madera", "Caseload category 2", "Sam Okafor (Madera LCSA)"),
  ]);
  // Placer's Director votes with the keyboard alone: Tab into the group, Space to choose, Enter to send.
  await paul.goto(electionUrl);
  const ballot = paul.getByRole("group", { name: "The Placer LCSA's vote for Caseload category 4" });
  await ballot.getByRole("radio", { name: "Erin Member (Butte LCSA)" }).focus();
  await paul.keyboard.press("ArrowDown");
  await expect(ballot.getByRole("radio", { name: "Maya Torres (Marin LCSA)" })).toBeChecked();
  await paul.keyboard.press("ArrowUp");
  await expect(ballot.getByRole("radio", { name: "Erin Member (Butte LCSA)" })).toBeChecked();
  await paul.keyboard.press("Tab");
  await expect(paul.getByRole("button", { name: "Vote" })).toBeFocused();
  await paul.keyboard.press("Enter");
  await expect(paul.getByText("The Placer LCSA's vote is recorded for Erin Member.")).toBeVisible();
  const { violations } = await new AxeBuilder({ page: paul }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);

  // The committee sees who of the electorate has voted, by name; the page updates by itself.
  const category4 = chair.getByRole("region", { name: "Caseload category 4" });
  // The electorate is the category's LCSAs at that moment (another test may recategorize one).
  await expect(category4.getByText(/^3 of \d+ LCSAs have voted\.$/)).toBeVisible();
  await category4.getByText("Who has voted", { exact: true }).click();
  await expect(category4.getByRole("row", { name: /Butte/ })).toContainText("Erin Member");
  await expect(category4.getByRole("row", { name: /Merced/ })).toContainText("Not yet");

  await chair.getByRole("button", { name: "Close voting and count" }).click();
  await chair.getByRole("dialog").getByRole("button", { name: "Close and count" }).click();
  await expect(category4.getByText(/^Elected: Erin Member \(Butte LCSA\) with 2 of 3 votes; 3 of \d+ LCSAs voted\.$/)).toBeVisible();
  await expect(chair.getByText(/^Elected: Sam Okafor \(Madera LCSA\) with 1 of 1 vote; 1 of \d+ LCSAs voted\.$/)).toBeVisible();
  await expect(chair.getByText("No result: nobody was nominated, so the seat stays vacant until a special election fills it.")).toBeVisible();
  // Voting is over for everyone.
  await maya.reload();
  await expect(maya.getByRole("button", { name: /Vote|Change the vote/ })).toHaveCount(0);

  await chair.getByRole("button", { name: "Certify the results" }).click();
  await chair.getByRole("dialog").getByRole("button", { name: "Certify" }).click();
  await expect(chair.getByText("The results are certified; the new terms are in the committee's seat registry.")).toBeVisible();

  await chair.getByRole("link", { name: "← CASES Executive Steering Committee" }).click();
  const seat = chair.getByRole("listitem").filter({ has: chair.getByRole("heading", { name: "Caseload category 4", exact: true }) });
  await seat.getByText(/^Earlier and later terms/).click();
  await expect(seat.getByText("Erin Member (Butte): Jul 1, 2027 to Jun 30, 2029")).toBeVisible();
  await expect(chair.getByRole("link", { name: "June 2027 election" })).toBeVisible();

  for (const page of [chair, erin, maya, paul, sam]) await page.context().close();
});
