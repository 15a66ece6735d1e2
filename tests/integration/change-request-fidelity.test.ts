/**
 * Issue 12, "Fidelity to the Governance plan", the change request's part: each test states
 * a rule of the plan (section cited) and walks a real change request through it, with real
 * votes, against PostgreSQL.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getChangeRequestDetail } from "@/server/change-requests/detail";
import { createChangeRequest } from "@/server/change-requests/initiation";
import { saveImpactPackage } from "@/server/change-requests/impact-package";
import { saveJad } from "@/server/change-requests/jad";
import { markBackBriefed, takeStep } from "@/server/change-requests/steps";
import { nameTeam } from "@/server/change-requests/teams";
import { saveDeveloperTesting, saveRelease, saveUatSummary } from "@/server/change-requests/testing";
import { completeUatPass, startUatPass } from "@/server/change-requests/uat";
import { closeMotionAndDecide } from "@/server/decisions/close-motion";
import { castBallot } from "@/server/voting/cast-ballot";
import { changeRequestWorld, COMPLETE_INITIATION, completePackage, type ChangeRequestWorld } from "../support/change-request-world.ts";

let w: ChangeRequestWorld;
beforeAll(async () => {
  w = await changeRequestWorld(db);
});

const state = async (id: string) => (await db.changeRequest.findUniqueOrThrow({ where: { id }, select: { state: true } })).state;
const openMotionOf = async (crId: string) =>
  db.crGateMotion.findFirst({
    where: { changeRequestId: crId, motion: { status: "OPEN" } },
    select: { motionId: true, gate: true, motion: { select: { committeeId: true, options: true, question: true } } },
  });

/** The committee votes `choice` with real ballots (the ESC's chair and three members, or both CCB members); its runner closes the motion. */
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
  const members = [];
  for (const member of w.members) members.push(`${member.id}:${(await db.term.findFirstOrThrow({ where: { userId: member.id } })).lcsaId}`);
  return nameTeam(await w.as(w.chair), { crId, team: "IMPACT_ANALYSIS", members });
}

/** Submitted, concept approved, team named, package (with these impacts) submitted and approved. */
async function pastPackageVote(impacted: string[]) {
  const cr = await submitted();
  await decide(cr.id);
  await namedImpactTeam(cr.id);
  await saveImpactPackage(await w.as(w.cpl), completePackage(cr.id, 0, impacted));
  await decide(cr.id);
  return cr;
}

const JAD_WORK = {
  specification: "Nightly job spec",
  businessRules: "Only cases with arrears over $100",
  revisedScope: "Nightly notices for open cases with arrears over $100 only",
  revisedApproach: "Extend the existing nightly batch rather than add a new job",
  revisedEffortHours: 450,
  revisedElapsedWeeks: 12,
  revisedCost: 66_000,
  recommendation: "approve" as const,
};

async function developersTested(crId: string) {
  await saveDeveloperTesting(await w.as(w.ctm), { crId, version: 0, unitTested: true, unitTestNotes: "ok", systemTested: true, systemTestNotes: "ok" });
}

describe("plan 3.1.1: the ESC either vetoes the concept or approves it for an impact analysis", () => {
  it("the concept vote offers approve and veto, and no defer", async () => {
    const cr = await submitted();
    const open = (await openMotionOf(cr.id))!;
    expect(open.gate).toBe("CONCEPT");
    expect(open.motion.options).toEqual(["approve", "veto"]);
    expect(open.motion.question).toMatch(/approve the concept for an impact analysis, or veto it\?$/);
  });
});

