/**
 * next-auth v4 credentials sign-in over plain HTTP: a CSRF token with its cookie from
 * /api/auth/csrf, then a form POST to /api/auth/callback/credentials. A sign-in worked
 * when the answer sets the session cookie (a refused one also answers 200 with json=true).
 */
export const SESSION_COOKIE = "next-auth.session-token";
export const DEMO_PASSWORD = "ccsas-demo";

export interface CsrfPair {
  token: string;
  /** The Cookie header value to send with the token. */
  cookie: string;
}

/** `name=value` pairs from the Set-Cookie headers of a response. */
function cookiePairs(response: Response): string[] {
  return response.headers.getSetCookie().map((line) => line.split(";")[0]!.trim());
}

export async function fetchCsrf(baseUrl: string): Promise<CsrfPair> {
  const response = await fetch(`${baseUrl}/api/auth/csrf`);
  if (response.status !== 200) throw new Error(`GET /api/auth/csrf answered ${response.status}`);
  const { csrfToken } = (await response.json()) as { csrfToken?: string };
  const cookie = cookiePairs(response)
    .filter((pair) => pair.includes("csrf-token"))
    .join("; ");
  if (!csrfToken || !cookie) throw new Error("GET /api/auth/csrf gave no token or no cookie");
  return { token: csrfToken, cookie };
}

export function signInBody(csrf: CsrfPair, email: string, password = DEMO_PASSWORD): string {
  return new URLSearchParams({ csrfToken: csrf.token, email, password, json: "true", callbackUrl: "/" }).toString();
}

export const SIGN_IN_PATH = "/api/auth/callback/credentials";
export const FORM_HEADERS = { "content-type": "application/x-www-form-urlencoded" };

/** Whether a Set-Cookie header (as a string or list) carries the session cookie. */
export function setsSession(setCookie: string | string[] | undefined): boolean {
  const lines = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  return lines.some((line) => line.startsWith(`${SESSION_COOKIE}=`) && !line.startsWith(`${SESSION_COOKIE}=;`));
}

/** Signs in and returns the Cookie header value that carries the session. */
export async function signIn(baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const csrf = await fetchCsrf(baseUrl);
  const response = await fetch(`${baseUrl}${SIGN_IN_PATH}`, {
    method: "POST",
    redirect: "manual",
    headers: { ...FORM_HEADERS, cookie: csrf.cookie },
    body: signInBody(csrf, email, password),
  });
  const body = await response.text();
  const session = cookiePairs(response).find((pair) => pair.startsWith(`${SESSION_COOKIE}=`) && pair.length > SESSION_COOKIE.length + 1);
  if (!session) throw new Error(`sign-in as ${email} failed: ${response.status} ${body.slice(0, 300)}`);
  return session;
}
