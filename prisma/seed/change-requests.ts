import type { CrGate, CrKind, CrState } from "../../src/generated/prisma/enums.ts";
import { defaultReconsiderOn } from "../../src/domain/change-requests/gate-vote.ts";
import { crNumber } from "../../src/domain/change-requests/labels.ts";
import { openedOnStep } from "../../src/domain/change-requests/gate-attribution.ts";
import { GATE_LABELS, GATES } from "../../src/domain/change-requests/lifecycle.ts";
import { dayOnly, daysAgo, gateMotion, packageRow, people, Timeline, type Db, type People } from "./change-request-rows.ts";

/**
 * Demo change requests: a realistic spread through every state, each with the records and
 * the history (votes with ballots, timeline) it would have had. Loaded once with the demo
 * accounts (prisma/seed/demo.ts); a marker setting keeps a second run from adding more.
 */
interface DemoCr {
  title: string;
  scope: string;
  kind?: CrKind;
  consortium?: "CASES" | "ARS";
  author: string;
  state: CrState;
  createdDaysAgo: number;
  inStateDays: number;
  /** Decided gates in order, then (optionally) the open one; each with days ago. */
  gates?: { gate: CrGate; decision?: string; daysAgo: number }[];
  team?: boolean;
  pkg?: { impacted: string[]; dataElements?: boolean };
  jad?: { complete: boolean; recommendation?: string };
  testing?: "unit" | "both";
  uat?: "major-defect-retest" | "passed";
  release?: "draft" | "complete";
  reconsiderInDays?: number;
  withdrawnReason?: string;
  backBriefedDaysAgo?: number;
  incomplete?: boolean;
  /** A policy question, routed to the Policy Branch (plan 2.1). */
  policy?: boolean;
}

const SIZE = { hours: 480, weeks: 12, cost: 72_000 };

