import { fileURLToPath } from "node:url";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { APP_PORT, IDP_CLIENT_ID, IDP_CLIENT_SECRET, IDP_ISSUER, IDP_NAME } from "./support/oidc-client";

const root = fileURLToPath(new URL("..", import.meta.url));
const port = APP_PORT;
const baseURL = `http://localhost:${port}`;
const dataDir = ".data/e2e";
const ci = Boolean(process.env.CI);

export default defineConfig({
  testDir: path.join(root, "e2e"),
  outputDir: path.join(root, "test-results"),
  fullyParallel: true,
  // The app server shares the machine's two cores with the browsers: allow slow moments.
  timeout: 60_000,
  forbidOnly: ci,
  retries: ci ? 1 : 0,
  // The machine has two cores, and the app server shares them.
  workers: 2,
  reporter: [["list"], ["html", { open: "never", outputFolder: path.join(root, "playwright-report") }]],
  use: {
    baseURL,
    browserName: "chromium",
    // `playwright install` cannot download browsers here; Debian's chromium is used instead.
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        // Without these, Chromium's background connections are refused in bulk (TOOLCHAIN.md).
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
      ],
    },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "desktop",
      use: { viewport: { width: 1280, height: 800 } },
    },
    {
      // iPad-like, but on Chromium: only WebKit-free browsers are available here.
      name: "tablet",
      grep: /@layout/,
      use: { viewport: { width: 820, height: 1180 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
    },
  ],
  webServer: [
    {
      // A local OpenID Connect identity provider, for the single sign-on tests (sso.spec.ts).
      command: "npx tsx e2e/support/oidc-idp.ts",
      cwd: root,
      url: `${IDP_ISSUER}/.well-known/openid-configuration`,
      timeout: 30_000,
      reuseExistingServer: !ci,
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      // The production build, against its own embedded database, wiped before every run.
      command: `npx tsx e2e/support/wipe-data-dir.ts ${dataDir} && npx tsx src/cli/start.ts`,
      cwd: root,
      // An empty DATABASE_URL makes start.ts use the embedded server even if the shell has one.
      env: {
        CCSAS_DATA_DIR: dataDir,
        PORT: String(port),
        DATABASE_URL: "",
        NEXT_TELEMETRY_DISABLED: "1",
        // Single sign-on against the IdP above.
        OIDC_ISSUER: IDP_ISSUER,
        OIDC_CLIENT_ID: IDP_CLIENT_ID,
        OIDC_CLIENT_SECRET: IDP_CLIENT_SECRET,
        OIDC_NAME: IDP_NAME,
      },
      url: `${baseURL}/api/health`,
      // First start initialises PostgreSQL, migrates, seeds and may run `next build`.
      timeout: 300_000,
      reuseExistingServer: !ci,
      // SIGTERM lets start.ts stop `next start` and the embedded PostgreSQL cleanly.
      gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
      stdout: "pipe",
      stderr: "pipe",
    },
  ],
});
