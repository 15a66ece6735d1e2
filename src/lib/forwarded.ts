import { isIP } from "node:net";
import type { IncomingMessage } from "node:http";
import proxyaddr from "proxy-addr";

/**
 * Who the client is, believed only as far as the operator allows. A browser can send any
 * `X-Forwarded-For` it likes; only a proxy the deployment names in TRUSTED_PROXIES (off by
 * default) may tell us the address it forwarded for. The app's server (src/cli/server.ts)
 * resolves the address once, with proxy-addr (Express's resolver: from the socket back
 * through the chain of trusted hops), and hands the app exactly one `X-Forwarded-For`
 * entry: the resolved client. `X-Forwarded-Proto`, `-Host` and `-Port` from an untrusted
 * peer are dropped, so Next fills them from the socket.
 */
export type HeaderBag = Record<string, string | string[] | undefined>;

/**
 * TRUSTED_PROXIES: a comma-separated list of addresses, CIDR ranges, or proxy-addr's names
 * (`loopback`, `linklocal`, `uniquelocal`). Empty: no proxy is trusted.
 */
export function trustedProxies(setting: string | undefined): (address: string, hop: number) => boolean {
  const list = (setting ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return list.length ? proxyaddr.compile(list) : () => false;
}

const FORWARDED_DETAILS = ["x-forwarded-proto", "x-forwarded-host", "x-forwarded-port", "forwarded"];

/** Rewrites a request's forwarded headers to what may be believed of it. */
export function resolveForwardedHeaders(req: IncomingMessage, trust: (address: string, hop: number) => boolean): void {
  const peer = req.socket.remoteAddress ?? "";
  const client = proxyaddr(req, trust);
  if (!trust(peer, 0)) {
    for (const name of FORWARDED_DETAILS) delete req.headers[name];
  }
  req.headers["x-forwarded-for"] = client;
}

/** The client's address as the server resolved it, or null when there is none to believe. */
export function clientAddressOf(headers: HeaderBag | Headers | undefined): string | null {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers?.["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw[raw.length - 1] : raw;
  // Resolved, there is one entry; were the server bypassed, the nearest hop is the last one.
  const address = value?.split(",").at(-1)?.trim() ?? "";
  return isIP(address) ? address : null;
}
