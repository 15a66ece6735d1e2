import "server-only";
import { movesOf } from "@/domain/change-requests/lifecycle";
import { actsOf, changeRequestPermissions } from "@/domain/change-requests/permissions";
import { dayOfNullable } from "@/domain/calendar/day";
import type { CrTeam } from "@/domain/change-requests/capacities";
import { executiveOverview, overviewNarrative } from "@/domain/change-requests/executive-overview";
import { crNumber } from "@/domain/change-requests/labels";
import { nextStep } from "@/domain/change-requests/next-step";
import { componentLabel, IMPACT_COMPONENTS, readinessFor } from "@/domain/change-requests/readiness";
import { maySee } from "@/domain/change-requests/visibility";
import type { TallyResult } from "@/domain/voting/tally";
import type { CurrentUser } from "@/lib/context";
import { db } from "@/lib/db/client";
import { can } from "@/lib/permissions";
import { capacitiesFor, ccbCommitteeId, partiesOf, readinessOf, snapshotOf, SNAPSHOT_SELECT } from "@/server/change-requests/snapshot";

/**
 * Everything the change request's page shows, and what this user may do there. Null when
 * it does not exist, the user may not read change requests, or it is another author's
 * draft (visibility.ts).
 */
export async function getChangeRequestDetail(id: string, user: CurrentUser) {
  if (!can(user, changeRequestPermissions.read)) return null;
  const row = await db.changeRequest.findUnique({
    where: { id },
    select: {
      ...SNAPSHOT_SELECT,
      jadParticipants: true,
      assumptions: true,
      knownProblems: true,
      createdAt: true,
      submittedAt: true,
      stateChangedAt: true,
      closedAt: true,
      withdrawnReason: true,
      priorityRank: true,
      policyRoutedAt: true,
      consortium: { select: { code: true, name: true, committees: { where: { kind: "ESC" }, select: { id: true, name: true }, take: 1 } } },
      author: { select: { id: true, name: true, title: true } },
      impactTeam: {
        orderBy: { addedAt: "asc" },
        select: { team: true, userId: true, user: { select: { name: true, title: true } }, lcsa: { select: { id: true, name: true, caseloadCategory: true } } },
      },
      uatScenarios: { orderBy: { createdAt: "asc" }, select: { id: true, title: true, script: true } },
      uatPasses: {
        orderBy: { number: "asc" },
        select: { id: true, number: true, regression: true, startedAt: true, completedAt: true, passed: true, notes: true },
      },
      uatDefects: {
        orderBy: { reportedAt: "asc" },
        select: {
          id: true,
          severity: true,
          foundInPass: true,
          title: true,
          description: true,
          reportedAt: true,
          resolvedAt: true,
          resolution: true,
          signedOffAt: true,
          reportedBy: { select: { name: true } },
          signedOffBy: { select: { name: true } },
        },
      },
      knownDefects: { select: { id: true, description: true, impact: true, expectedFixOn: true, workaround: true } },
      gateMotions: {
        orderBy: { createdAt: "asc" },
        select: {
          gate: true,
          reconsiderOn: true,
          motion: {
            select: {
              id: true,
              question: true,
              status: true,
              deadline: true,
              openedAt: true,
              openedAutomatically: true,
              openedBy: { select: { name: true } },
              closedAt: true,
              result: true,
              _count: { select: { voters: true, ballots: true } },
            },
          },
        },
      },
    },
  });
  if (!row) return null;

  const ccbId = await ccbCommitteeId(db);
  const parties = partiesOf(row, ccbId);
  const capacities = await capacitiesFor(db, { actor: user }, parties);
  if (!maySee(row, capacities)) return null;
  const snapshot = snapshotOf(row);
  const readiness = readinessOf(row);
  const voteOpen = row.gateMotions.some((link) => link.motion.status === "OPEN");
  const abilityContext = { state: row.state, kind: row.kind, backBriefed: Boolean(row.backBriefedAt) };
  const pkg = readiness.package;

  return {
    id: row.id,
    label: crNumber(row.number),
    number: row.number,
    title: row.title,
    state: row.state,
    kind: row.kind,
    policy: row.policy,
    policyRoutedAt: row.policyRoutedAt,
    version: row.version,
    consortium: { id: row.consortiumId, code: row.consortium.code, name: row.consortium.name, esc: row.consortium.committees[0] ?? null },
    author: row.author,
    createdAt: row.createdAt,
    submittedAt: row.submittedAt,
    stateChangedAt: row.stateChangedAt,
    closedAt: row.closedAt,
    withdrawnReason: row.withdrawnReason,
    deferredFrom: row.deferredFrom,
    reconsiderOn: dayOfNullable(row.reconsiderOn),
    backBriefedAt: row.backBriefedAt,
    priorityRank: row.priorityRank,
    initiation: {
      title: row.title,
      scope: row.scope,
      benefits: row.benefits,
      urgencyDrivers: row.urgencyDrivers,
      otherConsortiumAlignment: row.otherConsortiumAlignment,
      ccsasAlignment: row.ccsasAlignment,
      levelOfEffort: row.levelOfEffort,
      jadParticipants: row.jadParticipants,
      assumptions: row.assumptions,
      knownProblems: row.knownProblems,
      policy: row.policy,
    },
    readiness,
    nextStep: nextStep({ ...snapshot, voteOpen }),
    capacities,
    may: actsOf({ ...abilityContext, capacities }),
    moves: movesOf(row, capacities),
    teams: Object.fromEntries(
      (["IMPACT_ANALYSIS", "JAD", "UAT"] as const).map((team) => [
        team,
        row.impactTeam
          .filter((member) => member.team === team)
          .map((member) => ({
            userId: member.userId,
            name: member.user.name,
            title: member.user.title,
            lcsaId: member.lcsa?.id ?? null,
            lcsaName: member.lcsa?.name ?? null,
            caseloadCategory: member.lcsa?.caseloadCategory ?? null,
          })),
      ]),
    ) as Record<CrTeam, TeamMemberView[]>,
    package: pkg && { ...pkg, version: row.impactPackage!.version },
    /** Plan 3.1.3: why it goes to the CCB, or that it needs only the Subcomponent Review. */
    routing: pkg && {
      needsCcb: readinessFor(readiness).needsCcb(),
      reasons: [
        ...IMPACT_COMPONENTS.filter((component) => pkg.impacts[component].impacted).map((component) => `it affects ${componentLabel(component)}`),
        ...(pkg.changesDataElements ? ["it changes data elements or file structures"] : []),
      ],
    },
    jad: readiness.jad && { ...readiness.jad, version: row.jad!.version },
    overview: executiveOverview(
      pkg,
      readiness.jad && { effortHours: readiness.jad.revisedEffortHours, elapsedWeeks: readiness.jad.revisedElapsedWeeks, cost: readiness.jad.revisedCost },
    ),
    /** Plan 3.1.4: the impact analysis scope and approach beside the JAD team's revised ones. */
    overviewText: overviewNarrative(
      { scope: row.scope, approach: pkg?.recommendedSolution ?? "" },
      readiness.jad && { scope: readiness.jad.revisedScope, approach: readiness.jad.revisedApproach },
    ),
    /** Plan 3.1.6: for a CCSAS-level change, the subcomponents that release it together, which are ready, and the one date they share. */
    release: {
      ccsasLevel: readinessFor(readiness).ccsasLevel(),
      subcomponents: readinessFor(readiness).releaseSubcomponents(),
      ready: [...readiness.subcomponentsReady],
      sharedReleaseOn: readiness.releasedOn,
    },
    testing: row.testing && { ...row.testing, releasedOn: dayOfNullable(row.testing.releasedOn) },
    scenarios: row.uatScenarios,
    passes: row.uatPasses,
    defects: row.uatDefects,
    knownDefects: row.knownDefects.map((defect) => ({ ...defect, expectedFixOn: dayOfNullable(defect.expectedFixOn) })),
    gateVotes: row.gateMotions.map((link) => ({
      gate: link.gate,
      reconsiderOn: dayOfNullable(link.reconsiderOn),
      ...link.motion,
      result: link.motion.result as TallyResult | null,
      voters: link.motion._count.voters,
      ballots: link.motion._count.ballots,
    })),
  };
}

export interface TeamMemberView {
  userId: string;
  name: string;
  title: string | null;
  lcsaId: string | null;
  lcsaName: string | null;
  caseloadCategory: number | null;
}

export type ChangeRequestDetail = NonNullable<Awaited<ReturnType<typeof getChangeRequestDetail>>>;
