import { expect, test } from "./support/fixtures";

// Several server round trips on a two-core machine shared with other work: give it time.
test.setTimeout(120_000);

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test("the ESC chair creates a workgroup, a membership that breaks the rules is refused with its reason, and a recommendation goes on the ESC's agenda", async ({
  page,
  signInAs,
}) => {
  const name = `Interstate income withholding ${Date.now()}`;
  await signInAs("CASES ESC chair");
  await page.getByRole("link", { name: "Workgroups" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Workgroups" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Bankruptcy Legislation Impacts" })).toBeVisible();

  await expect(page.getByLabel("Created by")).toHaveValue(/.+/);
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Scope of work").fill("Recommend how LCSAs handle interstate income withholding orders in CASES.");
  await page.getByLabel("Assumptions").fill("None");
  await page.getByLabel("Communication expectations").fill("A short written status before each ESC meeting.");
  await page.getByLabel("Schedule for completion").fill("Six weeks.");
  await page.getByLabel("Activity", { exact: true }).fill("Current practice survey");
  await page.getByLabel("Deadline for the recommendation").fill(inDays(30));
  await page.getByLabel("What to deliver").fill("Survey the LCSAs and recommend one practice.");
  await page.getByRole("button", { name: "Create the workgroup" }).click();

  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page).toHaveURL(/\/workgroups\/[0-9a-f-]{36}$/);
  await expect(page.getByText("Still to be represented: categories 1, 2, 3, 4, 5 and 6.")).toBeVisible();

  const members = page.getByRole("table", { name: "Members" });
  await page.getByLabel("Person, and the LCSA they represent").selectOption({ label: "Erin Member — Butte (LCSA Director)" });
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByText("Erin Member now represents Butte LCSA on this workgroup.")).toBeVisible();
  await expect(members.getByRole("row", { name: /Erin Member/ })).toContainText("Butte");

  // A second member from category 4 before the other categories have one: refused, with the reason.
  await page.getByLabel("Person, and the LCSA they represent").selectOption({ label: "Taylor Kim — Placer (JAD member)" });
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Caseload category 4 already has 1 member while categories 1, 2, 3, 5 and 6 have nobody." }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "Members (1 of 7)" })).toBeVisible();
  await expect(members.getByRole("row", { name: /Taylor Kim/ })).toHaveCount(0);

  await page.getByLabel("Person, and the LCSA they represent").selectOption({ label: "Avery Brooks — Glenn (JAD member)" });
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByRole("heading", { name: "Members (2 of 7)" })).toBeVisible();

  const recommendation = "Adopt the Glenn practice: confirm each interstate order with the other state within ten days.";
  await page.getByLabel("Consensus recommendation").fill(recommendation);
  await page.getByRole("button", { name: "Send the recommendation to the ESC" }).click();
  const activity = page.getByRole("article", { name: "Current practice survey" });
  await expect(activity.getByText("Recommendation sent to the ESC")).toBeVisible();
  await expect(activity.getByText(recommendation)).toBeVisible();
  await expect(activity.getByText("Before the ESC:")).toBeVisible();
  await expect(activity).toContainText(
    /Before the ESC: (on the agenda of .+|waiting for the CASES Executive Steering Committee's next meeting to be scheduled\.)/,
  );
  await expect(page.getByLabel("Consensus recommendation")).toHaveCount(0);
});

test("a TAB member reads an ESC workgroup but has no forms to change it", async ({ page, signInAs }) => {
  await signInAs("CASES Consortium Project Leader (TAB)");
  await page.goto("/workgroups");
  await page.getByRole("link", { name: "Bankruptcy Legislation Impacts" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bankruptcy Legislation Impacts" })).toBeVisible();
  await expect(page.getByText("Still to be represented: category 4.")).toBeVisible();
  await expect(page.getByRole("table", { name: "Members" }).getByRole("row", { name: /Robin Alvarez/ })).toContainText("Alameda");
  await expect(page.getByRole("button", { name: "Add member" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Send the recommendation to the ESC" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Dissolve the workgroup" })).toHaveCount(0);
});
