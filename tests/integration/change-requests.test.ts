import { beforeAll, describe, expect, it } from "vitest";
import { californiaDayOf } from "@/domain/calendar/day";
import { db } from "@/lib/db/client";
import { ConflictError, UserError } from "@/lib/errors";
import { getChangeRequestActivity } from "@/server/change-requests/activity";
import { attachFile, attachmentFile } from "@/server/change-requests/attachments";
import { addComment } from "@/server/change-requests/comments";
import { getChangeRequestDetail } from "@/server/change-requests/detail";
import { createChangeRequest, saveInitiation } from "@/server/change-requests/initiation";
import { saveImpactPackage } from "@/server/change-requests/impact-package";
import { saveJad } from "@/server/change-requests/jad";
import { addKnownDefect } from "@/server/change-requests/known-defects";
import { reconsiderDueChangeRequests } from "@/server/change-requests/reconsider-due";
import { flagImpact, markBackBriefed, reopenGateVote, takeStep, withdrawChangeRequest } from "@/server/change-requests/steps";
import { nameTeam } from "@/server/change-requests/teams";
import { saveDeveloperTesting, saveRelease, saveUatSummary } from "@/server/change-requests/testing";
import { completeUatPass, reportDefect, resolveDefect, signOffDefect, startUatPass } from "@/server/change-requests/uat";
import { castBallot } from "@/server/voting/cast-ballot";
import { closeMotionAndDecide } from "@/server/decisions/close-motion";
import { changeRequestWorld, COMPLETE_INITIATION, completePackage, type ChangeRequestWorld } from "../support/change-request-world.ts";

let w: ChangeRequestWorld;
beforeAll(async () => {
  w = await changeRequestWorld(db);
});

const state = async (id: string) => (await db.changeRequest.findUniqueOrThrow({ where: { id }, select: { state: true } })).state;
const openMotionOf = async (crId: string) =>
  db.crGateMotion.findFirst({ where: { changeRequestId: crId, motion: { status: "OPEN" } }, select: { motionId: true, gate: true } });

/** The committee votes `choice` with enough real ballots for a quorum, and the chair (or a CCB member) closes the motion. */
async function decide(crId: string, choice = "approve") {
  const open = await openMotionOf(crId);
  if (!open) throw new Error("no gate vote is open");
  const voters = open.gate === "CCB" ? w.ccbMembers : [w.chair, ...w.members.slice(0, 3)];
  for (const voter of voters) await castBallot(await w.as(voter), { motionId: open.motionId, choice });
  return closeMotionAndDecide(await w.as(open.gate === "CCB" ? w.ccbMembers[0]! : w.chair), { motionId: open.motionId });
}

async function submitted(kind: "ENHANCEMENT" | "EMERGENCY_FIX" | "DEFECT" = "ENHANCEMENT") {
  return createChangeRequest(await w.as(w.author), { ...COMPLETE_INITIATION, kind, consortiumId: w.ids.cases, intent: "submit" });
}

async function namedImpactTeam(crId: string) {
  const members = await Promise.all(
    w.members.map(async (member) => `${member.id}:${(await db.term.findFirstOrThrow({ where: { userId: member.id } })).lcsaId}`),
  );
  return nameTeam(await w.as(w.chair), { crId, team: "IMPACT_ANALYSIS", members });
}

/** Submitted, concept approved, team named, package submitted and approved. */
async function pastPackageVote(impacted: string[] = []) {
  const cr = await submitted();
  await decide(cr.id);
  await namedImpactTeam(cr.id);
  await saveImpactPackage(await w.as(w.cpl), completePackage(cr.id, 0, impacted));
  await decide(cr.id);
  return cr;
}

