import { beforeAll, describe, expect, it } from "vitest";
import { accessAudit } from "@/domain/access/audit-actions";
import { editConversionSchema } from "@/domain/access/conversion-schemas";
import { db } from "@/lib/db/client";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { countyConversions, editConversion } from "@/server/access/conversions";
import { seedConversions } from "../../prisma/seed/conversions.ts";
import { actor, makeAdmin, makeUser, STATEWIDE } from "../support/identity.ts";

/** Third Party Access Process 3: counties' CSE conversion dates, demo values until an administrator saves them. */
let admin: Awaited<ReturnType<typeof makeAdmin>>;
let owner: Awaited<ReturnType<typeof makeUser>>;

const county = (name: string) => db.county.findUniqueOrThrow({ where: { name } });
const edit = (values: Record<string, string>) => editConversionSchema.parse(values);

beforeAll(async () => {
  admin = await makeAdmin(db);
  owner = await makeUser(db, { roles: [{ role: "PROCESS_OWNER", scope: STATEWIDE }] });
});

describe("the seeded demo conversions", () => {
  it("give every county a demo date and wave, Los Angeles long converted and some counties converting in 2027", async () => {
    const counties = await countyConversions();
    expect(counties).toHaveLength(58);
    expect(counties.every((row) => row.conversionIsDemo && row.cseConversionOn !== null && row.conversionWave !== null)).toBe(true);
    expect(counties.find((row) => row.name === "Los Angeles")).toMatchObject({
      cseConversionOn: "2026-02-02",
      conversionWave: 1,
      invitationsFrom: "2026-04-02",
    });
    expect(counties.filter((row) => row.cseConversionOn!.startsWith("2027")).map((row) => row.name)).toContain("Alpine");
    // A regional LCSA converts as one: Central Sierra's four counties share a date.
    expect(new Set(counties.filter((row) => row.lcsa === "Central Sierra").map((row) => row.cseConversionOn))).toEqual(new Set(["2027-03-01"]));
  });
});

describe("editing a county's conversion", () => {
  it("is the administrator's: anyone else is refused and nothing changes", async () => {
    const before = await county("Fresno");
    await expect(
      editConversion(
        await actor(db, owner.id),
        edit({ countyId: before.id, version: String(before.version), cseConversionOn: "2026-03-02", conversionWave: "1" }),
      ),
    ).rejects.toThrow(ForbiddenError);
    expect(await county("Fresno")).toEqual(before);
  });

  it("saves the date and wave, no longer a demo value, audited; seeding again keeps it", async () => {
    const before = await county("Fresno");
    await editConversion(
      await actor(db, admin.id),
      edit({ countyId: before.id, version: String(before.version), cseConversionOn: "2026-03-02", conversionWave: "" }),
    );
    const after = await county("Fresno");
    expect(after).toMatchObject({
      cseConversionOn: new Date("2026-03-02T00:00:00Z"),
      conversionWave: null,
      conversionIsDemo: false,
      version: before.version + 1,
    });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: accessAudit.edit_conversion, entityId: before.id } });
    expect(event.summary).toBe("Fresno: converts on Feb 2, 2026 (wave 1) → converts on Mar 2, 2026");
    await db.$transaction((tx) => seedConversions(tx));
    expect(await county("Fresno")).toEqual(after);
  });

  it("refuses a save over a newer version, saying who saved and what is stored, and changes nothing", async () => {
    const stored = await county("Fresno");
    await expect(
      editConversion(
        await actor(db, admin.id),
        edit({ countyId: stored.id, version: String(stored.version - 1), cseConversionOn: "2026-06-01", conversionWave: "2" }),
      ),
    ).rejects.toThrow(
      new ConflictError(
        `${admin.email} changed Fresno while you were editing: it now converts on Mar 2, 2026. Your change was not saved; review it and save again.`,
      ),
    );
    expect(await county("Fresno")).toEqual(stored);
  });

  it("clears a date (not scheduled), and refuses an impossible day in the schema", async () => {
    const stored = await county("Kern");
    await editConversion(await actor(db, admin.id), edit({ countyId: stored.id, version: String(stored.version), cseConversionOn: "", conversionWave: "" }));
    expect(await county("Kern")).toMatchObject({ cseConversionOn: null, conversionWave: null });
    const parsed = editConversionSchema.safeParse({ countyId: stored.id, version: "2", cseConversionOn: "2026-02-30", conversionWave: "1" });
    expect(parsed.error?.issues[0]?.message).toBe("There is no such date as 2026-02-30.");
  });
});
