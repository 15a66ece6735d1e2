/**
 * The headers every response carries, and the policy each page's scripts run under.
 * Pure (no Next, no Node): the proxy (src/proxy.ts) calls it on every request.
 */
export interface PolicyOptions {
  /** A fresh random value per request; Next puts it on its own inline and bundled scripts. */
  nonce: string;
  /** `next dev` evaluates code it has just compiled, which a strict policy forbids. */
  dev?: boolean;
  /** Where single sign-on sends the browser (the OpenID Connect issuer), when it is configured. */
  signOnOrigin?: string | null;
}

export function contentSecurityPolicy({ nonce, dev = false, signOnOrigin }: PolicyOptions): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts the nonced ones load are trusted; nothing else runs.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Tailwind's stylesheet is the app's own; React writes a few style attributes (widths of bars).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${signOnOrigin ? ` ${signOnOrigin}` : ""}`,
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Nothing here uses the camera, the microphone, location, payment or USB: say so to the browser. */
export const PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), browsing-topics=()";

/** HSTS only over https (a browser ignores it over http, and it must never pin a plain-http demo). */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

/** An id a client may give its request (carried into the audit log): a short, plain token, or none. */
export function acceptableRequestId(value: string | null): string | null {
  return value && /^[A-Za-z0-9._:-]{1,64}$/.test(value) ? value : null;
}
