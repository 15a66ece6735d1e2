import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/return-path";

describe("a return address", () => {
  it.each([
    ["/\\evil.example/", "a backslash, which browsers read as a slash"],
    ["/\t/evil.example/", "a tab, which browsers strip"],
    ["/\n/evil.example/", "a newline, which browsers strip"],
    ["//evil.example/", "a protocol-relative address"],
    ["/.//evil.example/", "a dot segment that leaves two slashes"],
    ["https://evil.example/", "an absolute address"],
    ["javascript:alert(1)", "a script"],
    ["evil.example", "a relative path"],
    ["", "nothing"],
  ])("%j (%s) goes home instead", (value) => {
    expect(safeReturnPath(value)).toBe("/");
  });

  it("keeps a path of this site with its query and fragment", () => {
    expect(safeReturnPath("/committees?x=1#minutes")).toBe("/committees?x=1#minutes");
    expect(safeReturnPath("/change-requests/abc")).toBe("/change-requests/abc");
  });

  it("falls back to what the caller names", () => {
    expect(safeReturnPath("//evil.example", "/notifications")).toBe("/notifications");
  });
});