describe("a change request from draft to closed", () => {
  it("passes every gate by real votes, routes to the CCB, survives a major UAT defect and closes", async () => {
    const author = await w.as(w.author);
    const draft = await createChangeRequest(author, {
      title: "Automate arrears notices",
      scope: "",
      benefits: [],
      urgencyDrivers: "",
      otherConsortiumAlignment: "",
      ccsasAlignment: "",
      levelOfEffort: null,
      jadParticipants: "",
      assumptions: "",
      knownProblems: "",
      kind: "ENHANCEMENT",
      consortiumId: w.ids.cases,
      intent: "save",
    });
    expect(draft).toMatchObject({ state: "DRAFT", label: expect.stringMatching(/^CR-\d{4}$/) });

    // An incomplete submission is refused field by field, and saves nothing.
    const refused = await saveInitiation(author, {
      ...COMPLETE_INITIATION,
      scope: "",
      levelOfEffort: null,
      crId: draft.id,
      version: 1,
      intent: "submit",
    }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(UserError);
    expect((refused as UserError).fieldErrors).toMatchObject({ scope: [expect.stringContaining("scope")], levelOfEffort: [expect.any(String)] });
    expect(await db.changeRequest.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ state: "DRAFT", version: 1, urgencyDrivers: "" });

    // A meeting is scheduled: the concept vote goes on its agenda, linked to the motion.
    const meeting = await db.meeting.create({
      data: { committeeId: w.ids.esc, title: "CASES ESC monthly meeting", startsAt: new Date(Date.now() + 7 * 86_400_000), createdById: w.chair.id },
    });
    await saveInitiation(author, { ...COMPLETE_INITIATION, crId: draft.id, version: 1, intent: "submit" });
    expect(await state(draft.id)).toBe("SUBMITTED");
    const concept = await db.crGateMotion.findFirstOrThrow({ where: { changeRequestId: draft.id }, include: { motion: { include: { agendaItem: true } } } });
    expect(concept).toMatchObject({
      gate: "CONCEPT",
      motion: { meetingId: meeting.id, options: ["approve", "veto"], agendaItem: { meetingId: meeting.id, sourceType: "ChangeRequest.CONCEPT" } },
    });

    await decide(draft.id);
    expect(await state(draft.id)).toBe("IMPACT_ANALYSIS");
    expect(await db.notification.count({ where: { userId: w.author.id, kind: "changeRequest.decision" } })).toBe(1);

    // The impact analysis team must span the consortium's caseload categories, one per LCSA.
    const two = await Promise.all(
      w.members.slice(0, 2).map(async (member) => `${member.id}:${(await db.term.findFirstOrThrow({ where: { userId: member.id } })).lcsaId}`),
    );
    await expect(nameTeam(await w.as(w.chair), { crId: draft.id, team: "IMPACT_ANALYSIS", members: two })).rejects.toThrow(
      "no one represents caseload category 3, 4, 5 or 6",
    );
    await expect(nameTeam(await w.as(w.cpl), { crId: draft.id, team: "IMPACT_ANALYSIS", members: two })).rejects.toThrow(
      "You cannot name the impact analysis team",
    );
    await namedImpactTeam(draft.id);

    // The package, with an impact on the SDU: after the ESC's approval it goes to the CCB.
    // A team member writes it; only the CPL submits it.
    await expect(saveImpactPackage(await w.as(w.members[3]!), completePackage(draft.id, 0, ["SDU"], "submit"))).rejects.toThrow(
      "You cannot submit the impact analysis package",
    );
    await expect(saveImpactPackage(await w.as(w.members[3]!), completePackage(draft.id, 0, ["SDU"], "save"))).resolves.toEqual({ submitted: false });
    expect(await state(draft.id)).toBe("IMPACT_ANALYSIS");
    await saveImpactPackage(await w.as(w.cpl), completePackage(draft.id, 1, ["SDU"]));
    expect(await state(draft.id)).toBe("PACKAGE_VOTE");
    await decide(draft.id);
    expect(await state(draft.id)).toBe("CCB_REVIEW");
    expect(await openMotionOf(draft.id)).toMatchObject({ gate: "CCB" });
    await decide(draft.id);
    // Plan 3.1.3: "If the CCB approves the CR, the ESC authorizes development activities to begin."
    expect(await state(draft.id)).toBe("ESC_AUTHORIZATION");
    await decide(draft.id);
    expect(await state(draft.id)).toBe("JAD_DESIGN");

    // JAD: the team, the detail design, the recommendation, and the ESC's vote.
    await nameTeam(await w.as(w.cpl), { crId: draft.id, team: "JAD", members: [`${w.jad.id}:`] });
    const jadWork = {
      crId: draft.id,
      version: 0,
      specification: "Nightly job spec",
      businessRules: "Only cases with arrears over $100",
      revisedScope: "Unchanged",
      revisedApproach: "Unchanged: a nightly batch job",
      revisedEffortHours: 450,
      revisedElapsedWeeks: 12,
      revisedCost: 66_000,
      recommendation: "approve" as const,
    };
    await saveJad(await w.as(w.jad), { ...jadWork, intent: "submit" });
    expect(await state(draft.id)).toBe("JAD_VOTE");
    await decide(draft.id);
    expect(await state(draft.id)).toBe("BUILD_AND_TEST");

    // Build and test: the developers' testing comes first.
    await expect(takeStep(await w.as(w.ctm), { crId: draft.id, step: "start_uat" })).rejects.toThrow("record the developers' unit testing");
    await saveDeveloperTesting(await w.as(w.ctm), {
      crId: draft.id,
      version: 0,
      unitTested: true,
      unitTestNotes: "All 40 unit tests pass",
      systemTested: true,
      systemTestNotes: "Batch run on test data",
    });
    await takeStep(await w.as(w.ctm), { crId: draft.id, step: "start_uat" });
    await nameTeam(await w.as(w.cpl), { crId: draft.id, team: "UAT", members: [`${w.tester.id}:${w.ids.testerLcsa}`] });

    // UAT pass 1 finds a major defect: the ESC and the TAB are alerted, and the pass cannot pass.
    const tester = await w.as(w.tester);
    const pass1 = await startUatPass(tester, { crId: draft.id, regression: false });
    const defect = await reportDefect(tester, {
      crId: draft.id,
      severity: "MAJOR",
      title: "Notices go to closed cases",
      description: "Closed cases get notices.",
    });
    const alerted = await db.notification.findMany({ where: { kind: "changeRequest.major_defect" }, select: { userId: true } });
    expect(new Set(alerted.map((n) => n.userId))).toEqual(new Set([w.chair.id, ...w.members.map((m) => m.id), w.cpl.id, w.ctm.id]));
    await expect(completeUatPass(tester, { crId: draft.id, passId: pass1.id, result: "passed", notes: "" })).rejects.toThrow("so it has not passed");
    await completeUatPass(tester, { crId: draft.id, passId: pass1.id, result: "failed", notes: "Major defect" });
    await saveUatSummary(await w.as(w.cpl), { crId: draft.id, version: 1, uatSummaryReport: "One major defect, fixed and retested." });
    await expect(takeStep(await w.as(w.cpl), { crId: draft.id, step: "pass_uat" })).rejects.toThrow("1 major defect is still open");
    await expect(signOffDefect(tester, { crId: draft.id, defectId: defect.id })).rejects.toThrow("have not recorded one yet");
    await resolveDefect(await w.as(w.ctm), { crId: draft.id, defectId: defect.id, resolution: "Closed cases filtered out." });
    await expect(signOffDefect(await w.as(w.cpl), { crId: draft.id, defectId: defect.id })).rejects.toThrow("You cannot sign off");
    await signOffDefect(tester, { crId: draft.id, defectId: defect.id });
    await expect(takeStep(await w.as(w.cpl), { crId: draft.id, step: "pass_uat" })).rejects.toThrow("a later UAT pass with regression testing must pass");

    // Pass 2 with regression passes; UAT finishes; the release closes it.
    const pass2 = await startUatPass(tester, { crId: draft.id, regression: true });
    await completeUatPass(tester, { crId: draft.id, passId: pass2.id, result: "passed", notes: "Regression clean" });
    await takeStep(await w.as(w.cpl), { crId: draft.id, step: "pass_uat" });
    expect(await state(draft.id)).toBe("RELEASE");
    await expect(takeStep(await w.as(w.cpl), { crId: draft.id, step: "close" })).rejects.toThrow("the release notes");
    await addKnownDefect(await w.as(w.ctm), {
      crId: draft.id,
      description: "Slow report",
      impact: "The nightly report takes 2 hours",
      expectedFixOn: "2027-03-01",
      workaround: "Run it after 6 pm",
    });
    await saveRelease(await w.as(w.cpl), {
      crId: draft.id,
      version: 2,
      releaseNotes: "Release 4.2: nightly arrears notices",
      releasedOn: "2026-12-01",
      operationsAffected: ["SOFTWARE_RELEASE", "HELP_DESK"],
      operationsNotified: ["SOFTWARE_RELEASE"],
      // Plan 3.1.6: it affects the SDU, so the SDU releases it on the same date.
      subcomponentsReady: ["SDU"],
    });
    await expect(takeStep(await w.as(w.cpl), { crId: draft.id, step: "close" })).rejects.toThrow(
      "CCSAS Operations has not been notified about help desk services",
    );
    await saveRelease(await w.as(w.cpl), {
      crId: draft.id,
      version: 3,
      releaseNotes: "Release 4.2: nightly arrears notices",
      releasedOn: "2026-12-01",
      operationsAffected: ["SOFTWARE_RELEASE", "HELP_DESK"],
      operationsNotified: ["SOFTWARE_RELEASE", "HELP_DESK"],
      subcomponentsReady: ["SDU"],
    });
    await takeStep(await w.as(w.cpl), { crId: draft.id, step: "close" });
    expect(await db.changeRequest.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ state: "CLOSED", closedAt: expect.any(Date) });

    // The timeline is the audit log: every step is there, in order.
    const actions = (
      await db.auditEvent.findMany({ where: { entityType: "ChangeRequest", entityId: draft.id }, orderBy: { id: "asc" }, select: { action: true } })
    ).map((event) => event.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        "changeRequests.create",
        "changeRequests.submit",
        "changeRequests.open_gate_vote",
        "changeRequests.gate_decided",
        "changeRequests.name_team",
        "changeRequests.report_defect",
        "changeRequests.sign_off_defect",
        "changeRequests.close",
      ]),
    );
    expect(actions.filter((action) => action === "changeRequests.gate_decided")).toHaveLength(5);
    // The whole life in one test: give a busy machine time.
  }, 180_000);
});

