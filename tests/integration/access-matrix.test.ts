import { beforeAll, describe, expect, it } from "vitest";
import { addDays, californiaDayOf } from "@/domain/calendar/day";
import { db } from "@/lib/db/client";
import { MATRIX_FRESH_FOR_MS, readMatrix } from "@/server/access/matrix";
import { GET as matrixPage } from "@/app/matrix/route";
import { GET as matrixCsv } from "@/app/matrix/approved-user-account-matrix.csv/route";
import { insertApplication, insertCountersigned } from "../support/access-rows.ts";

/**
 * The public Approved User Account Matrix (Appendix D; sections 5 and 6.9): every county, each
 * organization with its approved accounts and term from its latest countersigned MOU in force.
 */
const today = californiaDayOf(new Date());
const inAYear = addDays(today, 365);

function entriesOf(matrix: Awaited<ReturnType<typeof readMatrix>>, county: string) {
  return matrix.groups.flatMap((group) => group.counties).find((row) => row.name === county)!.entries;
}

async function page(headers: Record<string, string> = {}) {
  const response = await matrixPage(new Request("http://localhost/matrix", { headers }));
  return { response, html: await response.text() };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  // A countersignature recorded before this file's first reading, so the cache test below starts from a known page.
  await insertCountersigned(db, "Sacramento IV-A", { approvedAccounts: 60, termStartsOn: "2026-02-01", termEndsOn: inAYear });
});

describe("the matrix's reading", () => {
  it("lists all 58 counties, grouped by LCSA in the guide's order, each regional LCSA with its counties", async () => {
    const matrix = await readMatrix();
    const counties = matrix.groups.flatMap((group) => group.counties.map((county) => county.name));
    expect(counties).toHaveLength(58);
    expect(new Set(counties).size).toBe(58);
    // The guide lists Alameda, then Amador (Central Sierra's slot), then Butte.
    expect(matrix.groups.slice(0, 3).map((group) => group.lcsaName)).toEqual(["Alameda", "Central Sierra", "Butte"]);
    expect(matrix.groups[1]).toMatchObject({
      region: "Central Sierra",
      counties: [{ name: "Alpine" }, { name: "Amador" }, { name: "Calaveras" }, { name: "Tuolumne" }],
    });
    expect(matrix.groups[0]!.region).toBeNull();
    expect(matrix.guide?.number).toBe(1);
  });

  it("shows a countersigned application with its numbers and term, and not one still waiting for the countersignature", async () => {
    await insertCountersigned(db, "Alameda IV-A", { approvedAccounts: 5, termStartsOn: "2026-03-01", termEndsOn: inAYear });
    await insertApplication(db, "El Dorado IV-A", { state: "MOU_SIGNED", approvedAccounts: 2 });
    const matrix = await readMatrix();
    expect(entriesOf(matrix, "Alameda")).toEqual([
      expect.objectContaining({ organization: "Alameda IV-A", approvedAccounts: 5, termStartsOn: "2026-03-01", termEndsOn: inAYear }),
    ]);
    expect(entriesOf(matrix, "El Dorado")).toEqual([]);
  });

  it("drops an organization whose term has ended, and keeps one through the term's last day", async () => {
    await insertCountersigned(db, "Orange DA", { approvedAccounts: 10, termStartsOn: "2023-01-01", termEndsOn: "2025-12-31" });
    await insertCountersigned(db, "Orange IV-A", { approvedAccounts: 46, termStartsOn: "2024-01-01", termEndsOn: today });
    const matrix = await readMatrix();
    expect(entriesOf(matrix, "Orange").map((entry) => entry.organization)).toEqual(["Orange IV-A"]);
    const tomorrow = await readMatrix(new Date(Date.now() + 36 * 3_600_000));
    expect(entriesOf(tomorrow, "Orange")).toEqual([]);
  });

  it("shows a renewal in place of the application it renews", async () => {
    const first = await insertCountersigned(db, "Los Angeles IV-E", {
      approvedAccounts: 150,
      termStartsOn: "2024-01-01",
      termEndsOn: inAYear,
      countersignedAt: new Date("2024-01-01T18:00:00Z"),
    });
    await insertCountersigned(db, "Los Angeles IV-E", {
      kind: "RENEWAL",
      renewalOfId: first.id,
      approvedAccounts: 120,
      termStartsOn: addDays(inAYear, 1),
      termEndsOn: addDays(inAYear, 3 * 365),
      countersignedAt: new Date("2026-11-30T18:00:00Z"),
    });
    const entries = entriesOf(await readMatrix(), "Los Angeles");
    expect(entries).toEqual([expect.objectContaining({ organization: "Los Angeles IV-E", approvedAccounts: 120, termStartsOn: addDays(inAYear, 1) })]);
  });
});

