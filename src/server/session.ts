import "server-only";
import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { roleLabel, type Role } from "@/domain/identity/roles";
import type { CurrentUser } from "@/lib/context";
import { env } from "@/lib/env";
import { can, type Permission } from "@/lib/permissions";
import { createSessionLoader } from "@/lib/session-loader";
import { seatGrants } from "@/server/governance/session-grants";
import { roleAssignmentGrants } from "@/server/identity/session-grants";
import { openSessionCondition } from "@/server/identity/sessions";
import { unreadNotifications } from "@/server/notifications/session-extras";

/**
 * The session as the app loads it: the composition of what each module declares it needs
 * of the signed-in user (src/lib/session-loader.ts loads it in one round trip).
 */
export const sessionLoader = createSessionLoader({
  grants: [roleAssignmentGrants, seatGrants],
  extras: { unreadNotifications },
  roleLabel: (role) => roleLabel(role as Role),
  sessionOpen: openSessionCondition,
});

/** The signed-in user, loaded once per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  await connection(); // per-request by nature: never prerendered at build time
  const store = await cookies();
  const token = sessionLoader.cookieNames.map((name) => store.get(name)?.value).find(Boolean);
  return sessionLoader.userFromToken(token, env().NEXTAUTH_SECRET);
});

/** The path being rendered, set by the proxy, so sign-in can bring the user back. */
async function currentPath(): Promise<string> {
  return (await headers()).get("x-pathname") ?? "/";
}

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(await currentPath())}`);
  return user;
}

/**
 * For pages: signed out goes to sign-in; signed in without permission is told so (403,
 * src/app/forbidden.tsx, which says who grants access). A record that must stay secret
 * (another author's draft) still answers "not found" from its own query.
 */
export async function requirePermission<R>(permission: Permission<R>, ...resource: undefined extends R ? [resource?: R] : [resource: R]): Promise<CurrentUser> {
  const user = await requireUser();
  if (!can(user, permission, ...resource)) forbidden();
  return user;
}
