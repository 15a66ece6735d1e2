/**
 * A return address (where to go after signing in) as a path of this site, or the fallback.
 * Decided with the URL parser, as the browser will read it: it strips tabs and newlines,
 * reads a backslash as a slash and resolves dot segments, so `/\evil.example/`,
 * `/<tab>/evil.example/` and `/.//evil.example` all name another host. Pure, so both the
 * server (the sign-in page's redirect) and the browser (the form's navigation) apply it.
 */
const BASE = "http://this-site.invalid";

export function safeReturnPath(value: string | null | undefined, fallback = "/"): string {
  if (!value || !value.startsWith("/") || value.length > 2_000) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE || url.pathname.startsWith("//")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