describe("plan 3.1.3: if the CCB approves the CR, the ESC authorizes development activities to begin", () => {
  it("a CCB approval opens the ESC's authorization vote; its approval starts the JAD detail design", async () => {
    const cr = await pastPackageVote(["SDU"]);
    expect(await state(cr.id)).toBe("CCB_REVIEW");
    await decide(cr.id);
    expect(await state(cr.id)).toBe("ESC_AUTHORIZATION");
    const open = (await openMotionOf(cr.id))!;
    expect(open).toMatchObject({ gate: "AUTHORIZE", motion: { committeeId: w.ids.esc, options: ["approve", "reject", "defer"] } });
    expect(open.motion.question).toMatch(/Authorize development activities to begin\?$/);
    expect(await db.agendaItem.findFirst({ where: { committeeId: w.ids.esc, sourceId: cr.id, sourceType: "ChangeRequest.AUTHORIZE" } })).not.toBeNull();
    const detail = (await getChangeRequestDetail(cr.id, (await w.as(w.members[0]!)).actor))!;
    expect(detail.nextStep.waitingOn).toBe("the ESC's voting members, then the ESC chair to close the vote");

    await decide(cr.id);
    expect(await state(cr.id)).toBe("JAD_DESIGN");
    const gates = await db.crGateMotion.findMany({ where: { changeRequestId: cr.id }, orderBy: { createdAt: "asc" }, select: { gate: true } });
    expect(gates.map((gate) => gate.gate)).toEqual(["CONCEPT", "PACKAGE", "CCB", "AUTHORIZE"]);
  });

  it("the ESC may decline to authorize it", async () => {
    const cr = await pastPackageVote(["CSE"]);
    await decide(cr.id);
    await decide(cr.id, "reject");
    expect(await state(cr.id)).toBe("REJECTED");
  });
});

describe("plan 2.6: except for emergency fixes, every modification is fully tested by LCSA users", () => {
  it("an emergency fix goes from build and test to release without UAT, and still waits for the back-brief to close", async () => {
    const cr = await submitted("EMERGENCY_FIX");
    const cpl = await w.as(w.cpl);
    await expect(takeStep(cpl, { crId: cr.id, step: "release_without_uat" })).rejects.toThrow("record the developers' unit testing");
    await developersTested(cr.id);
    await takeStep(cpl, { crId: cr.id, step: "release_without_uat" });
    expect(await state(cr.id)).toBe("RELEASE");
    expect(await db.uatPass.count({ where: { changeRequestId: cr.id } })).toBe(0);
    await saveRelease(cpl, { crId: cr.id, version: 1, releaseNotes: "Hotfix 4.1.2", releasedOn: "2026-11-30", operationsAffected: [], operationsNotified: [] });
    await expect(takeStep(cpl, { crId: cr.id, step: "close" })).rejects.toThrow("the ESC has not been back-briefed");
    await markBackBriefed(await w.as(w.chair), { crId: cr.id, briefedOn: "2026-11-01", note: "" });
    await takeStep(cpl, { crId: cr.id, step: "close" });
    expect(await state(cr.id)).toBe("CLOSED");
  });

  it("an application defect still goes through UAT", async () => {
    const cr = await submitted("DEFECT");
    await developersTested(cr.id);
    await expect(takeStep(await w.as(w.cpl), { crId: cr.id, step: "release_without_uat" })).rejects.toThrow(
      "Only an emergency fix goes to production release without user acceptance testing",
    );
    expect(await state(cr.id)).toBe("BUILD_AND_TEST");
  });
});

describe("plan 3.1.4: the Executive Overview compares the impact analysis scope, approach and estimates with the revised ones", () => {
  it("records the revised scope and approach and shows each beside the impact analysis's", async () => {
    const cr = await pastPackageVote([]);
    await takeStep(await w.as(w.cpl), { crId: cr.id, step: "clear_subcomponent_review" });
    await nameTeam(await w.as(w.cpl), { crId: cr.id, team: "JAD", members: [`${w.jad.id}:`] });
    const jad = await w.as(w.jad);
    const refused = await saveJad(jad, { ...JAD_WORK, revisedScope: "", revisedApproach: "", crId: cr.id, version: 0, intent: "submit" }).catch(
      (error: unknown) => error,
    );
    expect((refused as { fieldErrors?: Record<string, string[]> }).fieldErrors).toMatchObject({ revisedScope: [expect.stringContaining("scope")] });
    await saveJad(jad, { ...JAD_WORK, crId: cr.id, version: 0, intent: "save" });

    const detail = (await getChangeRequestDetail(cr.id, jad.actor))!;
    expect(detail.overviewText).toEqual([
      { label: "Scope", impactAnalysis: COMPLETE_INITIATION.scope, revised: JAD_WORK.revisedScope },
      { label: "Approach", impactAnalysis: "A nightly batch job", revised: JAD_WORK.revisedApproach },
    ]);
    expect(await db.crJad.findUniqueOrThrow({ where: { changeRequestId: cr.id } })).toMatchObject({
      revisedScope: JAD_WORK.revisedScope,
      revisedApproach: JAD_WORK.revisedApproach,
    });
  });
});

