/**
 * The Process Manager's queue and an application's page: what each person finds (scoped as
 * accessPermissions.read is), the most urgent first by process 4's clocks, filtered and fifty a
 * page, and still quick at 5,000 applications.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { parseQueueFilter } from "@/domain/access/schemas";
import type { Prisma } from "@/generated/prisma/client";
import type { CurrentUser } from "@/lib/context";
import { db } from "@/lib/db/client";
import { accessQueue, applicationDetail, readableApplication } from "@/server/access/queries";
import { accessWorld, applicationAt, NOW, type AccessWorld } from "../support/access-world.ts";

let w: AccessWorld;
const user = async (person: { id: string }): Promise<CurrentUser> => (await w.as(person)).actor;
const queue = async (person: { id: string }, params: Record<string, string> = {}) => accessQueue(await user(person), parseQueueFilter(params), NOW);

let lateId: string;
let orangeId: string;
beforeAll(async () => {
  w = await accessWorld(db);
  // An application submitted two months ago whose legal review is long late, and one in Orange.
  const late = await applicationAt(db, w, "REVIEWS_REQUESTED");
  lateId = late.id;
  await db.accessApplication.update({ where: { id: lateId }, data: { submittedAt: new Date("2026-10-01T17:00:00Z") } });
  const orange = await db.thirdPartyOrganization.findUniqueOrThrow({ where: { name: "Orange DA" } });
  orangeId = (
    await db.accessApplication.create({
      data: {
        number: 900,
        organizationId: orange.id,
        countyId: w.places.orange.countyId,
        lcsaId: w.places.orange.lcsaId,
        state: "AWAITING_DECISION",
        stateChangedAt: new Date("2026-11-20T17:00:00Z"),
        ...invitee,
        identifiedById: w.people.orangeDirector.id,
        identifiedAt: new Date("2026-09-01T17:00:00Z"),
        invitationSentAt: new Date("2026-09-03T17:00:00Z"),
        submittedAt: new Date("2026-10-15T17:00:00Z"),
      },
    })
  ).id;
  await db.accessReview.create({
    data: {
      applicationId: orangeId,
      kind: "LEGAL",
      requestedAt: new Date("2026-10-16T17:00:00Z"),
      favorable: true,
      answeredAt: new Date("2026-11-19T17:00:00Z"),
    },
  });
  await applicationAt(db, w, "INVITED");
  await applicationAt(db, w, "OFFICE_ID");
  await applicationAt(db, w, "REJECTED");
});

const invitee = {
  inviteeName: "Ana Ruiz",
  inviteeTitle: "Deputy Director",
  inviteeAddress: "1 Main St, Santa Ana, CA",
  inviteeEmail: "ana@example.gov",
  coordinatorName: "Cory Liaison",
  coordinatorTitle: "Coordinator",
  coordinatorContact: "cory@example.gov",
  sysadminName: "Sid Admin",
  sysadminTitle: "System Administrator",
  sysadminContact: "sid@example.gov",
  recommendedAccounts: 5,
  invitationOn: new Date("2026-09-01T00:00:00Z"),
};

describe("the queue", () => {
  it("holds every open application for DCSS, the most urgent first, saying on whom each waits", async () => {
    const seen = await queue(w.people.manager);
    expect(seen.rows[0]).toMatchObject({
      id: lateId,
      waiting: { on: "LEGAL_AND_INFRASTRUCTURE", onLabel: "DCSS Legal and the Infrastructure Manager" },
      urgent: { key: "legalReview", status: "late" },
    });
    expect(seen.rows[0]!.urgent!.workingDaysLeft).toBeLessThan(0);
    expect(seen.rows.map((row) => row.state)).not.toContain("REJECTED");
    // The ACTIVE one waits on its infrastructure evaluation; the INVITED one has no clock and comes last.
    expect(seen.rows.find((row) => row.state === "ACTIVE")).toMatchObject({ waiting: { on: "INFRASTRUCTURE_MANAGER", what: "evaluate the infrastructure" } });
    expect(seen.rows.at(-1)).toMatchObject({ state: "INVITED", urgent: null, waiting: { on: "REQUESTOR" } });
    expect(seen.late).toBe(1);
    expect(seen.waitingOn).toContainEqual({ on: "PROCESS_OWNER", label: "Process Owner", count: 1 });
    expect(seen.counties.length).toBe(58);
  });

  it("an LCSA's roles see their own county's, a Requestor its organization's", async () => {
    const director = await queue(w.people.director);
    expect(director.rows.map((row) => row.id)).not.toContain(orangeId);
    expect(director.rows.length).toBeGreaterThan(0);
    expect(director.counties.map((county) => county.name)).toEqual(["Los Angeles"]);
    expect((await queue(w.people.orangeDirector)).rows.map((row) => row.id)).toEqual([orangeId]);
    expect((await queue(w.people.otherRequestor)).rows).toEqual([]);
    expect((await queue(w.people.unrelated)).rows).toEqual([]);
    expect((await queue(w.people.admin)).total).toBe((await queue(w.people.manager)).total);
  });

  it("filters by state, county and number or name; a closed state shows its applications", async () => {
    expect((await queue(w.people.manager, { state: "REJECTED" })).rows.map((row) => row.state)).toEqual(["REJECTED"]);
    expect((await queue(w.people.manager, { county: w.places.orange.countyId })).rows.map((row) => row.id)).toEqual([orangeId]);
    expect((await queue(w.people.manager, { q: "TPA-0900" })).rows.map((row) => row.id)).toEqual([orangeId]);
    expect((await queue(w.people.manager, { q: "orange da" })).rows.map((row) => row.id)).toEqual([orangeId]);
    expect((await queue(w.people.manager, { q: "100%_" })).rows).toEqual([]);
  });
});

describe("an application's page", () => {
  it("shows each step with its day and who did it, the clocks and what waits", async () => {
    const { id } = await applicationAt(db, w, "PACKAGE_SENT");
    const detail = (await applicationDetail(id, NOW))!;
    expect(detail.steps.map((step) => [step.key, step.status, step.by])).toEqual([
      ["identify", "done", "Dana Director"],
      ["invitation", "done", "Morgan Manager"],
      ["application", "done", expect.stringMatching(/^Alex Rivera/)],
      ["reviews", "done", "Morgan Manager"],
      ["decision", "done", "Owen Owner"],
      ["package", "done", "Morgan Manager"],
      ["mou", "current", "the Requestor"],
      ["countersign", "upcoming", "the Process Owner"],
      ["office-id", "upcoming", "the Infrastructure Manager"],
      ["infrastructure", "upcoming", "the Infrastructure Manager"],
    ]);
    expect(detail.waiting).toEqual({ on: "REQUESTOR", what: "return the signed MOU" });
    expect(detail.clocks.map((clock) => [clock.key, clock.status])).toEqual([
      ["invitation", "met"],
      ["legalReview", "met"],
      ["conditionalApproval", "met"],
    ]);
  });

  it("is for those who may read it", async () => {
    const { id } = await applicationAt(db, w, "IDENTIFIED");
    expect(await readableApplication(await user(w.people.director), id, NOW)).toMatchObject({ id });
    expect(await readableApplication(await user(w.people.orangeDirector), id, NOW)).toBeUndefined();
    expect(await readableApplication(await user(w.people.unrelated), id, NOW)).toBeUndefined();
    expect(await readableApplication(await user(w.people.manager), randomUUID(), NOW)).toBeNull();
    expect(await readableApplication(await user(w.people.manager), "not-an-id", NOW)).toBeNull();
  });
});

describe("at 5,000 applications", () => {
  // How fast it answers is the benchmark's ("access queue" in tests/bench); here, what it answers.
  it("counts every open one, fifty a page, no application on two pages", async () => {
    const manager = await user(w.people.manager);
    const before = (await accessQueue(manager, parseQueueFilter({}), NOW)).total;
    const organizations = await db.thirdPartyOrganization.findMany({ select: { id: true, countyId: true, lcsaId: true } });
    const states = ["IDENTIFIED", "INVITED", "UNDER_REVIEW", "AWAITING_DECISION", "APPROVED", "MOU_SIGNED", "ACTIVE", "REJECTED"] as const;
    const rows: Prisma.AccessApplicationCreateManyInput[] = [];
    for (let i = 0; i < 5_000; i++) {
      const organization = organizations[i % organizations.length]!;
      const state = states[i % states.length]!;
      const identifiedAt = new Date(NOW.getTime() - ((i * 7) % 700) * 86_400_000);
      const at = (days: number) => new Date(identifiedAt.getTime() + days * 86_400_000);
      const past = (step: number) => states.indexOf(state) >= step && state !== "REJECTED";
      rows.push({
        number: 10_000 + i,
        organizationId: organization.id,
        countyId: organization.countyId,
        lcsaId: organization.lcsaId,
        state,
        stateChangedAt: at(20),
        ...invitee,
        identifiedById: w.people.director.id,
        identifiedAt,
        invitationSentAt: past(1) ? at(5) : null,
        submittedAt: past(2) ? at(10) : null,
        decidedAt: past(4) ? at(15) : null,
        packageSentAt: past(4) ? at(16) : null,
        mouReceivedAt: past(5) ? at(18) : null,
        countersignedAt: past(6) ? at(20) : null,
      });
    }
    await db.accessApplication.createMany({ data: rows });
    const seen = await accessQueue(manager, parseQueueFilter({ page: "3" }), NOW);
    const next = await accessQueue(manager, parseQueueFilter({ page: "4" }), NOW);
    // Seven of the eight states are open (the ACTIVE ones have no office ID yet); REJECTED is closed.
    expect(seen.total).toBe(before + 4_375);
    expect(seen.rows).toHaveLength(50);
    expect(seen.page).toBe(3);
    const onPage3 = new Set(seen.rows.map((row) => row.id));
    expect(next.rows.filter((row) => onPage3.has(row.id))).toEqual([]);
  });
});
