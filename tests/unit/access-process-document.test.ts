import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseProcessDocument, PROCESS_DOCUMENT_FILE } from "../../prisma/extract/parse-process-document.ts";
import { nextReviewDue, processVersionInForce } from "@/domain/access/process-review";
import { day } from "@/domain/calendar/day";

const SOURCE = resolve(process.cwd(), process.env.SEEDS_DIR ?? "../shared/seeds", "002_7a3e1b34df2f1488.txt");
const committed = JSON.parse(readFileSync(resolve(process.cwd(), "prisma/data", PROCESS_DOCUMENT_FILE), "utf8")) as ReturnType<typeof parseProcessDocument>;

describe("the process document's revision history", () => {
  it("is committed as the document states it: v1.0 of January 11 and v1.1 of January 25, 2008", () => {
    expect(committed.revisions).toEqual([
      { version: "1.0", releasedOn: "2008-01-11", purpose: "Initial Baseline" },
      { version: "1.1", releasedOn: "2008-01-25", purpose: "Update Pages 4, 5, 8, 9, 10, 12" },
    ]);
    expect(processVersionInForce(committed.revisions)).toEqual({ version: "1.1", releasedOn: "2008-01-25", purpose: "Update Pages 4, 5, 8, 9, 10, 12" });
  });

  it.skipIf(!existsSync(SOURCE))("is what the extraction reads from the document", () => {
    expect(parseProcessDocument(readFileSync(SOURCE, "utf8"))).toEqual(committed);
  });
});

describe("section 1.2's yearly review", () => {
  it("is due a year after the last review, or a year after the version in force when there has been none", () => {
    expect(nextReviewDue(day("2026-03-15"), day("2008-01-25"))).toBe("2027-03-15");
    expect(nextReviewDue(null, day("2008-01-25"))).toBe("2009-01-25");
    // A review on February 29 falls due on February 28 the next year.
    expect(nextReviewDue(day("2028-02-29"), day("2008-01-25"))).toBe("2029-02-28");
  });
});
