import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken } from "@/lib/auth/session-token";

const SECRET = "a-test-secret-that-is-long-enough-123456";

describe("decodeSessionToken", () => {
  it("reads the tokens next-auth writes", async () => {
    const token = await encode({ token: { sub: "user-1", email: "a@example.gov" }, secret: SECRET });
    expect(await decodeSessionToken(token, SECRET)).toMatchObject({ sub: "user-1", email: "a@example.gov" });
  });

  it("refuses a token sealed with another secret", async () => {
    const token = await encode({ token: { sub: "user-1" }, secret: "another-secret-that-is-long-enough-98765" });
    expect(await decodeSessionToken(token, SECRET)).toBeNull();
  });

  it("refuses an expired token", async () => {
    const token = await encode({ token: { sub: "user-1" }, secret: SECRET, maxAge: -60 });
    expect(await decodeSessionToken(token, SECRET)).toBeNull();
  });

  it("refuses a tampered token", async () => {
    const token = await encode({ token: { sub: "user-1" }, secret: SECRET });
    const tampered = `${token.slice(0, -4)}${token.slice(-4) === "AAAA" ? "BBBB" : "AAAA"}`;
    expect(await decodeSessionToken(tampered, SECRET)).toBeNull();
  });
});