const DEMO: DemoCr[] = [
  {
    title: "Bilingual notice templates",
    scope: "Spanish versions of the ten most used notices.",
    author: "esc.member@demo.local",
    state: "DRAFT",
    createdDaysAgo: 3,
    inStateDays: 3,
    incomplete: true,
  },
  {
    title: "Automated arrears notices",
    scope: "Send arrears notices nightly instead of by hand.",
    author: "cpl@demo.local",
    state: "SUBMITTED",
    createdDaysAgo: 12,
    inStateDays: 5,
    gates: [{ gate: "CONCEPT", daysAgo: 5 }],
  },
  {
    title: "Employer e-filing of wage withholding",
    scope: "Accept income withholding acknowledgements from employers electronically.",
    author: "esc2@demo.local",
    state: "IMPACT_ANALYSIS",
    createdDaysAgo: 40,
    inStateDays: 21,
    gates: [{ gate: "CONCEPT", decision: "approve", daysAgo: 21 }],
    team: true,
  },
  {
    title: "Payment history on the case summary",
    scope: "Show the last twelve payments on the case summary screen.",
    author: "esc3@demo.local",
    state: "PACKAGE_VOTE",
    createdDaysAgo: 75,
    inStateDays: 4,
    gates: [
      { gate: "CONCEPT", decision: "approve", daysAgo: 50 },
      { gate: "PACKAGE", daysAgo: 4 },
    ],
    team: true,
    pkg: { impacted: ["SDU"] },
  },
  {
    title: "Interstate case data exchange fields",
    scope: "Add the new federal interstate fields to the case record.",
    author: "cpl@demo.local",
    state: "CCB_REVIEW",
    createdDaysAgo: 90,
    inStateDays: 9,
    gates: [
      { gate: "CONCEPT", decision: "approve", daysAgo: 70 },
      { gate: "PACKAGE", decision: "approve", daysAgo: 9 },
      { gate: "CCB", daysAgo: 9 },
    ],
    team: true,
    pkg: { impacted: ["IDB"], dataElements: true },
  },
  {
    title: "SDU payment file: new remittance field",
    scope: "Carry the employer's remittance identifier from the SDU payment file onto the payment record.",
    author: "cpl@demo.local",
    state: "ESC_AUTHORIZATION",
    createdDaysAgo: 110,
    inStateDays: 2,
    // Plan 3.1.3: approved by the CCB, it waits for the ESC to authorize development.
    gates: [
      { gate: "CONCEPT", decision: "approve", daysAgo: 90 },
      { gate: "PACKAGE", decision: "approve", daysAgo: 30 },
      { gate: "CCB", decision: "approve", daysAgo: 2 },
      { gate: "AUTHORIZE", daysAgo: 2 },
    ],
    team: true,
    pkg: { impacted: ["SDU"] },
  },
  {
    title: "Interest on arrears for closed cases",
    scope: "Whether interest keeps accruing on arrears once a case is closed.",
    author: "esc2@demo.local",
    state: "POLICY_BRANCH",
    createdDaysAgo: 12,
    inStateDays: 11,
    policy: true,
  },
  {
    title: "Overdue task list for caseworkers",
    scope: "A worklist of tasks past their due date, per caseworker.",
    author: "esc4@demo.local",
    state: "SUBCOMPONENT_REVIEW",
    createdDaysAgo: 85,
    inStateDays: 14,
    gates: [
      { gate: "CONCEPT", decision: "approve", daysAgo: 60 },
      { gate: "PACKAGE", decision: "approve", daysAgo: 14 },
    ],
    team: true,
    pkg: { impacted: [] },
  },
  {
    title: "Court order guideline calculator update",
    scope: "Apply the new guideline tables in the support calculator.",
    author: "esc5@demo.local",
    state: "JAD_DESIGN",
    createdDaysAgo: 120,
    inStateDays: 30,
    gates: [
      { gate: "CONCEPT", decision: "approve", daysAgo: 100 },
      { gate: "PACKAGE", decision: "approve", daysAgo: 45 },
      { gate: "CCB", decision: "approve", daysAgo: 30 },
      // Plan 3.1.3: "If the CCB approves the CR, the ESC authorizes development activities to begin."
      { gate: "AUTHORIZE", decision: "approve", daysAgo: 27 },
    ],
    team: true,
    pkg: { impacted: ["CSE"] },
    jad: { complete: false },
  },
  {
    title: "Case closure letter wording",
    scope: "Plain-language case closure letters.",
    author: "esc6@demo.local",
    state: "JAD_VOTE",
    createdDaysAgo: 110,
    inStateDays: 3,
    gates: [
      { gate: "CONCEPT", decision: "approve", daysAgo: 95 },
      { gate: "PACKAGE", decision: "approve", daysAgo: 60 },
      { gate: "JAD", daysAgo: 3 },
    ],
    team: true,
    pkg: { impacted: [] },
    jad: { complete: true, recommendation: "approve" },
  },
  {
    title: "Address verification interface",
    scope: "Verify addresses against the postal service before mailing.",
    author: "cpl@demo.local",
    state: "BUILD_AND_TEST",
    createdDaysAgo: 160,
    inStateDays: 25,
    gates: [
      { gate: "CONCEPT", decision: "approve", daysAgo: 140 },
      { gate: "PACKAGE", decision: "approve", daysAgo: 100 },
      { gate: "JAD", decision: "approve", daysAgo: 25 },
    ],
    team: true,
    pkg: { impacted: [] },
    jad: { complete: true, recommendation: "approve" },
    testing: "unit",
  },
  {
    title: "Medical support notice batch",
    scope: "Batch the National Medical Support Notices weekly.",
    author: "esc.member@demo.local",
    state: "UAT",
    createdDaysAgo: 200,
    inStateDays: 18,
    gates: [
      { gate: "CONCEPT", decision: "approve", daysAgo: 180 },
      { gate: "PACKAGE", decision: "approve", daysAgo: 150 },
      { gate: "CCB", decision: "approve", daysAgo: 140 },
      { gate: "AUTHORIZE", decision: "approve", daysAgo: 135 },
      { gate: "JAD", decision: "approve", daysAgo: 60 },
    ],
    team: true,
    pkg: { impacted: ["SDU"] },
    jad: { complete: true, recommendation: "approve" },
    testing: "both",
    uat: "major-defect-retest",
  },
  {
    title: "Customer service call notes",
    scope: "Let call center staff add notes to the case from the phone screen.",
    author: "esc2@demo.local",
    state: "RELEASE",
    createdDaysAgo: 230,
    inStateDays: 6,
    gates: [
      { gate: "CONCEPT", decision: "approve", daysAgo: 210 },
      { gate: "PACKAGE", decision: "approve", daysAgo: 170 },
      { gate: "JAD", decision: "approve", daysAgo: 90 },
    ],
    team: true,
    pkg: { impacted: [] },
    jad: { complete: true, recommendation: "approve" },
    testing: "both",
    uat: "passed",
    release: "draft",
  },
  {
    title: "Electronic payment reminders",
    scope: "E-mail reminders to paying parents three days before a payment is due.",
    author: "cpl@demo.local",
    state: "CLOSED",
    createdDaysAgo: 320,
    inStateDays: 40,
    gates: [
      { gate: "CONCEPT", decision: "approve", daysAgo: 300 },
      { gate: "PACKAGE", decision: "approve", daysAgo: 260 },
      { gate: "JAD", decision: "approve", daysAgo: 180 },
    ],
    team: true,
    pkg: { impacted: [] },
    jad: { complete: true, recommendation: "approve" },
    testing: "both",
    uat: "passed",
    release: "complete",
  },
  {
    title: "Fix duplicate payment posting",
    scope: "Payments received twice from the SDU file post twice.",
    kind: "EMERGENCY_FIX",
    author: "ctm@demo.local",
    state: "UAT",
    createdDaysAgo: 8,
    inStateDays: 2,
    testing: "both",
  },
  {
    title: "Correct interest calculation on arrears",
    scope: "Interest on arrears is rounded the wrong way.",
    kind: "DEFECT",
    author: "ctm@demo.local",
    state: "CLOSED",
    createdDaysAgo: 60,
    inStateDays: 20,
    testing: "both",
    uat: "passed",
    release: "complete",
    backBriefedDaysAgo: 35,
  },
  {
    title: "Statewide case closure reports",
    scope: "Monthly closure reports by reason and LCSA.",
    author: "esc4@demo.local",
    state: "DEFERRED",
    createdDaysAgo: 100,
    inStateDays: 30,
    // Plan 3.1.1 gives the concept vote no defer: it was deferred at the package vote.
    gates: [
      { gate: "CONCEPT", decision: "approve", daysAgo: 70 },
      { gate: "PACKAGE", decision: "defer", daysAgo: 30 },
    ],
    team: true,
    pkg: { impacted: [] },
    reconsiderInDays: 45,
  },
  {
    title: "Replace the case search screen",
    scope: "A new search screen with fuzzy name matching.",
    author: "esc3@demo.local",
    state: "VETOED",
    createdDaysAgo: 70,
    inStateDays: 50,
    gates: [{ gate: "CONCEPT", decision: "veto", daysAgo: 50 }],
  },
  {
    title: "Shared document imaging with ARS",
    scope: "One document imaging store for both consortia.",
    author: "esc5@demo.local",
    state: "REJECTED",
    createdDaysAgo: 150,
    inStateDays: 35,
    gates: [
      { gate: "CONCEPT", decision: "approve", daysAgo: 130 },
      { gate: "PACKAGE", decision: "approve", daysAgo: 60 },
      { gate: "CCB", decision: "reject", daysAgo: 35 },
    ],
    team: true,
    pkg: { impacted: ["OTHER_CONSORTIUM", "WAN"] },
  },
  {
    title: "Fax intake of wage assignments",
    scope: "Accept wage assignments by fax.",
    author: "esc6@demo.local",
    state: "WITHDRAWN",
    createdDaysAgo: 55,
    inStateDays: 20,
    gates: [{ gate: "CONCEPT", decision: "approve", daysAgo: 40 }],
    team: true,
    withdrawnReason: "Employers now file electronically; no longer needed.",
  },
  {
    title: "Document imaging link from the case",
    scope: "Open a case's imaged documents from the case screen.",
    consortium: "ARS",
    author: "ars2@demo.local",
    state: "SUBMITTED",
    createdDaysAgo: 10,
    inStateDays: 6,
    gates: [{ gate: "CONCEPT", daysAgo: 6 }],
  },
];

