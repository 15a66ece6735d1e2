/** How the browser tests' identity provider (oidc-idp.ts) and the app (playwright.config.ts) know each other. */
export const IDP_PORT = 3199;
export const IDP_ISSUER = `http://localhost:${IDP_PORT}`;
export const IDP_CLIENT_ID = "ccsas-e2e";
export const IDP_CLIENT_SECRET = "ccsas-e2e-secret-for-browser-tests-only";
/** The label of the app's button: "Sign in with Test single sign-on". */
export const IDP_NAME = "Test single sign-on";
