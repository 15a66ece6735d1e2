/**
 * Issue 13: pages open on the person's own consortium (the CASES CPL's backlog ranking
 * opened on ARS, the first in the alphabet). The consortium comes from their roles.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { homeConsortiumId } from "@/server/change-requests/home-consortium";
import { actor, makeUser, STATEWIDE } from "../support/identity.ts";

let ids: { cases: string; ars: string; arsLcsa: string; casesEsc: string; arsEsc: string };
beforeAll(async () => {
  const [cases, ars] = await Promise.all(["CASES", "ARS"].map((code) => db.consortium.findUniqueOrThrow({ where: { code }, select: { id: true } })));
  const arsLcsa = await db.lcsa.findFirstOrThrow({ where: { consortiumId: ars!.id }, orderBy: { code: "asc" }, select: { id: true } });
  const [casesEsc, arsEsc] = await Promise.all(
    ["CASES-ESC", "ARS-ESC"].map((code) => db.committee.findUniqueOrThrow({ where: { code }, select: { id: true } })),
  );
  ids = { cases: cases!.id, ars: ars!.id, arsLcsa: arsLcsa.id, casesEsc: casesEsc!.id, arsEsc: arsEsc!.id };
});

async function homeOf(options: Parameters<typeof makeUser>[1]) {
  const user = await makeUser(db, options);
  return homeConsortiumId((await actor(db, user.id)).actor);
}

async function seatedOn(committeeId: string) {
  const user = await makeUser(db, { name: "Seated member" });
  const seat = await db.seat.findFirstOrThrow({ where: { committeeId, terms: { none: {} } }, orderBy: { sortOrder: "desc" }, select: { id: true } });
  await db.term.create({ data: { seatId: seat.id, userId: user.id, startsOn: new Date("2025-07-01") } });
  return homeConsortiumId((await actor(db, user.id)).actor);
}

describe("a person's own consortium", () => {
  it("is the consortium of a consortium role: the CPL's", async () => {
    expect(await homeOf({ roles: [{ role: "CONSORTIUM_PROJECT_LEADER", scope: { type: "CONSORTIUM", consortiumId: ids.cases } }] })).toBe(ids.cases);
    expect(await homeOf({ roles: [{ role: "CONSORTIUM_PROJECT_LEADER", scope: { type: "CONSORTIUM", consortiumId: ids.ars } }] })).toBe(ids.ars);
  });

  it("is their LCSA's consortium for an LCSA's role", async () => {
    expect(await homeOf({ roles: [{ role: "LCSA_DIRECTOR", scope: { type: "LCSA", lcsaId: ids.arsLcsa } }] })).toBe(ids.ars);
  });

  it("is the consortium of the ESC they sit on", async () => {
    expect(await seatedOn(ids.arsEsc)).toBe(ids.ars);
    expect(await seatedOn(ids.casesEsc)).toBe(ids.cases);
  });

  it("is none for statewide roles and for people with no role", async () => {
    expect(await homeOf({ roles: [{ role: "ADMINISTRATOR", scope: STATEWIDE }] })).toBeNull();
    expect(await homeOf({})).toBeNull();
  });
});