const IMPACT_TEAM: [string, string][] = [
  ["esc2@demo.local", "colusa"],
  ["esc3@demo.local", "madera"],
  ["esc4@demo.local", "humboldt"],
  ["esc.member@demo.local", "butte"],
  ["esc5@demo.local", "kern"],
  ["esc6@demo.local", "fresno"],
];

export async function seedChangeRequests(db: Db, now = new Date()): Promise<void> {
  if (await db.appSetting.findUnique({ where: { key: "demo.changeRequests" } })) return;
  const who = await people(db);
  const committees = new Map((await db.committee.findMany({ select: { id: true, code: true } })).map((committee) => [committee.code, committee.id]));
  const consortia = new Map((await db.consortium.findMany({ select: { id: true, code: true } })).map((consortium) => [consortium.code, consortium.id]));
  const lcsas = new Map(
    (await db.lcsa.findMany({ where: { code: { in: [...IMPACT_TEAM.map(([, code]) => code), "sacramento"] } }, select: { id: true, code: true } })).map(
      (lcsa) => [lcsa.code, lcsa.id],
    ),
  );
  const timeline = new Timeline(who);
  for (const demo of DEMO) await seedOne(db, who, timeline, demo, { committees, consortia, lcsas }, now);
  await timeline.write(db);
  await db.appSetting.create({ data: { key: "demo.changeRequests", value: DEMO.length } });
}