describe("plan 3.1.6: a CCSAS-level change is released by every subcomponent at the same time", () => {
  it("its release records each affected subcomponent's readiness and one shared date before it closes", async () => {
    const cr = await pastPackageVote(["SDU"]);
    await decide(cr.id); // the CCB
    await decide(cr.id); // the ESC's authorization
    await nameTeam(await w.as(w.cpl), { crId: cr.id, team: "JAD", members: [`${w.jad.id}:`] });
    await saveJad(await w.as(w.jad), { ...JAD_WORK, crId: cr.id, version: 0, intent: "submit" });
    await decide(cr.id); // the JAD recommendation
    expect(await state(cr.id)).toBe("BUILD_AND_TEST");
    await developersTested(cr.id);
    const cpl = await w.as(w.cpl);
    await takeStep(cpl, { crId: cr.id, step: "start_uat" });
    const pass = await startUatPass(cpl, { crId: cr.id, regression: false });
    await completeUatPass(cpl, { crId: cr.id, passId: pass.id, result: "passed", notes: "" });
    await saveUatSummary(cpl, { crId: cr.id, version: 1, uatSummaryReport: "Clean." });
    await takeStep(cpl, { crId: cr.id, step: "pass_uat" });
    expect(await state(cr.id)).toBe("RELEASE");

    const release = { crId: cr.id, releaseNotes: "Release 4.3", releasedOn: "2026-12-05", operationsAffected: [], operationsNotified: [] };
    await saveRelease(cpl, { ...release, version: 2, releaseSubcomponents: ["CSE"], subcomponentsReady: ["CSE"] });
    await expect(takeStep(cpl, { crId: cr.id, step: "close" })).rejects.toThrow(
      "It cannot close yet: SDU has not recorded that it is ready to release on the shared release date.",
    );
    const detail = (await getChangeRequestDetail(cr.id, cpl.actor))!;
    expect(detail.release).toEqual({ ccsasLevel: true, subcomponents: ["CSE", "SDU"], ready: ["CSE"], sharedReleaseOn: "2026-12-05" });

    await saveRelease(cpl, { ...release, version: 3, releaseSubcomponents: ["CSE"], subcomponentsReady: ["CSE", "SDU"] });
    await takeStep(cpl, { crId: cr.id, step: "close" });
    expect(await state(cr.id)).toBe("CLOSED");
    expect(await db.crTesting.findUniqueOrThrow({ where: { changeRequestId: cr.id } })).toMatchObject({
      releaseSubcomponents: ["CSE"],
      subcomponentsReady: ["CSE", "SDU"],
      releasedOn: new Date("2026-12-05"),
    });
  }, 180_000);
});

describe("plan 2.1: policy discussions are routed to the Policy Branch", () => {
  it("a change request marked as policy goes to the Policy Branch with a record of it, and to no ESC vote", async () => {
    const cr = await createChangeRequest(await w.as(w.author), {
      ...COMPLETE_INITIATION,
      title: "Charge interest on arrears",
      policy: true,
      kind: "ENHANCEMENT",
      consortiumId: w.ids.cases,
      intent: "submit",
    });
    expect(await db.changeRequest.findUniqueOrThrow({ where: { id: cr.id } })).toMatchObject({
      state: "POLICY_BRANCH",
      policy: true,
      policyRoutedAt: expect.any(Date),
    });
    expect(await db.crGateMotion.count({ where: { changeRequestId: cr.id } })).toBe(0);
    expect(await db.agendaItem.count({ where: { sourceId: cr.id } })).toBe(0);
    expect(await db.auditEvent.findFirst({ where: { entityId: cr.id, action: "changeRequests.route_to_policy_branch" }, select: { summary: true } })).toEqual({
      summary: expect.stringContaining("Routed to the Policy Branch"),
    });
    expect(await db.notification.count({ where: { userId: w.author.id, kind: "changeRequest.policy_branch" } })).toBe(1);
  });
});
