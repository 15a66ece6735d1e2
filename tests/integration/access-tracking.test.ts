import { beforeAll, describe, expect, it } from "vitest";
import { parseTrackingFilter, trackingExportRows, trackingScope } from "@/domain/access/tracking";
import { db } from "@/lib/db/client";
import { trackingExport, trackingPage } from "@/server/access/tracking";
import { insertApplication, organizationNamed } from "../support/access-rows.ts";
import { actor, makeUser, STATEWIDE, type MakeUserOptions } from "../support/identity.ts";

/** Third Party Access Process 5 item 1: the tracking spreadsheet, each person's rows only. */
const filter = (params: Record<string, string> = {}) => parseTrackingFilter(params);
let la: Awaited<ReturnType<typeof organizationNamed>>;
let orange: Awaited<ReturnType<typeof organizationNamed>>;

async function scopeOf(roles: MakeUserOptions["roles"]) {
  const user = await makeUser(db, { roles });
  return trackingScope((await actor(db, user.id)).actor);
}

beforeAll(async () => {
  la = await organizationNamed(db, "Los Angeles IV-A");
  orange = await organizationNamed(db, "Orange DA");
  const first = await insertApplication(db, "Los Angeles IV-A", {
    state: "UNDER_REVIEW",
    // 07:30 UTC on January 1 is still December 31, 2025 in California.
    identifiedAt: new Date("2026-01-01T07:30:00Z"),
    invitationSentAt: new Date("2026-02-03T17:00:00Z"),
    submittedAt: new Date("2026-02-20T17:00:00Z"),
  });
  await db.accessReview.createMany({
    data: [
      { applicationId: first.id, kind: "LEGAL", requestedAt: new Date("2026-02-21T17:00:00Z"), favorable: true, answeredAt: new Date("2026-03-02T18:00:00Z") },
      { applicationId: first.id, kind: "CONNECTIVITY", requestedAt: new Date("2026-02-21T17:00:00Z") },
    ],
  });
  await insertApplication(db, "Orange DA", { state: "ACTIVE", identifiedAt: new Date("2026-03-01T18:00:00Z"), officeId: "OR-DA-1" });
  // 55 more Los Angeles applications identified in 2026, for the pages.
  const director = await makeUser(db);
  await db.accessApplication.createMany({
    data: Array.from({ length: 55 }, (_, index) => ({
      number: 20_000 + index,
      organizationId: la.id,
      countyId: la.countyId,
      lcsaId: la.lcsaId,
      state: "IDENTIFIED" as const,
      identifiedAt: new Date(`2026-05-${String(1 + (index % 28)).padStart(2, "0")}T18:00:00Z`),
      inviteeName: "Bulk",
      inviteeTitle: "Director",
      inviteeAddress: "Somewhere",
      inviteeEmail: `bulk${index}@example.gov`,
      coordinatorName: "C",
      coordinatorTitle: "C",
      coordinatorContact: "c",
      sysadminName: "S",
      sysadminTitle: "S",
      sysadminContact: "s",
      recommendedAccounts: 1,
      invitationOn: new Date("2026-06-01T00:00:00Z"),
      identifiedById: director.id,
    })),
  });
});

describe("who sees which applications", () => {
  it("shows DCSS's access roles every application", async () => {
    const scope = await scopeOf([{ role: "CONTRACT_MANAGER", scope: STATEWIDE }]);
    expect((await trackingPage(scope, filter())).total).toBe(57);
  });

  it("shows an LCSA's roles only their LCSA's, and its counties only in the filter", async () => {
    const scope = await scopeOf([{ role: "LCSA_TPA_COORDINATOR", scope: { type: "LCSA", lcsaId: orange.lcsaId } }]);
    const page = await trackingPage(scope, filter());
    expect(page.rows.map((row) => row.organization)).toEqual(["Orange DA"]);
    expect(page.counties.map((county) => county.name)).toEqual(["Orange"]);
    // Asking for another county's rows by its id gives nothing.
    expect((await trackingPage(scope, filter({ county: la.countyId }))).total).toBe(0);
    expect(await trackingExport(scope, filter())).toHaveLength(1);
  });

  it("shows someone with no access role nothing", async () => {
    const scope = await scopeOf([{ role: "REQUESTOR", scope: { type: "ORGANIZATION", organizationId: la.id } }]);
    expect(await trackingPage(scope, filter())).toMatchObject({ total: 0, rows: [], counties: [] });
  });
});

describe("the table", () => {
  it("filters by state, county and the California year of identification", async () => {
    const scope = { all: true } as const;
    expect((await trackingPage(scope, filter({ state: "ACTIVE" }))).rows.map((row) => row.officeId)).toEqual(["OR-DA-1"]);
    expect((await trackingPage(scope, filter({ county: orange.countyId }))).total).toBe(1);
    expect((await trackingPage(scope, filter({ year: "2025" }))).rows.map((row) => row.organization)).toEqual(["Los Angeles IV-A"]);
    expect((await trackingPage(scope, filter({ year: "2026" }))).total).toBe(56);
  });

  it("pages by 50, newest first, and carries each step's day, the reviews' answers among them", async () => {
    const scope = { all: true } as const;
    const first = await trackingPage(scope, filter());
    expect(first).toMatchObject({ total: 57, pages: 2, page: 1 });
    expect(first.rows).toHaveLength(50);
    expect(first.rows[0]!.number).toBe(20_054);
    const second = await trackingPage(scope, filter({ page: "2" }));
    expect(second.rows).toHaveLength(7);
    const oldest = await trackingPage(scope, filter({ sort: "oldest" }));
    expect(oldest.rows[0]).toMatchObject({
      organization: "Los Angeles IV-A",
      state: "UNDER_REVIEW",
      legalAnsweredAt: new Date("2026-03-02T18:00:00Z"),
      connectivityAnsweredAt: null,
      countersignedAt: null,
    });
    expect(trackingExportRows([oldest.rows[0]!])[1]!.slice(5, 10)).toEqual([
      "2025-12-31 23:30 PST",
      "2026-02-03 09:00 PST",
      "2026-02-20 09:00 PST",
      "2026-03-02 10:00 PST",
      "",
    ]);
  });

  it("exports every matching row, not only a page", async () => {
    expect(await trackingExport({ all: true }, filter({ county: la.countyId }))).toHaveLength(56);
  });
});
