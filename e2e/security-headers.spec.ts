import os from "node:os";
import { DEMO_PASSWORD, expect, submitSignInForm, test, welcomeHeading } from "./support/fixtures";

/** Issue 12, items 7 and 8: what the built app says about itself, and to whom it answers. */

test("pages carry a nonce-based Content-Security-Policy, Permissions-Policy, and no HSTS over http", async ({ page }) => {
  const response = await page.goto("/signin");
  const headers = response!.headers();
  const policy = headers["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["strict-transport-security"]).toBeUndefined();

  // Next put this request's nonce on its scripts, so the page works under the policy.
  const nonce = /'nonce-([^']+)'/.exec(policy)![1];
  const scripts = await page.locator("script[src]").evaluateAll((elements) => elements.map((element) => (element as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  expect(new Set(scripts)).toEqual(new Set([nonce]));

  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  await submitSignInForm(page, "admin@demo.local", DEMO_PASSWORD);
  await expect(welcomeHeading(page)).toBeVisible();
  await page.getByRole("link", { name: "Committees" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(refused).toEqual([]);
});

test("a forwarded https claim from a client that is no configured proxy does not turn on HSTS", async ({ request }) => {
  const response = await request.get("/signin", { headers: { "X-Forwarded-Proto": "https" } });
  expect(response.headers()["strict-transport-security"]).toBeUndefined();
});

test("a server action posted from another site is refused with 403", async ({ request }) => {
  const response = await request.post("/committees", {
    headers: { "Next-Action": "0123456789abcdef0123456789abcdef01234567", Origin: "https://evil.example", "Content-Type": "text/plain;charset=UTF-8" },
    data: "[]",
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
});

test("a client's long or odd x-request-id is not taken as the request's id", async ({ request }) => {
  const long = await request.get("/api/health", { headers: { "x-request-id": "a".repeat(4096) } });
  expect(long.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  const plain = await request.get("/api/health", { headers: { "x-request-id": "lb-7f3a.42" } });
  expect(plain.headers()["x-request-id"]).toBe("lb-7f3a.42");
});

test("the app answers on the loopback interface only, unless HOST says otherwise", async ({ baseURL }) => {
  const external = Object.values(os.networkInterfaces())
    .flat()
    .find((entry) => entry && entry.family === "IPv4" && !entry.internal);
  test.skip(!external, "this machine has no network interface besides loopback");
  const port = new URL(baseURL!).port;
  const answer = await fetch(`http://${external!.address}:${port}/api/health`, { signal: AbortSignal.timeout(5_000) }).then(
    (response) => `answered ${response.status}`,
    () => "refused",
  );
  expect(answer).toBe("refused");
});

test("a control character in a search box finds nothing instead of breaking the page", async ({ page, signInAs }) => {
  await signInAs("Administrator");
  for (const path of ["/change-requests?q=%00", "/admin/users?q=%00", "/admin/audit?action=%00"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
  }
});