describe("GET /matrix", () => {
  it("answers a complete page signed out, with the guide version, the CSV link and a nonced print script", async () => {
    const { response, html } = await page({ "x-nonce": "bm9uY2Utb25lLXR3bw==" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain("<h1>Approved User Account Matrix</h1>");
    expect(html).toContain("Version 1, published");
    expect(html).toContain('href="/matrix/approved-user-account-matrix.csv"');
    expect(html).toContain('<script src="/matrix/print.js" nonce="bm9uY2Utb25lLXR3bw==" defer></script>');
    expect(html).toContain('<tr class="region"><th scope="rowgroup" colspan="4">Central Sierra LCSA: Alpine, Amador, Calaveras, Tuolumne</th></tr>');
    expect(html).toContain('<tr><th scope="row">Sacramento</th><td>Sacramento IV-A</td><td class="num">60</td>');
    // No inline script: the CSP would refuse it.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/);
    expect(html).not.toMatch(/\son[a-z]+=/);
  });

  it("leaves the print script out without a nonce (the button stays hidden)", async () => {
    const { html } = await page();
    expect(html).not.toContain("<script");
    expect(html).toContain('id="print-matrix" class="button secondary" hidden');
  });

  it("escapes what it shows", async () => {
    await db.thirdPartyOrganization.update({ where: { name: "Shasta IV-A" }, data: { name: "Shasta <b>IV-A</b> & Co" } });
    await insertCountersigned(db, "Shasta <b>IV-A</b> & Co", { approvedAccounts: 4, termStartsOn: "2026-01-01", termEndsOn: inAYear });
    await wait(MATRIX_FRESH_FOR_MS + 50);
    const { html } = await page();
    expect(html).toContain("Shasta &lt;b&gt;IV-A&lt;/b&gt; &amp; Co");
  });

  it("shows a new countersignature within one second of its commit", async () => {
    await page(); // the instance now holds a reading
    await insertCountersigned(db, "Stanislaus IV-A", { approvedAccounts: 10, termStartsOn: "2026-05-01", termEndsOn: inAYear });
    const committed = Date.now();
    let shown: number | null = null;
    while (Date.now() - committed < 2_000) {
      if ((await page()).html.includes("<td>Stanislaus IV-A</td>")) {
        shown = Date.now();
        break;
      }
      await wait(25);
    }
    expect(shown).not.toBeNull();
    expect(shown! - committed).toBeLessThan(1_000);
  });
});

describe("GET /matrix/approved-user-account-matrix.csv", () => {
  it("is the matrix as rows, days as the page writes them, the countersignature in California time, named for the day", async () => {
    await insertCountersigned(db, "Santa Clara IV-A", {
      approvedAccounts: 49,
      termStartsOn: "2026-04-01",
      termEndsOn: "2099-03-31",
      countersignedAt: new Date("2026-03-31T17:05:00Z"),
    });
    await wait(MATRIX_FRESH_FOR_MS + 50);
    const response = await matrixCsv();
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="approved-user-account-matrix-${today}.csv"`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    // The byte-order mark lets Excel read the names' accents.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).split("\r\n");
    expect(lines[0]).toBe("County,LCSA,User organization,Approved user accounts,Term starts,Term ends,Countersigned (California time)");
    expect(lines[1]).toBe('Alameda,Alameda,Alameda IV-A,5,"Mar 1, 2026","' + formatted(inAYear) + '",' + lines[1]!.split(",").at(-1));
    expect(lines[2]).toBe("Alpine,Central Sierra,,0,,,");
    expect(lines).toContain('Santa Clara,Santa Clara,Santa Clara IV-A,49,"Apr 1, 2026","Mar 31, 2099",2026-03-31 10:05 PDT');
    // One row per county without an organization, one per organization: 58 counties, 7 of them with one organization each.
    expect(lines.filter((line) => line !== "")).toHaveLength(1 + 51 + 7);
  });
});

function formatted(day: string): string {
  return new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
}
