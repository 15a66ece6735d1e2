/**
 * A local OpenID Connect identity provider that exists ONLY for the browser tests
 * (e2e/sso.spec.ts): never run it anywhere else. Playwright starts it before the app
 * (e2e/playwright.config.ts); by hand: `npx tsx e2e/support/oidc-idp.ts`.
 *
 * It is `oidc-provider` with its development-only pieces: the built-in login form, where
 * the login typed IS the user's email and any password works, then a consent page whose
 * "Continue" grants what was asked (openid email profile); an in-memory store; and one
 * client, the app. Like a real IdP it follows OpenID Connect to the letter: with the
 * authorization code flow, email and name come from the UserInfo endpoint, and the ID
 * token carries only `sub`.
 */
import { generateKeyPairSync } from "node:crypto";
import Provider, { type Account } from "oidc-provider";
import { APP_PORT, IDP_CLIENT_ID, IDP_CLIENT_SECRET, IDP_ISSUER, IDP_PORT } from "./oidc-client";

const APP_CALLBACK = `http://localhost:${APP_PORT}/api/auth/callback/oidc`;

/** Every login is an account: its id and email are what was typed, its name the part before "@". */
function findAccount(_ctx: unknown, id: string): Account {
  const email = id.trim().toLowerCase();
  return {
    accountId: email,
    claims: () => ({
      sub: email,
      email,
      email_verified: true,
      name: email.split("@")[0] ?? email,
    }),
  };
}

// A fresh signing key per run, so the provider does not fall back to its shared dev keys.
const signingKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });

const provider = new Provider(IDP_ISSUER, {
  clients: [
    {
      client_id: IDP_CLIENT_ID,
      client_secret: IDP_CLIENT_SECRET,
      redirect_uris: [APP_CALLBACK],
      grant_types: ["authorization_code"],
      response_types: ["code"],
      // What next-auth v4's openid-client sends unless told otherwise.
      token_endpoint_auth_method: "client_secret_basic",
    },
  ],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  cookies: { keys: ["ccsas-e2e-idp-cookie-key"] },
  jwks: { keys: [{ ...signingKey, use: "sig", alg: "RS256", kid: "e2e" }] },
  findAccount,
});

provider.listen(IDP_PORT, "127.0.0.1", () => {
  console.log(`[e2e idp] OpenID provider for browser tests: ${IDP_ISSUER}/.well-known/openid-configuration`);
});
