/**
 * What each field of a change request's forms is called, in the plan's words: the forms'
 * labels, and the names a conflict message or the timeline uses for what changed.
 */

/** Plan 3.1.1. */
export const INITIATION_LABELS = {
  title: "the title",
  scope: "the scope",
  benefits: "the expected benefit",
  urgencyDrivers: "the urgency drivers",
  otherConsortiumAlignment: "the alignment with the other consortium",
  ccsasAlignment: "the alignment with CCSAS",
  levelOfEffort: "the level of effort",
  jadParticipants: "the recommended JAD participants",
  assumptions: "the assumptions",
  knownProblems: "the known problems",
  policy: "whether it is a policy question",
} as const;

/** Plan 3.1.2. */
export const PACKAGE_LABELS = {
  complexity: "complexity and size",
  alternatives: "the alternatives explored",
  recommendedSolution: "the recommended solution",
  effortHours: "the estimated effort",
  elapsedWeeks: "the elapsed time",
  cost: "the estimated cost",
  expectedBenefit: "the expected benefit",
  benefitDuration: "how long the benefit lasts",
  impacts: "the impact on CCSAS components",
  changesDataElements: "the data elements and file structures",
  certificationImpact: "the impact to certification",
  issuesAndRisks: "the issues and risks",
} as const;

/** Plan 3.1.4. */
export const JAD_LABELS = {
  specification: "the detailed specification",
  businessRules: "the business rules",
  revisedScope: "the revised scope",
  revisedApproach: "the revised approach",
  revisedEffortHours: "the revised effort",
  revisedElapsedWeeks: "the revised elapsed time",
  revisedCost: "the revised cost",
  recommendation: "the recommendation",
} as const;

/** Plan 3.1.5 and 3.1.6. */
export const TESTING_LABELS = {
  unitTested: "unit testing",
  unitTestNotes: "the unit testing notes",
  systemTested: "system testing",
  systemTestNotes: "the system testing notes",
  uatSummaryReport: "the summary test report",
  releaseNotes: "the release notes",
  releasedOn: "the release date",
  operationsAffected: "the Operations areas affected",
  operationsNotified: "the Operations areas notified",
  releaseSubcomponents: "the subcomponents releasing it together",
  subcomponentsReady: "the subcomponents ready for the shared date",
} as const;