describe("routing after the package vote", () => {
  it("without another component or data element impact: the Subcomponent Review, where a CCB member can flag an impact", async () => {
    const cr = await pastPackageVote([]);
    expect(await state(cr.id)).toBe("SUBCOMPONENT_REVIEW");
    expect(await openMotionOf(cr.id)).toBeNull();
    expect(
      await db.agendaItem.findFirst({ where: { committeeId: w.ids.ccb, sourceId: cr.id, sourceType: "ChangeRequest.SUBCOMPONENT_REVIEW" } }),
    ).not.toBeNull();
    await expect(flagImpact(await w.as(w.members[0]!), { crId: cr.id, note: "It changes the SDU interface." })).rejects.toThrow("You cannot flag an impact");
    await flagImpact(await w.as(w.ccbMembers[1]!), { crId: cr.id, note: "It changes the SDU interface." });
    expect(await state(cr.id)).toBe("CCB_REVIEW");
    expect(await openMotionOf(cr.id)).toMatchObject({ gate: "CCB" });
    await decide(cr.id, "reject");
    expect(await state(cr.id)).toBe("REJECTED");
  });

  it("cleared at the review by the CPL, it goes to detail design", async () => {
    const cr = await pastPackageVote([]);
    await takeStep(await w.as(w.cpl), { crId: cr.id, step: "clear_subcomponent_review" });
    expect(await state(cr.id)).toBe("JAD_DESIGN");
  });

  it("a change to data elements goes to the CCB even with no component impact", async () => {
    const cr = await submitted();
    await decide(cr.id);
    await namedImpactTeam(cr.id);
    await saveImpactPackage(await w.as(w.cpl), { ...completePackage(cr.id, 0, []), changesDataElements: true });
    await decide(cr.id);
    expect(await state(cr.id)).toBe("CCB_REVIEW");
  });
});

