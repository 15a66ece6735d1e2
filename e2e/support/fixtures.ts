import { test as base, expect, type Browser, type Page } from "@playwright/test";

/** The demo accounts seeded on first start (password `ccsas-demo`), as /signin labels them. */
export type DemoLabel =
  | "Administrator"
  | "CASES ESC chair"
  | "CASES ESC voting member"
  | "CASES Consortium Project Leader (TAB)"
  | "Third Party Access Process Manager"
  | "Third Party Access Process Owner"
  | "LCSA Director, Los Angeles"
  | "Requestor, Los Angeles IV-A"
  | "CCSAS Change Control Board member"
  | "JAD member, CASES"
  | "UAT tester, Sacramento"
  | "CASES Consortium Technical Manager (TAB)"
  | "CASES ESC member, category 1"
  | "DCSS Legal"
  | "Infrastructure Manager"
  | "LCSA System Administrator, Los Angeles"
  | "DCSS Contract Manager"
  | "DCSS ISO"
  | "LCSA Third Party Access Coordinator, Los Angeles";

export const DEMO_PASSWORD = "ccsas-demo";

/** A sign-in on a cold server sharing two busy cores can take longer than an assertion's default five seconds. */
const SIGN_IN_WAIT = { timeout: 20_000 };

export function welcomeHeading(page: Page) {
  return page.getByRole("heading", { level: 1, name: /^Welcome, / });
}

/** The error the sign-in form shows; Next.js's route announcer is another role=alert, outside the form. */
export function signInAlert(page: Page) {
  return page.getByRole("form", { name: "Sign in" }).getByRole("alert");
}

/** Fills the Email and Password fields and presses "Sign in"; resolves once the server answered. */
export async function submitSignInForm(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  const answered = page.waitForResponse((response) => response.url().includes("/api/auth/callback/credentials"));
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await answered;
}

/** Another person at another desk: a fresh browser context, signed in with a demo button (any demo label). */
export async function person(browser: Browser, label: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/signin");
  await page.getByRole("button", { name: `Sign in as ${label}` }).click();
  await expect(welcomeHeading(page)).toBeVisible(SIGN_IN_WAIT);
  return page;
}

interface Fixtures {
  /** Signs in with the one-click demo button for `label` and waits for the home page. */
  signInAs: (label: DemoLabel) => Promise<void>;
}

export const test = base.extend<Fixtures>({
  signInAs: async ({ page }, use) => {
    await use(async (label) => {
      await page.goto("/signin");
      // The button's name also carries the account's email, so match its start.
      await page.getByRole("button", { name: `Sign in as ${label}` }).click();
      await expect(welcomeHeading(page)).toBeVisible(SIGN_IN_WAIT);
      await expect(page).toHaveURL("/");
    });
  },
});

export { expect };

/** Another person at another desk: a fresh browser context, signed in with a demo button. */
export async function signedInPage(browser: Browser, label: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/signin");
  await page.getByRole("button", { name: `Sign in as ${label}` }).click();
  // Several people sign in at once on a two-core machine: allow for a slow moment.
  await expect(welcomeHeading(page)).toBeVisible({ timeout: 30_000 });
  return page;
}
