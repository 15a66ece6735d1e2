import { randomUUID } from "node:crypto";
import { DEMO_PASSWORD, expect, person, signInAlert, submitSignInForm, test, welcomeHeading, type DemoLabel } from "./support/fixtures";

const WRONG_PASSWORD = "The email or password is not right. Check them and try again.";
const THROTTLED = /^Too many failed sign-ins\. For your security, sign-in is paused: try again in \d+ minutes?\.$/;

interface RoleHome {
  label: DemoLabel;
  name: string;
  /** Part of the role summary shown in the header. */
  role: string;
  /** The card this role's work appears in (a pattern: "Your tasks" carries its count). */
  card: string | RegExp;
  admin?: true;
}

const ROLE_HOMES: RoleHome[] = [
  { label: "Administrator", name: "Alex Admin", role: "Administrator", card: "Administration", admin: true },
  { label: "CASES ESC chair", name: "Casey Chair", role: "ESC chair", card: /^Your tasks \(\d+/ },
  { label: "CASES ESC voting member", name: "Erin Member", role: "ESC member", card: /^Your tasks \(\d+/ },
  { label: "CASES Consortium Project Leader (TAB)", name: "Pat Leader", role: "Consortium Project Leader", card: "Change requests" },
  { label: "Third Party Access Process Manager", name: "Morgan Manager", role: "Process Manager", card: "Third-party access applications" },
  { label: "Third Party Access Process Owner", name: "Owen Owner", role: "Process Owner", card: "Third-party access applications" },
  { label: "LCSA Director, Los Angeles", name: "Dana Director", role: "LCSA Director, Los Angeles", card: "Your LCSA: Los Angeles" },
  { label: "Requestor, Los Angeles IV-A", name: "Riley Requestor", role: "Requestor, Los Angeles IV-A", card: /^Your organizations \(\d+\)$/ },
];

// Tagged @layout: the tablet project runs these too, to check every home at that width.
test.describe("each demo role's home", { tag: "@layout" }, () => {
  for (const home of ROLE_HOMES) {
    test(`${home.label} signs in and sees their work`, async ({ page, signInAs }) => {
      await signInAs(home.label);

      await expect(welcomeHeading(page)).toHaveText(`Welcome, ${home.name}`);
      const header = page.getByRole("banner");
      await expect(header).toContainText(home.name);
      await expect(header).toContainText(home.role);
      await expect(header.getByRole("button", { name: "Sign out" })).toBeVisible();
      await expect(page.getByRole("heading", typeof home.card === "string" ? { name: home.card, exact: true } : { name: home.card })).toBeVisible();

      const nav = page.getByRole("navigation", { name: "Main" });
      await expect(nav.getByRole("link", { name: "My work" })).toBeVisible();
      await expect(nav.getByRole("link", { name: "LCSAs and counties" })).toBeVisible();
      if (home.admin) {
        await expect(nav.getByRole("link", { name: "Users and roles" })).toBeVisible();
        await expect(nav.getByRole("link", { name: "Audit log" })).toBeVisible();
      } else {
        await expect(nav.getByRole("link", { name: "Users and roles" })).toHaveCount(0);
        await expect(nav.getByRole("link", { name: "Audit log" })).toHaveCount(0);
      }
    });
  }
});

test("an ESC member's home shows the next meeting with its agenda, and a CPL's the change requests with the way to the dashboard", async ({ browser }) => {
  const member = await person(browser, "CASES ESC voting member");
  const meetings = member.locator("section").filter({ has: member.getByRole("heading", { name: "Next meeting", exact: true }) });
  // The CASES ESC's next meeting (the demo's upcoming one, or one another journey scheduled sooner), with its agenda counted.
  await expect(meetings).toContainText(/CASES Executive Steering Committee · .* · \d+ agenda items?/);
  const next = meetings.getByRole("link").first();
  const title = (await next.textContent())!;
  await next.click();
  await expect(member.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(member.getByRole("heading", { level: 2, name: "Agenda" })).toBeVisible();

  const cpl = await person(browser, "CASES Consortium Project Leader (TAB)");
  const changeRequests = cpl.locator("section").filter({ has: cpl.getByRole("heading", { name: "Change requests", exact: true }) });
  await expect(changeRequests.getByText("Open", { exact: true })).toBeVisible();
  await expect(changeRequests.getByText("Overdue", { exact: true })).toBeVisible();
  await changeRequests.getByRole("link", { name: "Open the dashboard" }).click();
  await expect(cpl.getByRole("heading", { level: 1, name: "Change request dashboard" })).toBeVisible();
  await member.context().close();
  await cpl.context().close();
});

test("a wrong password is refused and the user stays on the sign-in page", async ({ page }) => {
  await page.goto("/signin");
  await submitSignInForm(page, "requestor@demo.local", "not-the-password");

  await expect(signInAlert(page)).toHaveText(WRONG_PASSWORD);
  await expect(page).toHaveURL(/\/signin(\?|$)/);
  await expect(welcomeHeading(page)).toHaveCount(0);
});

test("a signed-out visit to a page returns there after signing in", async ({ page }) => {
  await page.goto("/lcsas");
  await expect(page).toHaveURL("/signin?callbackUrl=%2Flcsas");

  await submitSignInForm(page, "director@demo.local", DEMO_PASSWORD);

  await expect(page).toHaveURL("/lcsas");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "LCSAs and counties" })).toHaveAttribute("aria-current", "page");
});