describe("emergency fixes and defects", () => {
  it("skip the ESC's votes, go on the ESC's agenda for a back-brief, and cannot close until back-briefed", async () => {
    const cr = await submitted("EMERGENCY_FIX");
    expect(await state(cr.id)).toBe("BUILD_AND_TEST");
    expect(await db.crGateMotion.count({ where: { changeRequestId: cr.id } })).toBe(0);
    expect(await db.agendaItem.findFirstOrThrow({ where: { committeeId: w.ids.esc, sourceId: cr.id } })).toMatchObject({
      sourceType: "ChangeRequest.BACK_BRIEF",
      title: expect.stringContaining("Back-brief"),
    });

    const cpl = await w.as(w.cpl);
    await saveDeveloperTesting(await w.as(w.ctm), {
      crId: cr.id,
      version: 0,
      unitTested: true,
      unitTestNotes: "ok",
      systemTested: true,
      systemTestNotes: "ok",
    });
    await takeStep(cpl, { crId: cr.id, step: "start_uat" });
    const pass = await startUatPass(cpl, { crId: cr.id, regression: true });
    await completeUatPass(cpl, { crId: cr.id, passId: pass.id, result: "passed", notes: "" });
    await saveUatSummary(cpl, { crId: cr.id, version: 1, uatSummaryReport: "Clean." });
    await takeStep(cpl, { crId: cr.id, step: "pass_uat" });
    await saveRelease(cpl, { crId: cr.id, version: 2, releaseNotes: "Hotfix 4.1.1", releasedOn: "2026-11-30", operationsAffected: [], operationsNotified: [] });
    await expect(takeStep(cpl, { crId: cr.id, step: "close" })).rejects.toThrow("the ESC has not been back-briefed");

    const tomorrow = californiaDayOf(new Date(Date.now() + 2 * 86_400_000));
    await expect(markBackBriefed(cpl, { crId: cr.id, briefedOn: tomorrow, note: "" })).rejects.toThrow("once it has happened");
    await expect(markBackBriefed(await w.as(w.members[0]!), { crId: cr.id, briefedOn: "2026-11-01", note: "" })).rejects.toThrow(
      "You cannot record the ESC back-brief",
    );
    await markBackBriefed(await w.as(w.chair), { crId: cr.id, briefedOn: "2026-11-01", note: "Heard at the November meeting" });
    await takeStep(cpl, { crId: cr.id, step: "close" });
    expect(await state(cr.id)).toBe("CLOSED");
  });
});

