import { NextResponse, type NextRequest } from "next/server";

/**
 * Runs before every page and action: gives each request an id (carried into audit events
 * and error references) and remembers the path so sign-in can return to it. Signed-out
 * visits to protected pages go to /signin at once; the pages still check the session
 * themselves, since a cookie's presence proves nothing.
 */
const PUBLIC_PATHS = [/^\/signin$/, /^\/invite\//, /^\/api\//, /^\/minutes(\/|$)/, /^\/matrix(\/|$)/];
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isPublic = PUBLIC_PATHS.some((pattern) => pattern.test(pathname));
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!isPublic && !hasSession) {
    const url = request.nextUrl.clone();
    url.pathname = "/signin";
    url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }
  const requestHeaders = new Headers(request.headers);
  const id = request.headers.get("x-request-id") ?? crypto.randomUUID();
  requestHeaders.set("x-request-id", id);
  requestHeaders.set("x-pathname", pathname + search);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("x-request-id", id);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
