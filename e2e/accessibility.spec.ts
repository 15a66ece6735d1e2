import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { expect, test, type DemoLabel } from "./support/fixtures";

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

type Violations = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"];

/** One line per rule, then each offending element, so a failure reads without the HTML report. */
function describe(violations: Violations): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.map((node) => `    ${node.target.join(" ")}\n      ${node.failureSummary?.replace(/\n/g, "\n      ") ?? ""}`);
      return `[${violation.impact ?? "unknown"}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n${nodes.join("\n")}`;
    })
    .join("\n\n");
}

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  expect(violations, `WCAG 2.1 A/AA violations on ${page.url()}:\n\n${describe(violations)}`).toEqual([]);
}

test("the sign-in page meets WCAG 2.1 AA", async ({ page }) => {
  await page.goto("/signin");
  await expect(page.getByRole("heading", { name: "Sign in", exact: true })).toBeVisible();
  await expectNoViolations(page);
});

const HOMES: DemoLabel[] = ["Administrator", "LCSA Director, Los Angeles"];

for (const label of HOMES) {
  test(`the home page of ${label} meets WCAG 2.1 AA`, async ({ page, signInAs }) => {
    await signInAs(label);
    await expectNoViolations(page);
  });
}

const SIGNED_IN_PAGES = [
  { path: "/admin/users", heading: "Users and roles" },
  { path: "/admin/users/invite", heading: "Invite a user" },
  { path: "/admin/audit", heading: "Audit log" },
  { path: "/lcsas", heading: "LCSAs and counties" },
  { path: "/committees", heading: "Committees" },
  { path: "/dashboard", heading: "Change request dashboard" },
  { path: "/change-requests", heading: "Change requests" },
  { path: "/change-requests/import", heading: "Import change requests" },
  { path: "/change-requests/ranking", heading: "backlog ranking" },
  { path: "/dashboard/alerts", heading: "Alerts" },
  { path: "/dashboard/status-reports", heading: "Status reports" },
  { path: "/dashboard/escalations", heading: "Escalations" },
];

// One test a page: axe on a long page (51 LCSA forms) takes seconds on a busy machine.
for (const { path, heading } of SIGNED_IN_PAGES) {
  test(`${path} meets WCAG 2.1 AA`, async ({ page, signInAs }) => {
    await signInAs("Administrator");
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectNoViolations(page);
  });
}

test("the sign-in form can be used from the keyboard with a visible focus", async ({ page }) => {
  await page.goto("/signin");
  const email = page.getByLabel("Email");
  const password = page.getByLabel("Password");
  const submit = page.getByRole("button", { name: "Sign in", exact: true });
  const unfocused = await Promise.all([email, password, submit].map(focusStyle));

  // Whatever comes before the form, Tab must reach Email within a few presses.
  await tabUntilFocused(page, email, 10);
  await expectVisibleFocus(email, unfocused[0]!);

  await page.keyboard.press("Tab");
  await expect(password).toBeFocused();
  await expectVisibleFocus(password, unfocused[1]!);

  await page.keyboard.press("Tab");
  await expect(submit).toBeFocused();
  await expectVisibleFocus(submit, unfocused[2]!);
});

async function tabUntilFocused(page: Page, target: Locator, maxPresses: number) {
  for (let presses = 0; presses < maxPresses; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) break;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

interface FocusStyle {
  outlineStyle: string;
  outlineWidth: string;
  boxShadow: string;
}

function focusStyle(control: Locator): Promise<FocusStyle> {
  return control.evaluate((element) => {
    const { outlineStyle, outlineWidth, boxShadow } = getComputedStyle(element);
    return { outlineStyle, outlineWidth, boxShadow };
  });
}

/** Focus is visible when the control gains an outline or its ring (box-shadow) changes. */
async function expectVisibleFocus(control: Locator, unfocused: FocusStyle) {
  const focused = await focusStyle(control);
  const outline = focused.outlineStyle !== "none" && parseFloat(focused.outlineWidth) > 0;
  const ring = focused.boxShadow !== unfocused.boxShadow;
  expect(outline || ring, `no visible focus indicator: ${JSON.stringify({ unfocused, focused })}`).toBe(true);
}