async function seedOne(
  db: Db,
  who: People,
  timeline: Timeline,
  demo: DemoCr,
  ids: { committees: Map<string, string>; consortia: Map<string, string>; lcsas: Map<string, string> },
  now: Date,
) {
  const consortium = demo.consortium ?? "CASES";
  const created = daysAgo(now, demo.createdDaysAgo);
  const submitted = demo.state === "DRAFT" ? null : daysAgo(now, demo.createdDaysAgo - 1);
  const row = await db.changeRequest.create({
    data: {
      consortiumId: ids.consortia.get(consortium)!,
      kind: demo.kind ?? "ENHANCEMENT",
      state: demo.state,
      title: demo.title,
      scope: demo.scope,
      benefits: demo.incomplete ? [] : ["PERFORMANCE", "PRODUCTIVITY"],
      urgencyDrivers: demo.incomplete ? "" : "Caseworkers lose hours a week to the manual process; CCSAS is more than a year away.",
      otherConsortiumAlignment: demo.incomplete ? "" : "The other consortium has a similar need; no conflict.",
      ccsasAlignment: demo.incomplete ? "" : "Retired with the consortium system at CCSAS conversion; no CCSAS design change.",
      levelOfEffort: demo.incomplete ? null : "MEDIUM",
      jadParticipants: "Two caseworkers and a supervisor from the requesting LCSA",
      assumptions: "Testing environments are available at two LCSAs.",
      authorId: who.id(demo.author),
      updatedById: who.id(demo.author),
      createdAt: created,
      submittedAt: submitted,
      stateChangedAt: daysAgo(now, demo.inStateDays),
      closedAt: demo.state === "CLOSED" ? daysAgo(now, demo.inStateDays) : null,
      deferredFrom: demo.state === "DEFERRED" ? GATES[demo.gates!.at(-1)!.gate].state : null,
      reconsiderOn: demo.reconsiderInDays ? dayOnly(daysAgo(now, -demo.reconsiderInDays)) : null,
      withdrawnReason: demo.withdrawnReason ?? null,
      backBriefedAt: demo.backBriefedDaysAgo ? daysAgo(now, demo.backBriefedDaysAgo) : null,
      policy: demo.policy ?? false,
      policyRoutedAt: demo.policy ? daysAgo(now, demo.inStateDays) : null,
    },
    select: { id: true, number: true, title: true },
  });
  const cr = { ...row, label: crNumber(row.number) };
  const cpl = "cpl@demo.local";
  timeline.add(cr, created, demo.author, "create", `Drafted by ${who.name(demo.author)}.`);
  if (submitted)
    timeline.add(
      cr,
      submitted,
      demo.author,
      "submit",
      demo.policy
        ? "Submitted: a policy question, routed to the Policy Branch (Governance plan 2.1)."
        : demo.kind && demo.kind !== "ENHANCEMENT"
          ? "Submitted: work starts at once; the ESC is back-briefed."
          : "Submitted for the ESC's concept vote.",
    );

  if (submitted && demo.policy)
    timeline.add(cr, submitted, null, "route_to_policy_branch", "Routed to the Policy Branch for research and resolution; the ESC does not vote on it.");

  const escId = ids.committees.get(`${consortium}-ESC`)!;
  for (const gate of demo.gates ?? []) {
    const committeeId = gate.gate === "CCB" ? ids.committees.get("CCSAS-CCB")! : escId;
    const openedAt = daysAgo(now, gate.daysAgo + (gate.decision ? 7 : 0));
    // Four votes for the decision and one against, among the gate's own options.
    const dissent = gate.decision === "approve" ? GATES[gate.gate].options.find((option) => option !== "approve")! : "approve";
    const choices = gate.decision ? [gate.decision, gate.decision, gate.decision, gate.decision, dissent] : ["approve", "approve"];
    // Product rule (src/domain/change-requests/gate-attribution.ts): the lifecycle opened each vote on a step, credited to it.
    const stepBy = gate.gate === "CONCEPT" ? demo.author : cpl;
    const openedAutomatically = openedOnStep(gate.gate, cr, who.name(stepBy));
    await gateMotion(db, {
      cr,
      gate: gate.gate,
      committeeId,
      openedById: who.id(stepBy),
      openedAutomatically,
      openedAt,
      closedAt: gate.decision ? daysAgo(now, gate.daysAgo) : null,
      choices,
      reconsiderOn: new Date(`${defaultReconsiderOn(openedAt.toISOString().slice(0, 10))}T00:00:00Z`),
      recommendation: demo.jad?.recommendation,
      now,
    });
    timeline.add(cr, openedAt, stepBy, "open_gate_vote", `The ${GATE_LABELS[gate.gate]} is open, opened automatically ${openedAutomatically}.`);
    if (gate.decision) timeline.add(cr, daysAgo(now, gate.daysAgo), null, "gate_decided", `The vote decided: ${gate.decision}.`);
  }
  await seedWork(db, who, timeline, demo, cr, ids.lcsas, now);
  await seedAgenda(db, demo, cr, { esc: escId, ccb: ids.committees.get("CCSAS-CCB")! }, now);
  if (demo.withdrawnReason) timeline.add(cr, daysAgo(now, demo.inStateDays), demo.author, "withdraw", `Withdrawn: ${demo.withdrawnReason}`);
  if (demo.state === "CLOSED") timeline.add(cr, daysAgo(now, demo.inStateDays), cpl, "close", "Closed.");
}

