import { randomUUID } from "node:crypto";
import { CR_STATES, type CrKind, type CrState } from "../../src/domain/change-requests/lifecycle.ts";
import { BACKLOG_STATES } from "../../src/domain/change-requests/ranking.ts";
import type { PrismaClient, Prisma } from "../../src/generated/prisma/client.ts";
import { insertBatched } from "./data.ts";

/**
 * Change requests with their history for the bench: a realistic spread over every state and
 * both consortia, ages up to two years, a closed gate motion for every gate each one has
 * passed and an open one for each one waiting on a vote, audit
 * events for each step, and the CPL's alerts, escalations and status reports. Deterministic
 * for a given index, so "grow to N" adds the same rows a fresh run of N would have.
 */
const DAY_MS = 86_400_000;

// Where change requests sit, roughly: most finished, a long tail in work.
const STATE_WEIGHTS: [CrState, number][] = [
  ["DRAFT", 4],
  ["SUBMITTED", 3],
  ["IMPACT_ANALYSIS", 6],
  ["PACKAGE_VOTE", 2],
  ["CCB_REVIEW", 2],
  ["SUBCOMPONENT_REVIEW", 2],
  ["JAD_DESIGN", 5],
  ["JAD_VOTE", 2],
  ["BUILD_AND_TEST", 8],
  ["UAT", 4],
  ["RELEASE", 2],
  ["CLOSED", 40],
  ["WITHDRAWN", 5],
  ["VETOED", 6],
  ["REJECTED", 3],
  ["DEFERRED", 4],
];
const WHEEL = STATE_WEIGHTS.flatMap(([state, weight]) => Array.from({ length: weight }, () => state));

/** The gates a change request in `state` has passed, and the one it waits on. */
const GATE_PATH: { gate: "CONCEPT" | "PACKAGE" | "CCB" | "JAD"; state: CrState }[] = [
  { gate: "CONCEPT", state: "SUBMITTED" },
  { gate: "PACKAGE", state: "PACKAGE_VOTE" },
  { gate: "CCB", state: "CCB_REVIEW" },
  { gate: "JAD", state: "JAD_VOTE" },
];
const order = (state: CrState) => CR_STATES.indexOf(state);

const WORDS = [
  "arrears",
  "notices",
  "payments",
  "interstate",
  "locate",
  "enforcement",
  "wage",
  "withholding",
  "case closure",
  "SDU",
  "IDB",
  "reports",
  "caseload",
  "hold flag",
  "medical support",
  "address",
  "employer",
  "batch",
  "audit",
  "forms",
];
const VERBS = ["Automate", "Correct", "Speed up", "Simplify", "Report on", "Validate", "Consolidate", "Add a screen for", "Retire", "Reconcile"];
const BENEFIT_SETS = [["CERTIFICATION"], ["CCSAS"], ["PERFORMANCE"], ["PRODUCTIVITY"], ["PERFORMANCE", "PRODUCTIVITY"], ["CERTIFICATION", "CCSAS"], []];

export interface CrContext {
  adminId: string;
  authorIds: string[];
  consortia: { id: string; code: string; escId: string }[];
  ccbId: string;
  now: number;
}

export async function crContext(db: PrismaClient, adminId: string, userIds: string[]): Promise<CrContext> {
  const [consortia, ccb, demo] = await Promise.all([
    db.consortium.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true, committees: { where: { kind: "ESC" }, select: { id: true } } } }),
    db.committee.findFirstOrThrow({ where: { kind: "CCB" }, select: { id: true } }),
    db.user.findMany({ where: { email: { endsWith: "@demo.local" } }, select: { id: true } }),
  ]);
  return {
    adminId,
    authorIds: [...demo.map((user) => user.id), ...userIds.slice(0, 200)],
    consortia: consortia.map((consortium) => ({ id: consortium.id, code: consortium.code, escId: consortium.committees[0]!.id })),
    ccbId: ccb.id,
    now: Date.now(),
  };
}

