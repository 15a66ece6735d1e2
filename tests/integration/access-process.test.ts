import { beforeAll, describe, expect, it } from "vitest";
import { accessAudit } from "@/domain/access/audit-actions";
import { answerSurveySchema, openSurveySchema, recordProcessReviewSchema } from "@/domain/access/process-schemas";
import { addDays, californiaDayOf } from "@/domain/calendar/day";
import { db } from "@/lib/db/client";
import { ForbiddenError, UserError } from "@/lib/errors";
import { processOverview, recordProcessReview } from "@/server/access/process";
import { answerSurvey, openSurvey, surveyOverview } from "@/server/access/survey";
import { insertCountersigned, organizationNamed } from "../support/access-rows.ts";
import { actor, makeUser, STATEWIDE } from "../support/identity.ts";

/** Sections 1.2 (the yearly review) and 9 (the survey of the organizations granted accounts). */
const today = californiaDayOf(new Date());
let owner: Awaited<ReturnType<typeof makeUser>>;
let manager: Awaited<ReturnType<typeof makeUser>>;
let alameda: Awaited<ReturnType<typeof organizationNamed>>;
let kern: Awaited<ReturnType<typeof organizationNamed>>;
let alamedaRequestor: Awaited<ReturnType<typeof makeUser>>;
let surveyId: string;

const requestorOf = (organizationId: string) => makeUser(db, { roles: [{ role: "REQUESTOR", scope: { type: "ORGANIZATION", organizationId } }] });
const answer = (values: Record<string, string>) => answerSurveySchema.parse({ surveyId, ...values });
const rows = async () => ({
  reviews: await db.accessProcessReview.count(),
  surveys: await db.accessSurvey.count(),
  answers: await db.accessSurveyAnswer.count(),
});

beforeAll(async () => {
  owner = await makeUser(db, { roles: [{ role: "PROCESS_OWNER", scope: STATEWIDE }] });
  manager = await makeUser(db, { roles: [{ role: "PROCESS_MANAGER", scope: STATEWIDE }] });
  alameda = await organizationNamed(db, "Alameda IV-A");
  await insertCountersigned(db, "Alameda IV-A", { approvedAccounts: 5, termStartsOn: "2026-01-01", termEndsOn: addDays(today, 400) });
  // Kern has an organization, but its only MOU has ended: it is not surveyed.
  const created = await db.thirdPartyOrganization.create({
    data: {
      name: "Kern Probation",
      countyId: (await db.county.findUniqueOrThrow({ where: { name: "Kern" } })).id,
      lcsaId: (await db.lcsa.findUniqueOrThrow({ where: { code: "kern" } })).id,
    },
  });
  kern = { id: created.id, name: created.name, countyId: created.countyId, lcsaId: created.lcsaId };
  await insertCountersigned(db, "Kern Probation", { approvedAccounts: 2, termStartsOn: "2022-01-01", termEndsOn: "2024-12-31" });
  alamedaRequestor = await requestorOf(alameda.id);
});

describe("the yearly review (1.2)", () => {
  it("is due a year after version 1.1's release while none is recorded", async () => {
    expect(await processOverview()).toMatchObject({
      inForce: { version: "1.1", releasedOn: "2008-01-25" },
      reviews: [],
      nextReviewDue: "2009-01-25",
      overdue: true,
    });
  });

  it("is recorded by the Process Owner only, not on a day still to come; refusals write nothing", async () => {
    const before = await rows();
    const input = recordProcessReviewSchema.parse({ reviewedOn: today, outcome: "Effective; no change needed." });
    await expect(recordProcessReview(await actor(db, manager.id), input)).rejects.toThrow(ForbiddenError);
    await expect(recordProcessReview(await actor(db, owner.id), { ...input, reviewedOn: addDays(today, 1) })).rejects.toThrow(UserError);
    expect(await rows()).toEqual(before);

    await recordProcessReview(await actor(db, owner.id), input);
    const overview = await processOverview();
    expect(overview.reviews).toEqual([
      expect.objectContaining({ reviewedOn: today, documentVersion: "1.1", outcome: "Effective; no change needed.", reviewedBy: owner.name }),
    ]);
    expect(overview).toMatchObject({ nextReviewDue: addDays(today, 365), overdue: false });
    expect(await db.auditEvent.count({ where: { action: accessAudit.record_process_review, actorId: owner.id } })).toBe(1);
  });
});

