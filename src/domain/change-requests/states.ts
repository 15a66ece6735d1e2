/** The states of a change request, its kinds, and the capacities in which people act on one (Governance plan 3.1). */
export const CR_STATES = [
  "DRAFT",
  "SUBMITTED",
  "IMPACT_ANALYSIS",
  "PACKAGE_VOTE",
  "CCB_REVIEW",
  "ESC_AUTHORIZATION",
  "SUBCOMPONENT_REVIEW",
  "JAD_DESIGN",
  "JAD_VOTE",
  "BUILD_AND_TEST",
  "UAT",
  "RELEASE",
  "CLOSED",
  "WITHDRAWN",
  "VETOED",
  "REJECTED",
  "POLICY_BRANCH",
  "DEFERRED",
] as const;
export type CrState = (typeof CR_STATES)[number];

/**
 * Routed to the Policy Branch is finished here: plan 2.1, the ESCs "address automation or
 * technical issues only" and "the implementation of policy decisions in the automated
 * system", so once the Policy Branch decides, a new change request carries its decision out.
 */
export const TERMINAL_STATES: readonly CrState[] = ["CLOSED", "WITHDRAWN", "VETOED", "REJECTED", "POLICY_BRANCH"];

/**
 * Governance plan 3: "Only application defects or 'emergency fixes' will be performed
 * without prior ESC approval. However, even in these emergency situations the ESC will be
 * back-briefed on all such emergency fixes to the application."
 */
export const CR_KINDS = ["ENHANCEMENT", "EMERGENCY_FIX", "DEFECT"] as const;
export type CrKind = (typeof CR_KINDS)[number];

export const skipsEscGates = (kind: CrKind) => kind !== "ENHANCEMENT";

/** Who is acting, as far as the lifecycle cares; the server derives it from the session. */
export type Capacity =
  | "AUTHOR"
  | "CPL"
  | "ESC_CHAIR"
  | "CCB_MEMBER"
  | "JAD_MEMBER"
  | "UAT_TESTER"
  | "DEVELOPER"
  /** On the impact analysis team the ESC named: prepares the package (plan 3.1.2). */
  | "IMPACT_TEAM"
  | "ADMINISTRATOR"
  /** A motion's result or a scheduled job: no person. */
  | "SYSTEM";

export const STATE_LABELS: Record<CrState, string> = {
  DRAFT: "Draft",
  SUBMITTED: "Submitted: ESC concept vote",
  IMPACT_ANALYSIS: "Impact analysis",
  PACKAGE_VOTE: "Impact analysis package: ESC vote",
  CCB_REVIEW: "Change Control Board review",
  ESC_AUTHORIZATION: "CCB approved: ESC authorization of development",
  SUBCOMPONENT_REVIEW: "Listed for the Subcomponent Review",
  JAD_DESIGN: "JAD detail design",
  JAD_VOTE: "JAD recommendation: ESC vote",
  BUILD_AND_TEST: "Build and test",
  UAT: "User acceptance testing",
  RELEASE: "Production release",
  CLOSED: "Closed",
  WITHDRAWN: "Withdrawn",
  VETOED: "Vetoed",
  REJECTED: "Rejected",
  POLICY_BRANCH: "Routed to the Policy Branch",
  DEFERRED: "Deferred",
};
