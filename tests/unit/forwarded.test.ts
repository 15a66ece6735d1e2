import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { clientAddressOf, resolveForwardedHeaders, trustedProxies } from "@/lib/forwarded";

/** Issue 12, item 2: a forwarded address is believed only from a configured proxy. */
function request(peer: string, headers: Record<string, string>): IncomingMessage {
  return { socket: { remoteAddress: peer }, headers: { ...headers } } as unknown as IncomingMessage;
}

describe("resolveForwardedHeaders", () => {
  it("with no proxy configured, ignores a client's X-Forwarded-For and uses the socket", () => {
    const req = request("198.51.100.4", { "x-forwarded-for": "203.0.113.9", "x-forwarded-proto": "https", "x-forwarded-host": "evil.example" });
    resolveForwardedHeaders(req, trustedProxies(undefined));
    expect(req.headers["x-forwarded-for"]).toBe("198.51.100.4");
    expect(req.headers["x-forwarded-proto"]).toBeUndefined();
    expect(req.headers["x-forwarded-host"]).toBeUndefined();
  });

  it("behind a configured proxy, takes the address it forwarded for and its scheme", () => {
    const req = request("10.0.0.2", { "x-forwarded-for": "203.0.113.9", "x-forwarded-proto": "https" });
    resolveForwardedHeaders(req, trustedProxies("10.0.0.0/8"));
    expect(req.headers["x-forwarded-for"]).toBe("203.0.113.9");
    expect(req.headers["x-forwarded-proto"]).toBe("https");
  });

  it("does not believe entries a client put before the proxy's own", () => {
    // The client sent "X-Forwarded-For: 192.0.2.1"; the proxy appended the client's real address.
    const req = request("10.0.0.2", { "x-forwarded-for": "192.0.2.1, 203.0.113.9" });
    resolveForwardedHeaders(req, trustedProxies("10.0.0.2"));
    expect(req.headers["x-forwarded-for"]).toBe("203.0.113.9");
  });

  it("a peer outside the configured proxies is the client, whatever it forwards", () => {
    const req = request("198.51.100.4", { "x-forwarded-for": "10.0.0.7" });
    resolveForwardedHeaders(req, trustedProxies("10.0.0.0/8, loopback"));
    expect(req.headers["x-forwarded-for"]).toBe("198.51.100.4");
  });
});

describe("clientAddressOf", () => {
  it("reads the resolved address, and nothing that is not an address", () => {
    expect(clientAddressOf({ "x-forwarded-for": "203.0.113.9" })).toBe("203.0.113.9");
    expect(clientAddressOf({ "x-forwarded-for": "::1" })).toBe("::1");
    expect(clientAddressOf({ "x-forwarded-for": "not-an-address" })).toBeNull();
    expect(clientAddressOf({})).toBeNull();
    expect(clientAddressOf(new Headers({ "x-forwarded-for": "192.0.2.1, 198.51.100.4" }))).toBe("198.51.100.4");
  });
});
