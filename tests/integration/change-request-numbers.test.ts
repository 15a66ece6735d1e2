/**
 * Issue 13: change request numbers have no gaps. A submission refused for something missing
 * rolls back whole, and must give its number back (CR-0020 was never seen: a sequence had
 * spent it); people creating at the same moment each get their own number, one after another.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { UserError } from "@/lib/errors";
import { importCsv } from "@/server/change-requests/csv-import";
import { createChangeRequest } from "@/server/change-requests/initiation";
import { changeRequestWorld, COMPLETE_INITIATION, type ChangeRequestWorld } from "../support/change-request-world.ts";

let w: ChangeRequestWorld;
beforeAll(async () => {
  w = await changeRequestWorld(db);
});

async function highest(): Promise<number> {
  const last = await db.changeRequest.findFirst({ orderBy: { number: "desc" }, select: { number: true } });
  return last?.number ?? 0;
}

async function create(title: string, intent: "save" | "submit" = "save", fields: Partial<typeof COMPLETE_INITIATION> = {}) {
  return createChangeRequest(await w.as(w.author), { ...COMPLETE_INITIATION, ...fields, title, kind: "ENHANCEMENT", consortiumId: w.ids.cases, intent });
}

describe("change request numbers", () => {
  it("a refused submission gives its number back: the next change request takes it", async () => {
    const before = await highest();
    // Submitting with the scope missing is refused, and the transaction rolls back.
    const refused = await create("Refused: no scope", "submit", { scope: "" }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(UserError);
    expect(await db.changeRequest.count({ where: { title: "Refused: no scope" } })).toBe(0);

    const next = await create("Accepted after the refusal", "submit");
    expect(next.number).toBe(before + 1);
    expect(next.label).toBe(`CR-${String(before + 1).padStart(4, "0")}`);
  });

  it("people creating at the same moment get distinct, consecutive numbers", async () => {
    const before = await highest();
    const count = 8;
    const created = await Promise.all(Array.from({ length: count }, (_, i) => create(`Created at once ${i}`)));
    const numbers = created.map((cr) => cr.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: count }, (_, i) => before + 1 + i));
  });

  it("refused and accepted creations racing each other leave no gap", async () => {
    const before = await highest();
    const attempts = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) => (i % 2 ? create(`Race refused ${i}`, "submit", { scope: "" }) : create(`Race accepted ${i}`, "submit"))),
    );
    expect(attempts.filter((attempt) => attempt.status === "rejected")).toHaveLength(3);
    const rows = await db.changeRequest.findMany({ where: { number: { gt: before } }, orderBy: { number: "asc" }, select: { number: true, title: true } });
    expect(rows.map((row) => row.number)).toEqual([before + 1, before + 2, before + 3]);
    expect(rows.every((row) => row.title.startsWith("Race accepted"))).toBe(true);
  });

  it("an import takes the next numbers in its file's order; the import that loses a race gives its numbers back", async () => {
    const cpl = await w.as(w.cpl);
    const header = "external_ref,title,consortium,kind,state,submitted_on,reconsider_on,author_email";
    const before = await highest();
    // The same file twice at once: the loser's rows collide with the winner's external numbers
    // and its transaction rolls back.
    const file = `${header}\nSR-NUM-1,First,CASES,,,,,\nSR-NUM-2,Second,CASES,,,,,\n`;
    const results = await Promise.allSettled([importCsv(cpl, file), importCsv(cpl, file)]);
    expect(results.map((result) => (result.status === "fulfilled" ? result.value.imported : 0)).sort()).toEqual([0, 2]);
    const rows = await db.changeRequest.findMany({
      where: { number: { gt: before } },
      orderBy: { number: "asc" },
      select: { number: true, externalRef: true },
    });
    expect(rows).toEqual([
      { number: before + 1, externalRef: "SR-NUM-1" },
      { number: before + 2, externalRef: "SR-NUM-2" },
    ]);
    const after = await create("After the import");
    expect(after.number).toBe(before + 3);
  });

  it("rows inserted together in one statement are numbered one after another", async () => {
    const before = await highest();
    await db.changeRequest.createMany({
      data: ["Batch one", "Batch two", "Batch three"].map((title) => ({ title, consortiumId: w.ids.cases, authorId: w.author.id, benefits: [] })),
    });
    const rows = await db.changeRequest.findMany({ where: { number: { gt: before } }, orderBy: { number: "asc" }, select: { number: true, title: true } });
    expect(rows).toEqual([
      { number: before + 1, title: "Batch one" },
      { number: before + 2, title: "Batch two" },
      { number: before + 3, title: "Batch three" },
    ]);
  });
});