/** The step records: teams, package, JAD, testing, UAT and release, as far as the change request got. */
async function seedWork(db: Db, who: People, timeline: Timeline, demo: DemoCr, cr: { id: string; label: string }, lcsas: Map<string, string>, now: Date) {
  const crId = cr.id;
  if (demo.team) {
    await db.crTeamMember.createMany({
      data: IMPACT_TEAM.map(([email, lcsa]) => ({ changeRequestId: crId, team: "IMPACT_ANALYSIS" as const, userId: who.id(email), lcsaId: lcsas.get(lcsa)! })),
    });
  }
  if (demo.pkg) await db.crImpactPackage.create({ data: packageRow(crId, demo.pkg.impacted, demo.pkg.dataElements ?? false, SIZE) });
  else if (demo.team && demo.state === "IMPACT_ANALYSIS")
    await db.crImpactPackage.create({ data: { ...packageRow(crId, [], false, SIZE), cost: null, issuesAndRisks: "", impacts: {} } });
  if (demo.jad) {
    await db.crTeamMember.create({ data: { changeRequestId: crId, team: "JAD", userId: who.id("jad@demo.local") } });
    await db.crJad.create({
      data: demo.jad.complete
        ? {
            changeRequestId: crId,
            specification: "Screens, batch steps and reports as agreed in three JAD sessions.",
            businessRules: "Only open cases; no change to certified distribution rules.",
            revisedScope: "As analysed, less the weekly summary, which moves to a later release.",
            revisedApproach: "The recommended batch design, with the letters generated by the existing print service.",
            revisedEffortHours: 540,
            revisedElapsedWeeks: 14,
            revisedCost: 79_500,
            recommendation: demo.jad.recommendation ?? "approve",
          }
        : { changeRequestId: crId, specification: "First JAD session held; screens drafted.", businessRules: "" },
    });
  }
  if (demo.testing) {
    const both = demo.testing === "both";
    await db.crTesting.create({
      data: {
        changeRequestId: crId,
        unitTestedAt: daysAgo(now, demo.inStateDays + 5),
        unitTestNotes: "All unit tests pass.",
        systemTestedAt: both ? daysAgo(now, demo.inStateDays + 2) : null,
        systemTestNotes: both ? "System test run on the test region with last month's data." : "",
        uatSummaryReport: demo.uat === "passed" ? "Two scenarios run by two LCSAs; no open defects." : "",
        releaseNotes: demo.release ? "Release notes: the change, the screens affected, and what caseworkers will notice." : "",
        releasedOn: demo.release === "complete" ? dayOnly(daysAgo(now, demo.inStateDays + 1)) : null,
        operationsAffected: demo.release ? ["SOFTWARE_RELEASE", "HELP_DESK"] : [],
        operationsNotified: demo.release === "complete" ? ["SOFTWARE_RELEASE", "HELP_DESK"] : demo.release ? ["SOFTWARE_RELEASE"] : [],
      },
    });
  }
  if (demo.uat) await seedUat(db, who, timeline, demo, cr, lcsas, now);
  if (demo.backBriefedDaysAgo)
    timeline.add(cr, daysAgo(now, demo.backBriefedDaysAgo), "chair@demo.local", "back_briefed", "The ESC was back-briefed at its meeting.");
}

