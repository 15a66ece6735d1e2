import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { isPublicPath, proxy } from "@/proxy";

/** A signed-out visit (no session cookie) to a path. */
const signedOut = (path: string) => proxy(new NextRequest(new URL(path, "http://ccsas.test")));

describe("the proxy's public paths", () => {
  it("serves the public matrix signed out: its page, its files and /matrix.csv (Third Party Access Process 5 item 2)", () => {
    for (const path of ["/matrix", "/matrix/", "/matrix/approved-user-account-matrix.csv", "/matrix/print.js", "/matrix.csv"]) {
      expect(isPublicPath(path), path).toBe(true);
      expect(signedOut(path).headers.get("location"), path).toBeNull();
    }
  });

  it("widens the rule to exactly /matrix.csv: other paths that begin with /matrix still ask for a sign-in", () => {
    for (const path of ["/matrix.csv/other", "/matrix.csvx", "/matrix.json", "/matrixes", "/access", "/access/tracking/export"]) {
      expect(isPublicPath(path), path).toBe(false);
      const response = signedOut(path);
      expect(response.status, path).toBe(307);
      expect(new URL(response.headers.get("location")!).pathname, path).toBe("/signin");
    }
  });

  it("keeps the other public paths public", () => {
    for (const path of ["/signin", "/invite/abc", "/api/health", "/minutes/123"]) expect(isPublicPath(path), path).toBe(true);
  });
});
