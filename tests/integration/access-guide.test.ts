import { beforeAll, describe, expect, it } from "vitest";
import { accessAudit } from "@/domain/access/audit-actions";
import { reviseGuideSchema, type ReviseGuideInput } from "@/domain/access/guide-schemas";
import { db } from "@/lib/db/client";
import { ConflictError, ForbiddenError, UserError } from "@/lib/errors";
import { readMatrix } from "@/server/access/matrix";
import { reviseGuide } from "@/server/access/guide";
import { guideVersion, guideVersions } from "@/server/access/guide-view";
import { actor, makeUser, STATEWIDE } from "../support/identity.ts";

/** Third Party Access Process 9: the Process Owner publishes new versions of the 1.6 guide; every version stays readable. */
let owner: Awaited<ReturnType<typeof makeUser>>;
let manager: Awaited<ReturnType<typeof makeUser>>;
let version1: { sortOrder: number; label: string; organization: string | null; reserved: number }[];

/** The form as the page posts it: every row with its reserved number, some changed. */
function form(baseVersion: number, rows: typeof version1, changes: Record<string, number>, extra: Record<string, string> = {}): ReviseGuideInput {
  return reviseGuideSchema.parse({
    baseVersion: String(baseVersion),
    row: rows.map((row) => String(row.sortOrder)),
    reserved: rows.map((row) => String(changes[`${row.label}|${row.organization ?? ""}`] ?? row.reserved)),
    note: "The survey found Fresno and Kern short of accounts.",
    ...extra,
  });
}

const counts = async () => ({
  versions: await db.allocationGuideVersion.count(),
  rows: await db.allocationGuideRow.count(),
  audit: await db.auditEvent.count(),
});

beforeAll(async () => {
  owner = await makeUser(db, { roles: [{ role: "PROCESS_OWNER", scope: STATEWIDE }] });
  manager = await makeUser(db, { roles: [{ role: "PROCESS_MANAGER", scope: STATEWIDE }] });
  version1 = (await guideVersion(1, 1))!.rows;
});

describe("publishing a new version of the guide", () => {
  it("refuses anyone but the Process Owner, and writes nothing", async () => {
    const before = await counts();
    await expect(reviseGuide(await actor(db, manager.id), form(1, version1, { "Fresno|": 3 }))).rejects.toThrow(ForbiddenError);
    expect(await counts()).toEqual(before);
  });

  it("refuses a revision that changes nothing, and writes nothing", async () => {
    const before = await counts();
    await expect(reviseGuide(await actor(db, owner.id), form(1, version1, {}))).rejects.toThrow("The revision changes nothing in version 1 of the guide.");
    expect(await counts()).toEqual(before);
  });

  it("requires a note", () => {
    const parsed = reviseGuideSchema.safeParse({ baseVersion: "1", row: ["0"], reserved: ["5"], note: "   " });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.path).toEqual(["note"]);
  });

  it("publishes version 2 with the changed numbers and the added row, audited, and leaves version 1 as it was", async () => {
    const result = await reviseGuide(
      await actor(db, owner.id),
      form(1, version1, { "Fresno|": 3, "Kern|": 4 }, { addLabel: "Kern", addOrganization: "Probation", addReserved: "2" }),
    );
    expect(result.number).toBe(2);

    const v2 = (await guideVersion(2, 2))!;
    expect(v2).toMatchObject({ number: 2, current: true, note: "The survey found Fresno and Kern short of accounts.", publishedBy: owner.name });
    expect(v2.rows).toHaveLength(version1.length + 1);
    expect(v2.rows.find((row) => row.label === "Fresno")!.reserved).toBe(3);
    const kern = v2.rows.filter((row) => row.label === "Kern");
    expect(kern.map((row) => [row.organization, row.reserved])).toEqual([
      [null, 4],
      ["Probation", 2],
    ]);
    // The added row follows the county's last row, in Kern's LCSA.
    expect(v2.rows.indexOf(kern[1]!)).toBe(v2.rows.indexOf(kern[0]!) + 1);
    expect(kern[1]!.lcsa).toBe("kern");
    // Totals: version 1's reserved (the document's table) plus 2 (Fresno) + 3 (Kern) + 2 (Kern Probation).
    const v1 = (await guideVersion(1, 2))!;
    expect(v1.current).toBe(false);
    expect(v1.rows).toEqual(version1);
    expect(v2.totals.reserved).toBe(v1.totals.reserved + 7);
    // Summed by hand from the table in 1.6: 20 named rows (1,281 users, 513 reserved) and 39 rows of one.
    expect(v1.totals).toEqual({ preConversionUsers: 1281, reserved: 552 });

    const event = await db.auditEvent.findFirstOrThrow({ where: { action: accessAudit.revise_guide } });
    expect(event).toMatchObject({ entityType: "AllocationGuideVersion", actorId: owner.id });
    expect(event.summary).toBe(
      "Published version 2 of the User Account Allocation Guide: Fresno other third party users reserves 3; Kern other third party users reserves 4; added Kern Probation, reserving 2",
    );
    expect((await guideVersions()).map((entry) => entry.number)).toEqual([2, 1]);
    expect((await readMatrix()).guide?.number).toBe(2);
  });

  it("refuses an edit of a version that is no longer the latest, saying who published, and writes nothing", async () => {
    const before = await counts();
    const stale = reviseGuide(await actor(db, owner.id), form(1, version1, { "Glenn|": 2 }));
    await expect(stale).rejects.toThrow(ConflictError);
    await expect(reviseGuide(await actor(db, owner.id), form(1, version1, { "Glenn|": 2 }))).rejects.toThrow(
      new RegExp(`^Version 2 of the guide was published by ${owner.name} on .+ while you were editing version 1\\. Nothing was published`),
    );
    expect(await counts()).toEqual(before);
  });

  it("refuses a row the guide does not have, and an added row the guide already has", async () => {
    const v2 = (await guideVersion(2, 2))!.rows;
    const before = await counts();
    await expect(
      reviseGuide(await actor(db, owner.id), { ...form(2, v2, { "Glenn|": 2 }), row: [...v2.map((row) => row.sortOrder).slice(0, -1), 999] }),
    ).rejects.toThrow(UserError);
    await expect(reviseGuide(await actor(db, owner.id), form(2, v2, {}, { addLabel: "Alameda", addOrganization: "iv-a ", addReserved: "9" }))).rejects.toThrow(
      "The guide already has a row for Alameda iv-a.",
    );
    expect(await counts()).toEqual(before);
  });

  it("lets two Process Owners publishing from one version at once publish one version, refusing the other", async () => {
    const v2 = (await guideVersion(2, 2))!.rows;
    const other = await makeUser(db, { roles: [{ role: "PROCESS_OWNER", scope: STATEWIDE }] });
    const outcomes = await Promise.allSettled([
      reviseGuide(await actor(db, owner.id), form(2, v2, { "Glenn|": 2 })),
      reviseGuide(await actor(db, other.id), form(2, v2, { "Yuba|": 2 })),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((outcomes.find((outcome) => outcome.status === "rejected") as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    expect(await db.allocationGuideVersion.count()).toBe(3);
  });
});
