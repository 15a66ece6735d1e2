import { expect, test } from "./support/fixtures";

test.describe("committees and their seat registry", () => {
  test("the CASES ESC shows one seat per caseload category with today's holders and term history", async ({ page, signInAs }) => {
    await signInAs("CASES Consortium Project Leader (TAB)");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Committees" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Committees" })).toBeVisible();
    await page.getByRole("link", { name: "CASES Executive Steering Committee" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "CASES Executive Steering Committee" })).toBeVisible();
    await expect(page.getByText("a motion passes with a majority of votes cast (abstentions not counted)")).toBeVisible();
    const seat = (title: string) => page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title, exact: true }) });
    await expect(seat("Chair (TSD Assistant Deputy Director)")).toContainText("Casey Chair");
    await expect(seat("Caseload category 4")).toContainText("Erin Member (Butte)");
    await expect(seat("Caseload category 4")).toContainText("Jul 1, 2025 to Jun 30, 2027");
    // Plan 2.8: the first cycle's odd categories served one year and were elected again.
    await expect(seat("Caseload category 1")).toContainText("Jul 1, 2026 to Jun 30, 2028");
    await seat("Caseload category 1").getByText("Earlier and later terms (1)").click();
    await expect(seat("Caseload category 1")).toContainText("Jul 1, 2025 to Jun 30, 2026");
  });

  test("the TAB advises and never votes; its members see it in their header", async ({ page, signInAs }) => {
    await signInAs("CASES Consortium Project Leader (TAB)");
    await expect(page.getByRole("banner")).toContainText("TAB member, CASES Technical Advisory Board");
    await page.goto("/committees");
    await page.getByRole("link", { name: "CASES Technical Advisory Board" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "CASES Technical Advisory Board" })).toBeVisible();
    await expect(page.getByText("Advises, does not vote")).toHaveCount(4);
    await expect(page.getByRole("heading", { name: "How it decides" })).toHaveCount(0);
  });
});