async function seedUat(db: Db, who: People, timeline: Timeline, demo: DemoCr, cr: { id: string; label: string }, lcsas: Map<string, string>, now: Date) {
  const crId = cr.id;
  const tester = who.id("uat@demo.local");
  await db.crTeamMember.create({ data: { changeRequestId: crId, team: "UAT", userId: tester, lcsaId: lcsas.get("sacramento")! } });
  await db.uatScenario.createMany({
    data: [
      {
        changeRequestId: crId,
        title: "Happy path",
        script: "1. Open a case with the change. 2. Run the new function. 3. Check the result on the case summary.",
      },
      { changeRequestId: crId, title: "Closed case", script: "1. Open a closed case. 2. Run the new function. 3. Nothing should change." },
    ],
  });
  const started = daysAgo(now, demo.inStateDays + 10);
  if (demo.uat === "passed") {
    await db.uatPass.create({
      data: {
        changeRequestId: crId,
        number: 1,
        regression: true,
        startedAt: started,
        completedAt: daysAgo(now, demo.inStateDays + 3),
        passed: true,
        notes: "Both scenarios passed.",
      },
    });
    return;
  }
  await db.uatPass.create({
    data: {
      changeRequestId: crId,
      number: 1,
      regression: false,
      startedAt: started,
      completedAt: daysAgo(now, demo.inStateDays + 6),
      passed: false,
      notes: "A major defect: closed cases were changed.",
    },
  });
  await db.uatDefect.create({
    data: {
      changeRequestId: crId,
      foundInPass: 1,
      severity: "MAJOR",
      title: "Closed cases are changed",
      description: "The batch updated two closed cases.",
      reportedById: tester,
      reportedAt: daysAgo(now, demo.inStateDays + 7),
      resolvedAt: daysAgo(now, demo.inStateDays + 2),
      resolution: "The batch now skips closed cases.",
    },
  });
  await db.uatDefect.create({
    data: {
      changeRequestId: crId,
      foundInPass: 1,
      severity: "MINOR",
      title: "Typo on the confirmation screen",
      reportedById: tester,
      reportedAt: daysAgo(now, demo.inStateDays + 7),
    },
  });
  await db.uatPass.create({ data: { changeRequestId: crId, number: 2, regression: true, startedAt: daysAgo(now, 1) } });
  timeline.add(cr, daysAgo(now, demo.inStateDays + 7), "uat@demo.local", "report_defect", "Major defect found in UAT pass 1: Closed cases are changed.");
}

/** What waits for the committees' next meetings: open gates, the Subcomponent Review, a back-brief. */
async function seedAgenda(db: Db, demo: DemoCr, cr: { id: string; label: string; title: string }, committees: { esc: string; ccb: string }, now: Date) {
  const open = demo.gates?.find((gate) => !gate.decision);
  const items: { committeeId: string; purpose: string; title: string }[] = [];
  if (open)
    items.push({
      committeeId: open.gate === "CCB" ? committees.ccb : committees.esc,
      purpose: open.gate,
      title: `${cr.label} “${cr.title}”: ${open.gate === "CCB" ? "CCSAS Change Control Board decision" : "ESC vote"}`,
    });
  if (demo.state === "SUBCOMPONENT_REVIEW")
    items.push({ committeeId: committees.ccb, purpose: "SUBCOMPONENT_REVIEW", title: `Subcomponent Review: ${cr.label} “${cr.title}”` });
  if (demo.kind && demo.kind !== "ENHANCEMENT" && !demo.backBriefedDaysAgo)
    items.push({ committeeId: committees.esc, purpose: "BACK_BRIEF", title: `Back-brief: ${cr.label} “${cr.title}”` });
  for (const item of items) {
    await db.agendaItem.create({
      data: {
        committeeId: item.committeeId,
        position: 0,
        title: item.title,
        presenter: "Consortium Project Leader",
        sourceType: `ChangeRequest.${item.purpose}`,
        sourceId: cr.id,
        createdAt: daysAgo(now, demo.inStateDays),
      },
    });
  }
}
