import { NextResponse, type NextRequest } from "next/server";
import { acceptableRequestId, contentSecurityPolicy, PERMISSIONS_POLICY, STRICT_TRANSPORT_SECURITY } from "@/lib/security-headers";

/**
 * Runs before every page and action:
 * - refuses a server action posted from another site (403), before Next would;
 * - gives each request an id (carried into audit events and error references), the
 *   client's own only when it is a short plain token;
 * - sets the security headers: a Content-Security-Policy whose nonce Next puts on its
 *   scripts, Permissions-Policy, and HSTS when served over https;
 * - remembers the path so sign-in can return to it. Signed-out visits to protected pages go
 *   to /signin at once; the pages still check the session themselves, since a cookie's
 *   presence proves nothing.
 */
// Third Party Access Process 5 item 2: the Matrix "is available to interested persons from all
// organizations", so it is public, as a page (/matrix, its print script and CSV beneath it) and
// as the CSV at /matrix.csv; exactly that file, not every path that begins with "/matrix".
const PUBLIC_PATHS = [/^\/signin$/, /^\/invite\//, /^\/api\//, /^\/minutes(\/|$)/, /^\/matrix(\/|$)/, /^\/matrix\.csv$/];
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/** Whether a path is served to a signed-out visitor without sending them to /signin first. */
export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATHS.some((pattern) => pattern.test(pathname));
}

/** The host the browser addressed: X-Forwarded-Host survives only from a trusted proxy (src/cli/server.ts). */
function requestedHost(request: NextRequest): string | null {
  return request.headers.get("x-forwarded-host") ?? request.headers.get("host");
}

function isForeignAction(request: NextRequest): boolean {
  if (request.method !== "POST" || !request.headers.has("next-action")) return false;
  const origin = request.headers.get("origin");
  if (!origin) return false; // Next refuses an action without one itself; browsers always send it.
  try {
    return new URL(origin).host !== requestedHost(request);
  } catch {
    return true;
  }
}

function signOnOrigin(): string | null {
  try {
    return process.env.OIDC_ISSUER ? new URL(process.env.OIDC_ISSUER).origin : null;
  } catch {
    return null;
  }
}

export function proxy(request: NextRequest) {
  if (isForeignAction(request)) {
    return new NextResponse("This form was sent from another site, so it was refused.", {
      status: 403,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const { pathname, search } = request.nextUrl;
  const isPublic = isPublicPath(pathname);
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!isPublic && !hasSession) {
    const url = request.nextUrl.clone();
    url.pathname = "/signin";
    url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }

  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === "development", signOnOrigin: signOnOrigin() });
  const id = acceptableRequestId(request.headers.get("x-request-id")) ?? crypto.randomUUID();
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-request-id", id);
  requestHeaders.set("x-pathname", pathname + search);
  requestHeaders.set("x-nonce", nonce);
  // Next reads the policy from the request to find the nonce for the scripts it renders.
  requestHeaders.set("content-security-policy", policy);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("x-request-id", id);
  response.headers.set("content-security-policy", policy);
  response.headers.set("permissions-policy", PERMISSIONS_POLICY);
  if (request.headers.get("x-forwarded-proto") === "https") response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