describe("editing under concurrency", () => {
  it("a save that lost a race says who changed what, and overwrites nothing", async () => {
    const cr = await createChangeRequest(await w.as(w.author), { ...COMPLETE_INITIATION, kind: "ENHANCEMENT", consortiumId: w.ids.cases, intent: "save" });
    await saveInitiation(await w.as(w.author), {
      ...COMPLETE_INITIATION,
      scope: "Nightly, and weekly for small LCSAs",
      urgencyDrivers: "Audit finding",
      crId: cr.id,
      version: 1,
      intent: "save",
    });
    const lost = await saveInitiation(await w.as(w.cpl), {
      ...COMPLETE_INITIATION,
      title: "Arrears notices, nightly",
      crId: cr.id,
      version: 1,
      intent: "save",
    }).catch((error: unknown) => error);
    expect(lost).toBeInstanceOf(ConflictError);
    expect((lost as Error).message).toContain("Avery Author changed the scope and the urgency drivers");
    expect(await db.changeRequest.findUniqueOrThrow({ where: { id: cr.id } })).toMatchObject({
      version: 2,
      title: COMPLETE_INITIATION.title,
      scope: "Nightly, and weekly for small LCSAs",
    });
  });

  it("two people submitting at once: exactly one move applies and one concept vote opens", async () => {
    const cr = await createChangeRequest(await w.as(w.author), { ...COMPLETE_INITIATION, kind: "ENHANCEMENT", consortiumId: w.ids.cases, intent: "save" });
    const [author, cpl] = [await w.as(w.author), await w.as(w.cpl)];
    const attempts = await Promise.allSettled([
      takeStep(author, { crId: cr.id, step: "submit" }),
      takeStep(cpl, { crId: cr.id, step: "submit" }),
      takeStep(author, { crId: cr.id, step: "submit" }),
    ]);
    expect(attempts.filter((attempt) => attempt.status === "fulfilled")).toHaveLength(1);
    for (const attempt of attempts.filter((attempt) => attempt.status === "rejected"))
      expect(String(attempt.reason)).toContain("You cannot submit it while it is submitted");
    expect(await db.crGateMotion.count({ where: { changeRequestId: cr.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: cr.id, action: "changeRequests.submit" } })).toBe(1);
  });

  it("two testers starting a pass at once start one pass", async () => {
    const cr = await submitted("DEFECT");
    await saveDeveloperTesting(await w.as(w.ctm), {
      crId: cr.id,
      version: 0,
      unitTested: true,
      unitTestNotes: "ok",
      systemTested: true,
      systemTestNotes: "ok",
    });
    await takeStep(await w.as(w.cpl), { crId: cr.id, step: "start_uat" });
    const attempts = await Promise.allSettled([1, 2, 3].map(async () => startUatPass(await w.as(w.cpl), { crId: cr.id, regression: false })));
    expect(attempts.filter((attempt) => attempt.status === "fulfilled")).toHaveLength(1);
    expect(await db.uatPass.count({ where: { changeRequestId: cr.id } })).toBe(1);
  });
});