/** Adds change requests number `from` up to (not including) `to`, with their history. */
export async function generateChangeRequests(db: PrismaClient, ctx: CrContext, from: number, to: number): Promise<Record<string, number>> {
  const crs: Prisma.ChangeRequestCreateManyInput[] = [];
  const motions: Prisma.MotionCreateManyInput[] = [];
  const gates: Prisma.CrGateMotionCreateManyInput[] = [];
  const audit: Prisma.AuditEventCreateManyInput[] = [];
  const alerts: Prisma.CrAlertCreateManyInput[] = [];
  const escalations: Prisma.EscalationCreateManyInput[] = [];
  const steps: Prisma.EscalationStepCreateManyInput[] = [];

  for (let i = from; i < to; i++) {
    const id = randomUUID();
    const state = WHEEL[(i * 7919) % WHEEL.length]!;
    // Two thirds CASES (52 LCSAs), one third ARS.
    const consortium = ctx.consortia[i % 3 === 0 ? 0 : 1] ?? ctx.consortia[0]!;
    const kind: CrKind = i % 20 === 0 ? "EMERGENCY_FIX" : i % 10 === 0 ? "DEFECT" : "ENHANCEMENT";
    const ageDays = (i * 37) % 720;
    const inStateDays = Math.min(ageDays, (i * 13) % 200);
    const createdAt = new Date(ctx.now - ageDays * DAY_MS - 3_600_000);
    const stateChangedAt = new Date(ctx.now - inStateDays * DAY_MS);
    const authorId = ctx.authorIds[i % ctx.authorIds.length]!;
    const title = `${VERBS[i % VERBS.length]} ${WORDS[(i * 3) % WORDS.length]} ${WORDS[(i * 7 + 1) % WORDS.length]} (${i})`;
    crs.push({
      id,
      consortiumId: consortium.id,
      kind,
      state,
      title,
      scope: `Generated change request ${i}: ${title.toLowerCase()} for the ${consortium.code} application.`,
      benefits: BENEFIT_SETS[i % BENEFIT_SETS.length]!,
      urgencyDrivers: "Caseworkers lose time every month until this is done.",
      levelOfEffort: (["LOW", "MEDIUM", "HIGH"] as const)[i % 3],
      authorId,
      createdAt,
      updatedAt: stateChangedAt,
      stateChangedAt,
      submittedAt: state === "DRAFT" ? null : new Date(createdAt.getTime() + DAY_MS),
      closedAt: state === "CLOSED" ? stateChangedAt : null,
      deferredFrom: state === "DEFERRED" ? "SUBMITTED" : null,
      reconsiderOn: state === "DEFERRED" ? new Date(Math.floor((ctx.now + ((i % 120) - 60) * DAY_MS) / DAY_MS) * DAY_MS) : null,
      priorityRank: kind === "ENHANCEMENT" && BACKLOG_STATES.includes(state) && i % 4 !== 0 ? i : null,
    });
    audit.push({ at: createdAt, actorId: authorId, action: "cr.create", entityType: "ChangeRequest", entityId: id, summary: `Started ${title}` });

    // Gate motions: closed for every gate passed, open for the one it waits on.
    if (kind === "ENHANCEMENT" && state !== "DRAFT") {
      const reached = state === "DEFERRED" || state === "VETOED" ? order("SUBMITTED") : order(state);
      for (const [step, { gate, state: gateState }] of GATE_PATH.entries()) {
        if (order(gateState) > reached) break;
        if (gate === "CCB" && i % 2 === 0) continue; // half go to the Subcomponent Review instead
        const waiting = order(gateState) === order(state);
        const motionId = randomUUID();
        const openedAt = new Date(createdAt.getTime() + (step + 1) * 20 * DAY_MS);
        const closedAt = waiting ? null : new Date(Math.min(openedAt.getTime() + 2 * DAY_MS, stateChangedAt.getTime()));
        motions.push({
          id: motionId,
          committeeId: gate === "CCB" ? ctx.ccbId : consortium.escId,
          question: `${gate} gate for ${title}?`,
          subjectType: "CHANGE_REQUEST_GATE",
          subjectId: id,
          options: ["approve", "reject", "defer"],
          status: waiting ? "OPEN" : "CLOSED",
          openedAt: waiting ? stateChangedAt : openedAt,
          // Open votes end within the week. None is past its deadline: the app's job closes
          // such a vote within a minute, and would be closing hundreds while the benchmark
          // measures (a vote past its deadline is only ever a moment's state).
          deadline: waiting ? new Date(ctx.now + (1 + (i % 5)) * DAY_MS) : new Date(openedAt.getTime() + 3 * DAY_MS),
          closedAt,
          quorumRule: "MAJORITY_OF_VOTING_SEATS",
          majorityRule: "MAJORITY_OF_VOTES_CAST",
          result: waiting ? undefined : { explanation: "Passed: 5 of 6 votes cast approve; quorum of 4 met.", passed: true },
          openedById: ctx.adminId,
        });
        gates.push({ motionId, changeRequestId: id, gate, createdAt: openedAt });
        audit.push({
          at: openedAt,
          actorId: ctx.adminId,
          action: "voting.open_motion",
          entityType: "Motion",
          entityId: motionId,
          summary: `Opened the ${gate} vote`,
        });
        if (closedAt)
          audit.push({
            at: closedAt,
            actorId: ctx.adminId,
            action: "voting.close_motion",
            entityType: "Motion",
            entityId: motionId,
            summary: "Closed: approve",
          });
      }
    }
    audit.push({ at: stateChangedAt, actorId: authorId, action: "cr.transition", entityType: "ChangeRequest", entityId: id, summary: `Moved to ${state}` });

    if (i % 100 === 7) {
      alerts.push({
        consortiumId: consortium.id,
        changeRequestId: id,
        kind: (["SCOPE", "SCHEDULE", "COST"] as const)[i % 3]!,
        description: `Generated alert on ${title}.`,
        raisedById: ctx.adminId,
        raisedAt: stateChangedAt,
        resolvedAt: i % 200 === 7 ? null : new Date(stateChangedAt.getTime() + DAY_MS),
        resolution: i % 200 === 7 ? null : "Resolved by the ESC.",
      });
    }
    if (i % 500 === 11) {
      const escalationId = randomUUID();
      escalations.push({
        id: escalationId,
        consortiumId: consortium.id,
        changeRequestId: id,
        title: `Generated issue on ${title}`,
        description: "Generated.",
        level: "TSD_DEPUTY_DIRECTOR",
        raisedById: ctx.adminId,
        raisedAt: createdAt,
        version: 2,
      });
      steps.push({ escalationId, level: "CPL", note: "Raised.", byId: ctx.adminId, at: createdAt });
      steps.push({ escalationId, level: "TSD_DEPUTY_DIRECTOR", note: "Escalated.", byId: ctx.adminId, at: stateChangedAt });
    }
  }

  return {
    ChangeRequest: await insertBatched(crs, (batch) => db.changeRequest.createMany({ data: batch })),
    Motion: await insertBatched(motions, (batch) => db.motion.createMany({ data: batch })),
    CrGateMotion: await insertBatched(gates, (batch) => db.crGateMotion.createMany({ data: batch })),
    "AuditEvent (change requests)": await insertBatched(audit, (batch) => db.auditEvent.createMany({ data: batch })),
    CrAlert: await insertBatched(alerts, (batch) => db.crAlert.createMany({ data: batch })),
    Escalation: await insertBatched(escalations, (batch) => db.escalation.createMany({ data: batch })),
    EscalationStep: await insertBatched(steps, (batch) => db.escalationStep.createMany({ data: batch })),
  };
}

/** A year of monthly status reports per consortium. */
export async function generateStatusReports(db: PrismaClient, ctx: CrContext): Promise<number> {
  const rows: Prisma.StatusReportCreateManyInput[] = [];
  const today = new Date(ctx.now);
  for (const consortium of ctx.consortia) {
    for (let month = 1; month <= 12; month++) {
      const periodEnding = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - month + 1, 0));
      rows.push({
        consortiumId: consortium.id,
        periodEnding,
        body: `Generated status report for ${consortium.code}.`,
        filedById: ctx.adminId,
        filedAt: new Date(periodEnding.getTime() + 3 * DAY_MS),
      });
    }
  }
  return (await db.statusReport.createMany({ data: rows })).count;
}
