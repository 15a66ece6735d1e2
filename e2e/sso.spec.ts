import { randomUUID } from "node:crypto";
import { type Page } from "@playwright/test";
import { expect, test, welcomeHeading } from "./support/fixtures";
import { IDP_ISSUER, IDP_NAME } from "./support/oidc-client";

// Single sign-on against the local OpenID Connect provider that Playwright starts
// (support/oidc-idp.ts): its login form takes any email as the login, with any password.

const NOT_REGISTERED = "Your single sign-on account is not registered here. Ask an administrator for an invitation.";

/** From /signin: presses the SSO button, signs in at the IdP as `email`, and consents. */
async function signInWithSso(page: Page, email: string) {
  // The "Sign in" button is enabled once React runs; before that the SSO button does nothing.
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeEnabled();
  await page.getByRole("button", { name: `Sign in with ${IDP_NAME}` }).click();

  await expect(page).toHaveURL((url) => url.origin === IDP_ISSUER && url.pathname.startsWith("/interaction/"), { timeout: 20_000 });
  await page.getByPlaceholder("Enter any login").fill(email);
  await page.getByPlaceholder("and password").fill("any password works here");
  await page.getByRole("button", { name: "Sign-in" }).click();

  // The consent page asks for openid, email and profile.
  await page.getByRole("button", { name: "Continue" }).click();
}

test("a registered user signs in with single sign-on and lands on their home page", async ({ page }) => {
  await page.goto("/signin");
  await signInWithSso(page, "director@demo.local");

  await expect(page).toHaveURL("/");
  await expect(welcomeHeading(page)).toHaveText("Welcome, Dana Director");
  await expect(page.getByRole("heading", { name: "Your LCSA: Los Angeles", exact: true })).toBeVisible();
});

test("an email the app does not know is refused and stays signed out", async ({ page }) => {
  await page.goto("/signin");
  await signInWithSso(page, `stranger-${randomUUID().slice(0, 8)}@example.gov`);

  await expect(page).toHaveURL(/\/signin\?(.*&)?error=AccessDenied/);
  await expect(page.getByRole("alert").filter({ hasText: NOT_REGISTERED })).toBeVisible();

  await page.goto("/");
  await expect(page).toHaveURL(/\/signin(\?|$)/);
  await expect(welcomeHeading(page)).toHaveCount(0);
});

test("single sign-on returns to the page that asked for it", async ({ page }) => {
  await page.goto("/lcsas");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Flcsas$/);
  await signInWithSso(page, "director@demo.local");

  await expect(page).toHaveURL("/lcsas");
  await expect(page.getByRole("heading", { level: 1, name: "LCSAs and counties" })).toBeVisible();
});
