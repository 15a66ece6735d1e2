import "server-only";
import { dayOfNullable } from "@/domain/calendar/day";
import { type Capacity, type CrSnapshot } from "@/domain/change-requests/lifecycle";
import { capacitiesOf, type CrParties } from "@/domain/change-requests/capacities";
import {
  emptyReadiness,
  IMPACT_COMPONENTS,
  type Benefit,
  type ComponentImpact,
  type ImpactComponent,
  type OperationsArea,
  type Readiness,
} from "@/domain/change-requests/readiness";
import type { Prisma } from "@/generated/prisma/client";
import type { CommandContext } from "@/lib/context";
import type { AnyContext } from "@/lib/command";
import type { Tx } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";

/**
 * A change request as the lifecycle sees it (state, kind, readiness) and the parties who
 * may act on it, loaded in one query. Shared by every command and by the page.
 */
export const SNAPSHOT_SELECT = {
  id: true,
  number: true,
  title: true,
  state: true,
  kind: true,
  version: true,
  consortiumId: true,
  authorId: true,
  deferredFrom: true,
  reconsiderOn: true,
  backBriefedAt: true,
  submittedAt: true,
  scope: true,
  benefits: true,
  urgencyDrivers: true,
  otherConsortiumAlignment: true,
  ccsasAlignment: true,
  levelOfEffort: true,
  policy: true,
  // Whether it went before the CCB: a CCSAS-level change (plan 3.1.6).
  _count: { select: { gateMotions: { where: { gate: "CCB" } } } },
  consortium: { select: { code: true, committees: { where: { kind: "ESC" }, select: { id: true }, take: 1 } } },
  impactTeam: { select: { team: true, userId: true } },
  impactPackage: true,
  jad: true,
  testing: true,
  uatPasses: { select: { number: true, regression: true, completedAt: true, passed: true } },
  uatDefects: { select: { severity: true, foundInPass: true, resolvedAt: true, signedOffAt: true } },
  knownDefects: { select: { impact: true, expectedFixOn: true, workaround: true } },
} satisfies Prisma.ChangeRequestSelect;

export type SnapshotRow = Prisma.ChangeRequestGetPayload<{ select: typeof SNAPSHOT_SELECT }>;

const money = (value: Prisma.Decimal | null | undefined): number | null => (value === null || value === undefined ? null : Number(value));

/** The package's per-component impacts, stored as JSON; anything unreadable counts as not yet assessed. */
export function impactsOf(json: unknown): Record<ImpactComponent, ComponentImpact> {
  const stored = (json ?? {}) as Partial<Record<ImpactComponent, Partial<ComponentImpact>>>;
  return Object.fromEntries(
    IMPACT_COMPONENTS.map((component) => {
      const entry = stored[component];
      return [
        component,
        {
          impacted: typeof entry?.impacted === "boolean" ? entry.impacted : null,
          description: typeof entry?.description === "string" ? entry.description : "",
        },
      ];
    }),
  ) as Record<ImpactComponent, ComponentImpact>;
}

