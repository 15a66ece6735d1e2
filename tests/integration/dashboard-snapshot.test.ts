import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { currentDashboard, dashboard, SNAPSHOT_SECONDS } from "@/server/change-requests/dashboard";
import { makeAdmin } from "../support/identity.ts";
import { consortiumId, makeCr } from "../support/cr-rows.ts";

/**
 * The dashboard page reads its figures from a snapshot in PostgreSQL: it must always equal
 * the figures computed afresh, except for the passing of time within one minute. Every
 * change to what the dashboard shows makes the snapshot stale when that change commits.
 */
let authorId: string;
const all = { consortiumId: null };

beforeAll(async () => {
  authorId = (await makeAdmin(db, { name: "Sam Snapshot" })).id;
  for (const [i, state] of (["DRAFT", "SUBMITTED", "IMPACT_ANALYSIS", "UAT", "CLOSED"] as const).entries()) {
    await makeCr(db, authorId, { state, daysInState: i * 40, consortium: i % 2 ? "ARS" : "CASES" });
  }
});

const version = async () => Number((await db.$queryRaw<{ v: bigint }[]>`SELECT last_value AS v FROM "dashboard_version"`)[0]!.v);
const snapshot = (scope: string) => db.crDashboardSnapshot.findUnique({ where: { scope } });

describe("the dashboard's snapshot", () => {
  it("gives the figures computed afresh, and is stored for the next reader", async () => {
    const first = (await currentDashboard(null)).figures;
    expect(first).toEqual(await dashboard(all));
    expect(await snapshot("all")).toMatchObject({ version: BigInt(await version()) });
    // The second read is the snapshot, and still the same figures.
    expect((await currentDashboard(null)).figures).toEqual(first);
  });

  it("is used while nothing changed and the minute has not passed, and recomputed after", async () => {
    await currentDashboard(null);
    const real = await dashboard(all);
    // Mark the stored figures so a read from the snapshot shows.
    await db.$executeRaw`UPDATE "CrDashboardSnapshot" SET figures = jsonb_set(figures, '{groups}', '[]') WHERE scope = 'all'`;
    expect((await currentDashboard(null)).figures.total).toBe(0);
    await db.$executeRaw`UPDATE "CrDashboardSnapshot" SET "computedAt" = now() - make_interval(secs => ${SNAPSHOT_SECONDS + 1}) WHERE scope = 'all'`;
    expect((await currentDashboard(null)).figures).toEqual(real);
  });

  it("is stale as soon as a change request, a vote, an alert, an escalation or a status report changes", async () => {
    const before = (await currentDashboard(null)).figures;
    const cr = await makeCr(db, authorId, { state: "SUBMITTED" });
    const added = (await currentDashboard(null)).figures;
    expect(added.total).toBe(before.total + 1);
    expect(added).toEqual(await dashboard(all));

    await db.changeRequest.update({ where: { id: cr.id }, data: { state: "WITHDRAWN" } });
    expect((await currentDashboard(null)).figures.open).toBe(before.open);

    const consortium = await consortiumId(db, "CASES");
    await db.crAlert.create({ data: { consortiumId: consortium, kind: "COST", description: "Over budget", raisedById: authorId } });
    expect((await currentDashboard(null)).figures.alertCounts.COST).toBe((before.alertCounts.COST ?? 0) + 1);

    await db.escalation.create({ data: { consortiumId: consortium, title: "Vendor staffing", description: "Short two developers", raisedById: authorId } });
    expect((await currentDashboard(null)).figures).toEqual(await dashboard(all));

    await db.statusReport.create({ data: { consortiumId: consortium, periodEnding: new Date("2026-10-31"), body: "On track", filedById: authorId } });
    expect((await currentDashboard(null)).figures.latestReports.map((report) => report.consortium)).toContain("CASES");
  });

  it("keeps one snapshot per consortium beside the one for all", async () => {
    const ars = { consortiumId: await consortiumId(db, "ARS") };
    const page = await currentDashboard("ARS");
    expect(page.consortium).toMatchObject({ id: ars.consortiumId, code: "ARS" });
    expect(page.consortia.map((consortium) => consortium.code)).toEqual(["ARS", "CASES"]);
    expect(page.figures).toEqual(await dashboard(ars));
    expect(page.figures.consortia).toEqual(["ARS"]);
    expect(await snapshot(ars.consortiumId)).not.toBeNull();
    // A code that is no consortium's shows both, from the snapshot for all.
    const unknown = await currentDashboard("NOPE");
    expect(unknown.consortium).toBeNull();
    expect(unknown.figures).toEqual(await dashboard(all));
    expect(await db.crDashboardSnapshot.count({ where: { scope: { notIn: ["all", ars.consortiumId] } } })).toBe(0);
  });

  it("moves its version when a change commits, not before, and not for a change rolled back", async () => {
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      const start = await version();
      await other.query("BEGIN");
      await other.query(`UPDATE "ChangeRequest" SET title = title || '.' WHERE id = (SELECT id FROM "ChangeRequest" LIMIT 1)`);
      expect(await version()).toBe(start);
      await other.query("ROLLBACK");
      expect(await version()).toBe(start);
      await other.query(`UPDATE "ChangeRequest" SET title = title || '.' WHERE id = (SELECT id FROM "ChangeRequest" LIMIT 1)`);
      expect(await version()).toBeGreaterThan(start);
    } finally {
      await other.end();
    }
  });

  it("stays right while readers and writers race", async () => {
    const writes = Array.from({ length: 10 }, (_, i) => makeCr(db, authorId, { state: "DRAFT", title: `Raced ${i}` }));
    const reads = Array.from({ length: 20 }, () => currentDashboard(null));
    await Promise.all([...writes, ...reads]);
    expect((await currentDashboard(null)).figures).toEqual(await dashboard(all));
  });
});
