/** How the browser tests' identity provider (oidc-idp.ts) and the app (playwright.config.ts) know each other. */
/** The app's port; E2E_PORT moves both servers, so that several checkouts can run their browser tests at once. */
export const APP_PORT = Number(process.env.E2E_PORT ?? 3100);
export const IDP_PORT = APP_PORT + 99;
export const IDP_ISSUER = `http://localhost:${IDP_PORT}`;
export const IDP_CLIENT_ID = "ccsas-e2e";
export const IDP_CLIENT_SECRET = "ccsas-e2e-secret-for-browser-tests-only";
/** The label of the app's button: "Sign in with Test single sign-on". */
export const IDP_NAME = "Test single sign-on";
