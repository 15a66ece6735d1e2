import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { decodeJwt } from "jose";
import { identityAudit } from "@/domain/identity/audit-actions";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db/client";
import { env, oidcEnabled } from "@/lib/env";
import { authorizeWithPassword, recordSignIn } from "@/server/identity/password-sign-in";
import { endSession, openSession } from "@/server/identity/sessions";

function providers(): NextAuthOptions["providers"] {
  const list: NextAuthOptions["providers"] = [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize: (credentials, req) => authorizeWithPassword(credentials, req),
    }),
  ];
  const config = env();
  if (oidcEnabled(config)) {
    // A state's single sign-on: any OpenID Connect provider, switched on by OIDC_* variables.
    list.push({
      id: "oidc",
      name: config.OIDC_NAME,
      type: "oauth",
      wellKnown: `${config.OIDC_ISSUER!.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: config.OIDC_CLIENT_ID,
      clientSecret: config.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      // With the code flow, OpenID Connect returns the email and profile claims from the
      // UserInfo endpoint (Core 5.4), and conforming providers leave them out of the ID
      // token. So the profile is the ID token's claims (already verified by the callback)
      // plus UserInfo's, which must be about the same subject.
      userinfo: {
        async request({ tokens, client }) {
          const idToken = tokens.id_token ? decodeJwt(tokens.id_token) : {};
          const userinfo = await client.userinfo(tokens.access_token ?? "");
          if (idToken.sub && userinfo.sub !== idToken.sub) throw new Error("UserInfo is about another subject than the ID token.");
          return { ...idToken, ...userinfo };
        },
      },
      profile(profile: { sub: string; email?: string; name?: string }) {
        return { id: profile.sub, email: profile.email?.toLowerCase() ?? null, name: profile.name ?? null };
      },
    });
  }
  return list;
}

export function authOptions(): NextAuthOptions {
  const config = env();
  return {
    secret: config.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: config.SESSION_MAX_AGE_HOURS * 60 * 60 },
    pages: { signIn: "/signin", error: "/signin" },
    providers: providers(),
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await endSession(token.sid);
        const user = token?.sub ? await db.user.findUnique({ where: { id: token.sub }, select: { id: true, email: true } }) : null;
        if (!user) return;
        await db.$transaction((tx) =>
          recordAudit(tx, { actor: user, requestId: null }, { action: identityAudit.sign_out, entityType: "User", entityId: user.id, summary: "Signed out" }),
        );
      },
    },
    callbacks: {
      // Single sign-on admits only people an administrator has already invited.
      async signIn({ user, account }) {
        if (account?.provider !== "oidc") return true;
        const email = user.email?.toLowerCase();
        if (!email) return false;
        const known = await db.user.findUnique({ where: { email }, select: { id: true, email: true, status: true } });
        if (!known || known.status === "DISABLED") return false;
        if (known.status === "INVITED") {
          await db.user.update({ where: { id: known.id }, data: { status: "ACTIVE" } });
        }
        await recordSignIn(known, "single sign-on");
        return true;
      },
      async jwt({ token, user, account }) {
        if (user && account?.provider === "oidc" && token.email) {
          const known = await db.user.findUnique({ where: { email: token.email.toLowerCase() }, select: { id: true } });
          token.sub = known?.id;
        } else if (user) {
          token.sub = user.id;
        }
        // At sign-in (user is set only then), the session of record the cookie will name.
        if (user && token.sub) token.sid = await openSession(token.sub);
        return token;
      },
      session({ session, token }) {
        return { ...session, userId: token.sub };
      },
    },
  };
}