describe("votes that decide nothing, deferral and withdrawal", () => {
  it("no quorum leaves it at its gate; the chair opens the vote again", async () => {
    const cr = await submitted();
    const first = (await openMotionOf(cr.id))!;
    await castBallot(await w.as(w.members[0]!), { motionId: first.motionId, choice: "approve" });
    const result = await closeMotionAndDecide(await w.as(w.chair), { motionId: first.motionId });
    expect(result.outcome).toEqual({ kind: "no_quorum" });
    expect(await state(cr.id)).toBe("SUBMITTED");
    await expect(reopenGateVote(await w.as(w.cpl), { crId: cr.id })).rejects.toThrow("You cannot open the vote");
    const reopened = await reopenGateVote(await w.as(w.chair), { crId: cr.id });
    expect(reopened.motionId).not.toBe(first.motionId);
    await expect(reopenGateVote(await w.as(w.chair), { crId: cr.id })).rejects.toThrow("is already open");
    await decide(cr.id, "veto");
    expect(await state(cr.id)).toBe("VETOED");
  });

  it("deferred, it comes back on its reconsider date and waits for the chair to open the vote", async () => {
    // Deferred at the package vote (plan 3.1.1 gives the concept vote no defer).
    const cr = await submitted();
    await decide(cr.id);
    await namedImpactTeam(cr.id);
    await saveImpactPackage(await w.as(w.cpl), completePackage(cr.id, 0, []));
    await decide(cr.id, "defer");
    const deferred = await db.changeRequest.findUniqueOrThrow({ where: { id: cr.id } });
    expect(deferred).toMatchObject({ state: "DEFERRED", deferredFrom: "PACKAGE_VOTE", reconsiderOn: expect.any(Date) });
    expect(await reconsiderDueChangeRequests(new Date())).toBe(0);
    const after = new Date(deferred.reconsiderOn!.getTime() + 20 * 3_600_000);
    const moved = await Promise.all([reconsiderDueChangeRequests(after), reconsiderDueChangeRequests(after)]);
    expect(moved[0] + moved[1]).toBeGreaterThanOrEqual(1);
    expect(await db.changeRequest.findUniqueOrThrow({ where: { id: cr.id } })).toMatchObject({ state: "PACKAGE_VOTE", reconsiderOn: null, deferredFrom: null });
    expect(await openMotionOf(cr.id)).toBeNull();
    expect(await db.notification.count({ where: { userId: w.chair.id, kind: "changeRequest.vote_waiting" } })).toBeGreaterThanOrEqual(1);
    await reopenGateVote(await w.as(w.chair), { crId: cr.id });
    await decide(cr.id);
    expect(await state(cr.id)).toBe("SUBCOMPONENT_REVIEW");
  });

  it("withdrawn while its vote is open, the vote's result moves nothing", async () => {
    const cr = await submitted();
    await expect(withdrawChangeRequest(await w.as(w.author), { crId: cr.id, reason: " " })).rejects.toThrow("Give the reason");
    await withdrawChangeRequest(await w.as(w.author), { crId: cr.id, reason: "Superseded by CCSAS" });
    await decide(cr.id);
    expect(await db.changeRequest.findUniqueOrThrow({ where: { id: cr.id } })).toMatchObject({ state: "WITHDRAWN", withdrawnReason: "Superseded by CCSAS" });
    expect(await db.auditEvent.count({ where: { entityId: cr.id, action: "changeRequests.gate_result_ignored" } })).toBe(1);
  });
});

