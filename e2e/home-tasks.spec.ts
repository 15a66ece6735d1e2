import type { Page } from "@playwright/test";
import { expect, test, type DemoLabel } from "./support/fixtures";

/**
 * Each demo role's home lists the work the demo data holds for it (prisma/seed), and each
 * task's link opens the form that does it. Other specs add change requests and motions of
 * their own as they run, so each role's list must contain these, not only these.
 */

function taskList(page: Page) {
  return page.getByRole("list", { name: /^Your tasks/ });
}

function task(page: Page, action: string, subject: string | RegExp) {
  return taskList(page)
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: action, exact: true }) })
    .filter({ hasText: subject });
}

/** The task is listed with its why and date, and its link lands on a section holding a form this person can submit. */
async function opensItsForm(page: Page, action: string, subject: string | RegExp, button: string | RegExp) {
  const item = task(page, action, subject);
  await expect(item).toHaveCount(1);
  await expect(item).toContainText("Waiting since");
  const link = item.getByRole("link", { name: action, exact: true });
  const href = (await link.getAttribute("href")) ?? "";
  const hash = new URL(href, "http://localhost").hash;
  expect(hash).not.toBe("");
  await link.click();
  await page.waitForURL((url) => url.pathname + url.hash === href);
  const section = page.locator(hash);
  await expect(section).toBeVisible();
  await expect(section.getByRole("button", { name: button }).first()).toBeEnabled();
  await page.goto("/");
}

const cases: { role: DemoLabel; tasks: [action: string, subject: string | RegExp, button: string | RegExp][] }[] = [
  {
    role: "CASES ESC voting member",
    tasks: [
      ["Vote", "CR-0004", "Vote"],
      ["Prepare the impact analysis package", "CR-0003 Employer e-filing of wage withholding", /Save/],
      ["Finish and submit it", "CR-0001 Bilingual notice templates", /Submit/],
    ],
  },
  {
    role: "CASES Consortium Project Leader (TAB)",
    tasks: [
      ["Submit the impact analysis package", "CR-0003 Employer e-filing of wage withholding", /Submit/],
      ["Review it for impact on other components", "CR-0008 Overdue task list for caseworkers", "Clear at the Subcomponent Review"],
      ["Name the UAT testers", "CR-0015 Fix duplicate payment posting", "Save the UAT testers"],
      ["File the release notes", "CR-0013 Customer service call notes", /Save/],
    ],
  },
  {
    role: "CASES Consortium Technical Manager (TAB)",
    tasks: [["Record the developers' unit and system testing", "CR-0011 Address verification interface", "Save the developers' testing"]],
  },
  { role: "JAD member, CASES", tasks: [["Write and submit the JAD recommendation", "CR-0009 Court order guideline calculator update", /Submit/]] },
  { role: "UAT tester, Sacramento", tasks: [["Sign off a fixed defect", "CR-0012 Medical support notice batch", /Sign off/]] },
  {
    role: "CCSAS Change Control Board member",
    tasks: [
      ["Close the vote", "CR-0005", "Close the motion"],
      ["Review it for impact on other components", "CR-0008 Overdue task list for caseworkers", "Flag an impact on my component"],
    ],
  },
  {
    role: "CASES ESC member, category 1",
    tasks: [["Do it, then mark it done", "Prepare the CCB presentation for CR 2026-011", /Save the status of/]],
  },
  { role: "CASES ESC chair", tasks: [["Resolve or escalate the issue", "Vendor staffing for the spring release", "Record the step"]] },
];

for (const { role, tasks } of cases) {
  test(`${role}: the home lists their tasks, each linking to its form`, async ({ page, signInAs }) => {
    await signInAs(role);
    await expect(taskList(page)).toBeVisible();
    for (const [action, subject, button] of tasks) await opensItsForm(page, action, subject, button);
  });
}

test("an LCSA Director with nothing waiting is told so, not that they have no roles", async ({ page, signInAs }) => {
  await signInAs("LCSA Director, Los Angeles");
  await expect(page.getByText("Nothing is waiting on you.")).toBeVisible();
  await expect(page.getByText("You have no roles yet.")).toHaveCount(0);
});