describe("the survey (9)", () => {
  it("is opened by the Process Owner only, closing after today, one at a time", async () => {
    const input = openSurveySchema.parse({ title: "Adequacy of user accounts, 2026", closesOn: addDays(today, 30) });
    const before = await rows();
    await expect(openSurvey(await actor(db, manager.id), input)).rejects.toThrow(ForbiddenError);
    await expect(openSurvey(await actor(db, owner.id), { ...input, closesOn: today })).rejects.toThrow("The survey must close after today");
    expect(await rows()).toEqual(before);
    surveyId = (await openSurvey(await actor(db, owner.id), input)).id;
    await expect(openSurvey(await actor(db, owner.id), { ...input, title: "Another" })).rejects.toThrow("is open until");
    expect(await db.accessSurvey.count()).toBe(1);
  });

  it("takes an answer only from the organization's own Requestor, for an organization granted accounts", async () => {
    const before = await rows();
    const other = await requestorOf(kern.id);
    const alamedaAnswer = answer({ organizationId: alameda.id, adequate: "no", additionalAccounts: "3", comment: "Caseload grew." });
    await expect(answerSurvey(await actor(db, other.id), alamedaAnswer)).rejects.toThrow(ForbiddenError);
    await expect(answerSurvey(await actor(db, owner.id), alamedaAnswer)).rejects.toThrow(ForbiddenError);
    await expect(answerSurvey(await actor(db, other.id), answer({ organizationId: kern.id, adequate: "yes" }))).rejects.toThrow(
      "not among the organizations surveyed",
    );
    expect(await rows()).toEqual(before);

    await answerSurvey(await actor(db, alamedaRequestor.id), alamedaAnswer);
    await answerSurvey(await actor(db, alamedaRequestor.id), answer({ organizationId: alameda.id, adequate: "no", additionalAccounts: "4" }));
    expect(await db.accessSurveyAnswer.findMany({ select: { adequate: true, additionalAccounts: true, comment: true } })).toEqual([
      { adequate: false, additionalAccounts: 4, comment: "" },
    ]);
    const events = await db.auditEvent.findMany({ where: { action: accessAudit.answer_survey }, orderBy: { id: "asc" }, select: { summary: true } });
    expect(events.map((event) => event.summary)).toEqual([
      "Alameda IV-A answered the survey “Adequacy of user accounts, 2026”: needs 3 more",
      "Alameda IV-A changed its answer to the survey “Adequacy of user accounts, 2026”: needs 4 more",
    ]);
  });

  it("requires how many more when the number is not adequate", () => {
    const parsed = answerSurveySchema.safeParse({ surveyId: alameda.id, organizationId: alameda.id, adequate: "no", additionalAccounts: "0" });
    expect(parsed.error?.issues.map((issue) => issue.path.join("."))).toEqual(["additionalAccounts"]);
  });

  it("shows the Process Owner each organization granted accounts with its answer, and a Requestor only its own", async () => {
    const all = await surveyOverview(null);
    expect(all.current?.rows.map((row) => [row.organization, row.approvedAccounts, row.answer?.additionalAccounts ?? null])).toEqual([["Alameda IV-A", 5, 4]]);
    expect(all.current?.additionalAccounts).toBe(4);
    const mine = await surveyOverview([kern.id]);
    expect(mine.current?.rows).toEqual([]);
  });

  it("takes no answer once closed", async () => {
    await db.accessSurvey.update({ where: { id: surveyId }, data: { closesOn: new Date(`${addDays(today, -1)}T00:00:00Z`) } });
    await expect(answerSurvey(await actor(db, alamedaRequestor.id), answer({ organizationId: alameda.id, adequate: "yes" }))).rejects.toThrow(
      "no longer takes answers",
    );
  });
});