describe("who may", () => {
  it("a third-party Requestor cannot create or read change requests; an ESC member cannot submit the package", async () => {
    await expect(
      createChangeRequest(await w.as(w.requestor), { ...COMPLETE_INITIATION, kind: "ENHANCEMENT", consortiumId: w.ids.cases, intent: "save" }),
    ).rejects.toThrow("You do not have permission");
    const cr = await submitted();
    await decide(cr.id);
    await namedImpactTeam(cr.id);
    await expect(saveImpactPackage(await w.as(w.chair), completePackage(cr.id, 0, []))).rejects.toThrow("You cannot edit the impact analysis package");
    await expect(withdrawChangeRequest(await w.as(w.requestor), { crId: cr.id, reason: "No" })).rejects.toThrow("You do not have permission");
  });
});

describe("the page's data, comments and attachments", () => {
  it("shows each person what they may do, and who it waits on", async () => {
    const cr = await submitted();
    await decide(cr.id);
    const [chair, cpl, member] = await Promise.all([w.as(w.chair), w.as(w.cpl), w.as(w.members[0]!)]);
    expect((await getChangeRequestDetail(cr.id, chair.actor))!).toMatchObject({
      state: "IMPACT_ANALYSIS",
      may: { nameImpactTeam: true, editPackage: false },
      nextStep: { waitingOn: "the ESC chair" },
    });
    expect((await getChangeRequestDetail(cr.id, cpl.actor))!).toMatchObject({
      may: { nameImpactTeam: false, editPackage: true },
      moves: expect.arrayContaining(["submit_package", "withdraw"]),
    });
    expect((await getChangeRequestDetail(cr.id, member.actor))!.moves).toEqual([]);
    expect(await getChangeRequestDetail(cr.id, (await w.as(w.requestor)).actor)).toBeNull();
    const detail = (await getChangeRequestDetail(cr.id, chair.actor))!;
    expect(detail.gateVotes).toEqual([expect.objectContaining({ gate: "CONCEPT", status: "CLOSED", result: expect.objectContaining({ passed: true }) })]);
  });

  it("takes comments and attachments within the limits, and lists everything on the timeline", async () => {
    const cr = await submitted();
    const ctx = await w.as(w.members[2]!);
    await addComment(ctx, { crId: cr.id, body: "Does this cover interstate cases?" });
    await expect(attachFile(ctx, { crId: cr.id, file: new File(["MZ"], "tool.exe") })).rejects.toThrow("is not a file type accepted here");
    await expect(attachFile(ctx, { crId: cr.id, file: new File([new Uint8Array(10 * 1024 * 1024 + 1)], "huge.pdf") })).rejects.toThrow(
      "files can be at most 10 MB",
    );
    await expect(attachFile(ctx, { crId: cr.id, file: new File(["MZ\x90"], "renamed.pdf") })).rejects.toThrow("does not contain what a PDF file contains");
    const attached = await attachFile(ctx, { crId: cr.id, file: new File(["%PDF-1.4 notes"], "Arrears notice sample.pdf", { type: "text/html" }) });
    const file = await attachmentFile(ctx.actor, cr.id, attached.id);
    expect(file).toMatchObject({ fileName: "Arrears notice sample.pdf", contentType: "application/pdf", size: 14 });
    expect(Buffer.from(file!.content).toString()).toBe("%PDF-1.4 notes");
    expect(await attachmentFile(ctx.actor, "00000000-0000-0000-0000-000000000000", attached.id)).toBeNull();
    expect(await attachmentFile((await w.as(w.requestor)).actor, cr.id, attached.id)).toBeNull();

    const activity = await getChangeRequestActivity(cr.id);
    expect(activity.comments).toEqual([expect.objectContaining({ body: "Does this cover interstate cases?" })]);
    expect(activity.attachments).toHaveLength(1);
    expect(activity.agendaItems).toEqual([expect.objectContaining({ sourceType: "ChangeRequest.CONCEPT" })]);
    expect(activity.timeline.map((event) => event.summary)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/commented: “Does this cover interstate cases\?”/),
        expect.stringMatching(/Attached “Arrears notice sample.pdf” \(14 bytes\)/),
        expect.stringMatching(/Drafted by Avery Author/),
      ]),
    );
  });
});
