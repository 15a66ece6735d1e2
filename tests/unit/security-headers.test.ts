import { describe, expect, it } from "vitest";
import { acceptableRequestId, contentSecurityPolicy } from "@/lib/security-headers";

describe("contentSecurityPolicy", () => {
  it("allows the request's nonce and no inline or foreign script", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123" });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("form-action 'self'");
  });

  it("lets a form go to the single sign-on provider when one is configured", () => {
    expect(contentSecurityPolicy({ nonce: "n", signOnOrigin: "https://login.state.example" })).toContain("form-action 'self' https://login.state.example");
  });

  it("allows eval only for next dev", () => {
    expect(contentSecurityPolicy({ nonce: "n", dev: true })).toContain("'unsafe-eval'");
  });
});

describe("acceptableRequestId", () => {
  it("takes a short plain token and nothing else", () => {
    expect(acceptableRequestId("lb-7f3a.42:1")).toBe("lb-7f3a.42:1");
    expect(acceptableRequestId("a".repeat(64))).toBe("a".repeat(64));
    expect(acceptableRequestId("a".repeat(65))).toBeNull();
    expect(acceptableRequestId("id with spaces")).toBeNull();
    expect(acceptableRequestId("<script>")).toBeNull();
    expect(acceptableRequestId("")).toBeNull();
    expect(acceptableRequestId(null)).toBeNull();
  });
});
