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

// Tagged @layout: the tablet project (820 px) runs every axe check too.
test.describe("WCAG 2.1 AA", { tag: "@layout" }, () => {
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
    { path: "/notifications", heading: "Notifications" },
    { path: "/admin/outbox", heading: "Outbox" },
    { path: "/workgroups", heading: "Workgroups" },
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

  test("the public minutes, list and one set, meet WCAG 2.1 AA signed out", async ({ page }) => {
    await page.goto("/minutes");
    await expect(page.getByRole("heading", { level: 1, name: "Published minutes" })).toBeVisible();
    await expectNoViolations(page);
    await page.getByRole("main").getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 1, name: /: minutes$/ })).toBeVisible();
    await expectNoViolations(page);
  });

  test("a committee's page with its meetings, and a meeting with the chair's forms, meet WCAG 2.1 AA", async ({ page, signInAs }) => {
    await signInAs("CASES ESC chair");
    await page.goto("/committees");
    await page.getByRole("link", { name: "CASES Executive Steering Committee" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Meetings" })).toBeVisible();
    await expect(page).toHaveTitle("CASES Executive Steering Committee · CCSAS Governance");
    await expectNoViolations(page);
    await page.getByRole("region", { name: "Upcoming" }).getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 2, name: "Agenda" })).toBeVisible();
    await expectNoViolations(page);
  });

  test("a past meeting with its decisions and published minutes meets WCAG 2.1 AA", async ({ page, signInAs }) => {
    await signInAs("CASES ESC voting member");
    await page.goto("/committees");
    await page.getByRole("link", { name: "CASES Executive Steering Committee" }).click();
    await page.getByRole("region", { name: "Past" }).getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 2, name: "Decisions" })).toBeVisible();
    await expectNoViolations(page);
  });

  test("a workgroup's page, with every form an administrator sees, meets WCAG 2.1 AA", async ({ page, signInAs }) => {
    await signInAs("Administrator");
    await page.goto("/workgroups");
    await page.getByRole("link", { name: "Bankruptcy Legislation Impacts" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Bankruptcy Legislation Impacts" })).toBeVisible();
    await expect(page).toHaveTitle("Bankruptcy Legislation Impacts · CCSAS Governance");
    await expect(page.getByRole("button", { name: "Add member" })).toBeVisible();
    await expectNoViolations(page);
  });

  test("an election's page (/elections/[id]) meets WCAG 2.1 AA", async ({ page, signInAs }) => {
    // The demo's certified June 2026 election; the browser journey checks one while voting is open.
    await signInAs("Administrator");
    await page.goto("/committees");
    await page.getByRole("link", { name: "CASES Executive Steering Committee" }).click();
    await page.getByRole("link", { name: "June 2026 election" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "June 2026 election" })).toBeVisible();
    await expect(page).toHaveTitle("June 2026 election, CASES Executive Steering Committee · CCSAS Governance");
    await expectNoViolations(page);
  });

  test("/change-requests/new meets WCAG 2.1 AA", async ({ page, signInAs }) => {
    await signInAs("CASES Consortium Project Leader (TAB)");
    await page.goto("/change-requests/new");
    await expect(page.getByRole("heading", { level: 1, name: "New change request" })).toBeVisible();
    await expectNoViolations(page);
  });

  test("a change request's page meets WCAG 2.1 AA, with a refusal showing", async ({ page, signInAs }) => {
    await signInAs("CASES Consortium Project Leader (TAB)");
    await page.goto("/change-requests/new");
    await page.getByRole("radio", { name: /^Application defect/ }).check();
    await page.getByLabel("Title").fill(`Accessibility check ${Date.now()}`);
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText(/Draft saved as CR-\d{4}/)).toBeVisible();
    await expect(page).toHaveTitle(/^CR-\d{4} Accessibility check \d+ · CCSAS Governance$/);
    await page.getByRole("button", { name: "Submit", exact: true }).click();
    await expect(page.getByText(/^Complete the form first/)).toBeVisible();
    await expectNoViolations(page);

    // Submitted, the page shows the build-and-test, UAT and back-brief sections.
    await page.getByLabel("Short description of the scope").fill("Interest on arrears is rounded the wrong way.");
    await page.getByRole("checkbox", { name: "Program performance" }).check();
    await page.getByLabel("Urgency drivers").fill("Families are overcharged.");
    await page.getByLabel("Alignment with, and impact on, the other consortium").fill("None.");
    await page.getByLabel("Alignment with, and impact on, the CCSAS solution").fill("None.");
    await page.getByRole("radio", { name: "Low" }).check();
    await page.getByRole("button", { name: "Submit", exact: true }).click();
    await expect(page.getByRole("heading", { name: "ESC back-brief" })).toBeVisible({ timeout: 30_000 });
    await expectNoViolations(page);
  });

  test("a user's page and an escalated issue's page meet WCAG 2.1 AA, and their titles name them", async ({ page, signInAs }) => {
    await signInAs("Administrator");
    await page.goto("/admin/users?q=cpl%40demo.local");
    await page.getByRole("main").getByRole("link", { name: "Pat Leader" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Pat Leader" })).toBeVisible();
    await expect(page).toHaveTitle("Pat Leader, user · CCSAS Governance");
    await expectNoViolations(page);

    // The demo's escalated issue (prisma/seed/cpl-work.ts).
    await page.goto("/dashboard/escalations");
    await page.getByRole("main").getByRole("link", { name: "Vendor staffing for the spring release" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Vendor staffing for the spring release" })).toBeVisible();
    await expect(page).toHaveTitle("Escalated: Vendor staffing for the spring release · CCSAS Governance");
    await expectNoViolations(page);
  });
});

test.describe("at tablet width", { tag: "@layout" }, () => {
  /** How far an element reaches past the right edge of the viewport (0 when it fits). */
  async function overflowRight(page: Page, target: Locator): Promise<number> {
    const box = (await target.boundingBox())!;
    const width = page.viewportSize()!.width;
    return Math.max(0, Math.ceil(box.x + box.width - width));
  }

  test("the change-request list shows every column within the screen, its last one included", async ({ page, signInAs }) => {
    await signInAs("Administrator");
    await page.goto("/change-requests");
    const table = page.getByRole("table", { name: /^Change requests, sorted by/ });
    await expect(table).toBeVisible();
    const lastHeader = table.getByRole("columnheader").last();
    await expect(lastHeader).toContainText("Last updated");
    expect(await overflowRight(page, lastHeader)).toBe(0);
    expect(await overflowRight(page, table.getByRole("row").nth(1).getByRole("cell").last())).toBe(0);
    // Nothing beside it scrolls sideways either.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  });

  test("the new change request's consortium choice shows its whole name", async ({ page, signInAs }) => {
    await signInAs("CASES Consortium Project Leader (TAB)");
    await page.goto("/change-requests/new");
    const select = page.getByLabel("Consortium", { exact: true });
    await expect(select).toBeVisible();
    expect(await overflowRight(page, select)).toBe(0);
    // The chosen option's text fits inside the control (beside its padding and arrow).
    const room = await select.evaluate((element: HTMLSelectElement) => {
      const style = getComputedStyle(element);
      const context = document.createElement("canvas").getContext("2d")!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const longest = Math.max(...Array.from(element.options).map((option) => context.measureText(option.text).width));
      const inner = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return inner - longest;
    });
    expect(room).toBeGreaterThanOrEqual(0);
  });
});

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

// Third-party access: each role's pages, with the forms of its own steps. The tablet project
// (820 px) runs the queue, an application's page and the matrix, where the layout is widest.
test.describe("WCAG 2.1 AA, third-party access", () => {
  const OPENED = { draft: "its draft of Appendix B", application: "an application's page", organization: "an organization's page" } as const;
  const ACCESS_PAGES: { label: DemoLabel; path: string; heading: string | RegExp; open?: keyof typeof OPENED; tablet?: true }[] = [
    { label: "Third Party Access Process Manager", path: "/access", heading: "Third-party access queue", tablet: true },
    { label: "Third Party Access Process Manager", path: "/access/tracking", heading: /tracking/i },
    { label: "Third Party Access Process Manager", path: "/access/allocation-guide", heading: /Allocation Guide/i },
    { label: "Third Party Access Process Manager", path: "/access/attestation", heading: /attestation/i },
    { label: "Third Party Access Process Manager", path: "/access/findings", heading: /findings/i },
    { label: "Third Party Access Process Owner", path: "/access/process", heading: /Third Party Access Process/i },
    { label: "LCSA Director, Los Angeles", path: "/access/new", heading: "Identify a Requestor" },
    {
      label: "Third Party Access Process Owner",
      path: "/access?state=AWAITING_DECISION",
      heading: "Third-party access queue",
      open: "application",
      tablet: true,
    },
    { label: "Requestor, Los Angeles IV-A", path: "/", heading: /^Welcome, /, open: "draft" },
    { label: "LCSA System Administrator, Los Angeles", path: "/access?state=ACTIVE", heading: "Third-party access queue", open: "organization" },
    { label: "Administrator", path: "/admin/counties", heading: "Counties' CSE conversions" },
  ];
  for (const { label, path, heading, open, tablet } of ACCESS_PAGES) {
    test(`${path} as ${label}${open ? `, then ${OPENED[open]}` : ""}, meets WCAG 2.1 AA`, { tag: tablet ? "@layout" : [] }, async ({ page, signInAs }) => {
      await signInAs(label);
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      // The Requestor's draft of Appendix B, from its task list; the others from the queue.
      if (open === "draft") await page.getByRole("link", { name: "Complete and submit the application" }).first().click();
      else if (open) await page.getByRole("main").getByRole("table").getByRole("link").first().click();
      if (open) {
        await expect(page.getByRole("heading", { level: 2, name: "Steps" })).toBeVisible();
        if (open === "organization") {
          await page.getByRole("link", { name: "The organization's page: MOU, users and accounts" }).click();
          await expect(page.getByRole("heading", { level: 2, name: "MOU", exact: true })).toBeVisible();
        }
      }
      await expectNoViolations(page);
    });
  }

  test("the public Approved User Account Matrix meets WCAG 2.1 AA signed out", { tag: "@layout" }, async ({ page }) => {
    await page.goto("/matrix");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoViolations(page);
  });
});
