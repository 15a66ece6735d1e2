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

  // Issue 12, fidelity 9. Governance plan 5.1.2: the CTM identifies "as early as possible in the
  // CR process potential issues and risks"; 5.1.3: the M&O Contract Manager reviews "contract
  // deliverables" and reports "on the status of critical SRs in development". The ESC sees them
  // on its own page.
  test("the CASES ESC's page shows what its CTM and M&O Contract Manager have reported", async ({ page, signInAs }) => {
    await signInAs("CASES ESC voting member");
    await page.goto("/committees");
    await page.getByRole("link", { name: "CASES Executive Steering Committee" }).click();
    const reports = page.getByRole("region", { name: "Reports from the consortium’s staff" });
    await expect(reports.getByRole("heading", { name: "Interface risk in the arrears notices change" })).toBeVisible();
    await expect(reports).toContainText("Early risk or impact");
    await expect(reports).toContainText("Filed by Taylor Tech");
    await expect(reports.getByRole("heading", { name: "Release 26.4 deliverables accepted" })).toBeVisible();
    await expect(reports).toContainText("Contract deliverable reviewed");
    await reports.getByRole("link", { name: "All staff reports" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Staff reports" })).toBeVisible();
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
