import type { ChangeRequestDetail } from "@/server/change-requests/detail";

const RANK: Partial<Record<ChangeRequestDetail["state"], number>> = {
  DRAFT: 0,
  SUBMITTED: 1,
  IMPACT_ANALYSIS: 2,
  PACKAGE_VOTE: 3,
  CCB_REVIEW: 4,
  SUBCOMPONENT_REVIEW: 4,
  JAD_DESIGN: 5,
  JAD_VOTE: 6,
  BUILD_AND_TEST: 7,
  UAT: 8,
  RELEASE: 9,
  CLOSED: 10,
};

/**
 * Which steps' sections the page shows: every step the change request has reached, and,
 * for one that stopped (withdrawn, vetoed, rejected, deferred), every step with a record.
 */
export function sectionsReached(cr: ChangeRequestDetail) {
  const rank = RANK[cr.state] ?? -1;
  const enhancement = cr.kind === "ENHANCEMENT";
  const packageApproved = cr.gateVotes.some(
    (vote) => vote.gate === "PACKAGE" && vote.result?.outcome.kind === "decided" && vote.result.outcome.option === "approve",
  );
  return {
    impact: enhancement && (rank >= 2 || cr.teams.IMPACT_ANALYSIS.length > 0 || cr.package !== null),
    routing: enhancement && cr.routing !== null && (rank >= 4 || packageApproved),
    jad: enhancement && (rank >= 5 || cr.teams.JAD.length > 0 || cr.jad !== null),
    buildAndTest: rank >= 7 || Boolean(cr.testing?.unitTestedAt || cr.testing?.systemTestedAt),
    uat: rank >= 7 || cr.passes.length > 0 || cr.scenarios.length > 0 || cr.teams.UAT.length > 0,
    release: rank >= 9 || Boolean(cr.testing?.releaseNotes),
  };
}
