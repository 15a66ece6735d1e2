import { describe, expect, it } from "vitest";
import { countOf, plural } from "@/lib/format";

describe("counts in words", () => {
  it("uses the singular for one and the plural otherwise", () => {
    expect(plural(1, "item")).toBe("item");
    expect(plural(0, "item")).toBe("items");
    expect(plural(2, "item")).toBe("items");
    expect(plural(2, "person", "people")).toBe("people");
  });

  it("writes the count with its word", () => {
    expect(countOf(1, "agenda item")).toBe("1 agenda item");
    expect(countOf(3, "agenda item")).toBe("3 agenda items");
    expect(countOf(0, "agenda item")).toBe("no agenda items");
    expect(countOf(0, "task", "tasks", { none: "nothing" })).toBe("nothing");
    expect(countOf(12000, "change request")).toBe("12,000 change requests");
    expect(countOf(1, "voting member")).toBe("1 voting member");
  });
});