export function readinessOf(row: SnapshotRow): Readiness {
  const base = emptyReadiness({
    title: row.title,
    scope: row.scope,
    benefits: row.benefits as Benefit[],
    urgencyDrivers: row.urgencyDrivers,
    otherConsortiumAlignment: row.otherConsortiumAlignment,
    ccsasAlignment: row.ccsasAlignment,
    levelOfEffort: row.levelOfEffort,
  });
  const p = row.impactPackage;
  const j = row.jad;
  const t = row.testing;
  return {
    ...base,
    impactTeamSize: row.impactTeam.filter((member) => member.team === "IMPACT_ANALYSIS").length,
    jadTeamSize: row.impactTeam.filter((member) => member.team === "JAD").length,
    package: p && {
      complexity: p.complexity,
      alternatives: p.alternatives,
      recommendedSolution: p.recommendedSolution,
      effortHours: p.effortHours,
      elapsedWeeks: p.elapsedWeeks,
      cost: money(p.cost),
      expectedBenefit: p.expectedBenefit,
      benefitDuration: p.benefitDuration,
      impacts: impactsOf(p.impacts),
      changesDataElements: p.changesDataElements,
      certificationImpact: p.certificationImpact,
      issuesAndRisks: p.issuesAndRisks,
    },
    jad: j && {
      specification: j.specification,
      businessRules: j.businessRules,
      revisedScope: j.revisedScope,
      revisedApproach: j.revisedApproach,
      revisedEffortHours: j.revisedEffortHours,
      revisedElapsedWeeks: j.revisedElapsedWeeks,
      revisedCost: money(j.revisedCost),
      recommendation: (j.recommendation as "approve" | "withdraw" | "defer" | null) ?? null,
    },
    unitTested: Boolean(t?.unitTestedAt),
    systemTested: Boolean(t?.systemTestedAt),
    uatPasses: row.uatPasses.map((pass) => ({
      number: pass.number,
      regression: pass.regression,
      completed: Boolean(pass.completedAt),
      passed: pass.passed === true,
    })),
    uatDefects: row.uatDefects.map((defect) => ({
      severity: defect.severity,
      foundInPass: defect.foundInPass,
      resolved: Boolean(defect.resolvedAt),
      signedOff: Boolean(defect.signedOffAt),
    })),
    uatSummaryReport: Boolean(t?.uatSummaryReport.trim()),
    releaseNotes: t?.releaseNotes ?? "",
    knownDefects: row.knownDefects.map((defect) => ({
      impact: defect.impact,
      expectedFixOn: dayOfNullable(defect.expectedFixOn),
      workaround: defect.workaround,
    })),
    operationsAffected: (t?.operationsAffected ?? []) as OperationsArea[],
    operationsNotified: (t?.operationsNotified ?? []) as OperationsArea[],
    releasedOn: dayOfNullable(t?.releasedOn),
    backBriefed: Boolean(row.backBriefedAt),
    ranThroughCcb: row._count.gateMotions > 0,
    releaseSubcomponents: (t?.releaseSubcomponents ?? []) as ImpactComponent[],
    subcomponentsReady: (t?.subcomponentsReady ?? []) as ImpactComponent[],
  };
}

export function snapshotOf(row: SnapshotRow): CrSnapshot {
  return {
    state: row.state,
    kind: row.kind,
    policy: row.policy,
    deferredFrom: row.deferredFrom,
    reconsiderOn: dayOfNullable(row.reconsiderOn),
    readiness: readinessOf(row),
  };
}

/** The CCSAS Change Control Board: the one committee of its kind. */
export async function ccbCommitteeId(tx: Pick<Tx, "committee">): Promise<string | null> {
  const ccb = await tx.committee.findFirst({ where: { kind: "CCB" }, orderBy: { code: "asc" }, select: { id: true } });
  return ccb?.id ?? null;
}

export function partiesOf(row: SnapshotRow, ccbId: string | null): CrParties {
  return {
    authorId: row.authorId,
    consortiumId: row.consortiumId,
    escCommitteeId: row.consortium.committees[0]?.id ?? null,
    ccbCommitteeId: ccbId,
    team: row.impactTeam,
  };
}

/** The capacities of whoever acts: a scheduled job or a motion's result is SYSTEM. */
export async function capacitiesFor(tx: Pick<Tx, "lcsa">, ctx: AnyContext | { actor: CommandContext["actor"] }, parties: CrParties): Promise<Capacity[]> {
  if (!ctx.actor) return ["SYSTEM"];
  const lcsaIds = ctx.actor.grants.flatMap((grant) => (grant.scope.type === "LCSA" && grant.scope.lcsaId ? [grant.scope.lcsaId] : []));
  const inConsortium = new Set(
    lcsaIds.length
      ? (await tx.lcsa.findMany({ where: { id: { in: lcsaIds }, consortiumId: parties.consortiumId }, select: { id: true } })).map((lcsa) => lcsa.id)
      : [],
  );
  return capacitiesOf(ctx.actor, parties, (lcsaId) => inConsortium.has(lcsaId));
}

/** Takes the change request's row lock for the rest of the transaction: moves and edits of one change request queue. */
export async function lockChangeRequest(tx: Tx, crId: string): Promise<void> {
  const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "ChangeRequest" WHERE id = ${crId} FOR UPDATE`;
  if (!row) throw new NotFoundError("That change request");
}

export async function loadSnapshotRow(tx: Tx, crId: string): Promise<SnapshotRow> {
  const row = await tx.changeRequest.findUnique({ where: { id: crId }, select: SNAPSHOT_SELECT });
  if (!row) throw new NotFoundError("That change request");
  return row;
}