test("signing out ends the session", async ({ page, signInAs }) => {
  await signInAs("CASES ESC chair");
  const cookies = await page.context().cookies();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin\?signedOut=1$/);
  await expect(page.getByRole("status")).toHaveText("You have signed out.");

  await page.goto("/");
  await expect(page).toHaveURL("/signin?callbackUrl=%2F");
  await expect(page.getByRole("heading", { name: "Sign in", exact: true })).toBeVisible();
  // Issue 12, item 4: the old cookie, put back, opens nothing: the session ended on the server.
  await page.context().addCookies(cookies);
  await page.goto("/notifications");
  await expect(page).toHaveURL("/signin?callbackUrl=%2Fnotifications");
});

test("repeated failures for one email pause sign-in for it", async ({ page }) => {
  // A made-up address, so the demo accounts other tests use are never paused.
  const email = `nobody-${randomUUID()}@demo.local`;
  await page.goto("/signin");

  for (let attempt = 1; attempt <= 5; attempt++) {
    await submitSignInForm(page, email, `wrong-${attempt}`);
    await expect(signInAlert(page), `attempt ${attempt}`).toHaveText(WRONG_PASSWORD);
  }

  await submitSignInForm(page, email, "wrong-6");
  await expect(signInAlert(page)).toHaveText(THROTTLED);
  await expect(page).toHaveURL(/\/signin(\?|$)/);
});

// Issue 12, item 1: a return address is a path of this site, whatever the browser would make of it.
test.describe("return addresses stay on this site", () => {
  const FOREIGN = ["/%5Cevil.example/", "/%09/evil.example/", "//evil.example/", "https://evil.example/", "/.//evil.example/"];

  test("signed in, /signin sends each foreign return address home instead", async ({ page, signInAs }) => {
    await signInAs("Administrator");
    for (const callback of FOREIGN) {
      const response = await page.request.get(`/signin?callbackUrl=${callback}`, { maxRedirects: 0 });
      expect(response.status(), callback).toBe(307);
      expect(response.headers()["location"], callback).toBe("/");
    }
    const kept = await page.request.get(`/signin?callbackUrl=${encodeURIComponent("/committees?x=1")}`, { maxRedirects: 0 });
    expect(kept.headers()["location"]).toBe("/committees?x=1");
  });

  test("signing in through the form with a foreign return address ends on this site", async ({ page }) => {
    await page.goto("/signin?callbackUrl=/%5Cevil.example/");
    await submitSignInForm(page, "admin@demo.local", DEMO_PASSWORD);
    await expect(welcomeHeading(page)).toBeVisible();
    expect(new URL(page.url()).hostname).toBe("localhost");
  });
});

// Issue 12, item 2: the address sign-in is throttled by is the connection's, unless a configured proxy says otherwise.
test("a client's own X-Forwarded-For is not believed: sign-in is recorded from the connection's address", async ({ browser }) => {
  const forged = await (await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.9" } })).newPage();
  await forged.goto("/signin");
  await submitSignInForm(forged, "process.owner@demo.local", DEMO_PASSWORD);
  await expect(welcomeHeading(forged)).toBeVisible();

  const admin = await person(browser, "Administrator");
  await admin.goto(`/admin/audit?actor=process.owner%40demo.local&action=identity.sign_in`);
  const latest = admin.getByRole("row").nth(1);
  await expect(latest).toContainText(/Signed in \(password\) from (127\.0\.0\.1|::1|::ffff:127\.0\.0\.1)/);
  await expect(admin.getByText("203.0.113.9")).toHaveCount(0);
  await forged.context().close();
  await admin.context().close();
});
