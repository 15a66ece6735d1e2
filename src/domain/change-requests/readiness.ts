/**
 * What each step of a change request requires before it may move on, as plain-language
 * lists of what is missing (empty: ready). The lists come from the Governance plan:
 * initiation 3.1.1, impact analysis package 3.1.2, routing 3.1.3, JAD 3.1.4, build and
 * test 3.1.5, production release 3.1.6.
 */
import { countOf, plural } from "@/lib/format";

/** Plan 3.1.2 "Impact to CCSAS Design/Implementation: a. CSE b. SDU c. IDB d. CSR e. WAN f. Other consortium". */
export const IMPACT_COMPONENTS = ["CSE", "SDU", "IDB", "CSR", "WAN", "OTHER_CONSORTIUM"] as const;
export type ImpactComponent = (typeof IMPACT_COMPONENTS)[number];

/** Plan 3.1.1 "Expected Benefit/Outcome (Certification, CCSAS, performance, productivity)". */
export const BENEFITS = ["CERTIFICATION", "CCSAS", "PERFORMANCE", "PRODUCTIVITY"] as const;
export type Benefit = (typeof BENEFITS)[number];

export const LEVELS_OF_EFFORT = ["LOW", "MEDIUM", "HIGH"] as const;
export type LevelOfEffort = (typeof LEVELS_OF_EFFORT)[number];

/**
 * Plan 3.1.6: "Consortia are now required to inform CCSAS Operations of any changes which
 * impact the following areas".
 */
export const OPERATIONS_AREAS = [
  "SOFTWARE_RELEASE",
  "CONFIGURATION",
  "HARDWARE_SOFTWARE_INSTALLATION",
  "NETWORK",
  "IT_SECURITY",
  "DISASTER_RECOVERY",
  "HELP_DESK",
  "USER_PROFILES",
  "DATA_ELEMENTS_AND_BUSINESS_RULES",
] as const;
export type OperationsArea = (typeof OPERATIONS_AREAS)[number];

export interface Initiation {
  title: string;
  scope: string;
  benefits: readonly Benefit[];
  urgencyDrivers: string;
  otherConsortiumAlignment: string;
  ccsasAlignment: string;
  levelOfEffort: LevelOfEffort | null;
}

export interface ComponentImpact {
  impacted: boolean | null;
  description: string;
}

export interface ImpactPackage {
  complexity: string;
  alternatives: string;
  recommendedSolution: string;
  effortHours: number | null;
  elapsedWeeks: number | null;
  cost: number | null;
  expectedBenefit: string;
  benefitDuration: string;
  impacts: Readonly<Record<ImpactComponent, ComponentImpact>>;
  /** Plan 3.1.3 note: "any changes to data elements or file structures must be reviewed at the CCSAS CCB level". */
  changesDataElements: boolean | null;
  certificationImpact: string;
  issuesAndRisks: string;
}

export interface JadWork {
  specification: string;
  businessRules: string;
  /** Plan 3.1.4: the Executive Overview compares the impact analysis "scope, approach, and estimates" with the revised ones. */
  revisedScope: string;
  revisedApproach: string;
  revisedEffortHours: number | null;
  revisedElapsedWeeks: number | null;
  revisedCost: number | null;
  recommendation: "approve" | "withdraw" | "defer" | null;
}

export interface UatPass {
  number: number;
  regression: boolean;
  completed: boolean;
  passed: boolean;
}

export interface UatDefect {
  severity: "MAJOR" | "MINOR";
  foundInPass: number;
  resolved: boolean;
  /** A UAT tester confirmed the remediation (plan 3.1.5 item 6). */
  signedOff: boolean;
}

export interface KnownDefect {
  impact: string;
  expectedFixOn: string | null;
  workaround: string;
}

export interface Readiness {
  initiation: Initiation;
  impactTeamSize: number;
  jadTeamSize: number;
  package: ImpactPackage | null;
  jad: JadWork | null;
  unitTested: boolean;
  systemTested: boolean;
  uatPasses: readonly UatPass[];
  uatDefects: readonly UatDefect[];
  uatSummaryReport: boolean;
  releaseNotes: string;
  knownDefects: readonly KnownDefect[];
  operationsAffected: readonly OperationsArea[];
  operationsNotified: readonly OperationsArea[];
  /** For a CCSAS-level change, the one date every subcomponent releases it on (plan 3.1.6). */
  releasedOn: string | null;
  backBriefed: boolean;
  /** It went before the CCSAS Change Control Board (an impact flagged at the Subcomponent Review, say). */
  ranThroughCcb: boolean;
  /** Subcomponents the CPL adds to those the package names as affected, which release it together. */
  releaseSubcomponents: readonly ImpactComponent[];
  /** Subcomponents that have recorded they are ready to release it on the shared date. */
  subcomponentsReady: readonly ImpactComponent[];
}

const blank = (value: string | null | undefined) => !value || !value.trim();

export function readinessFor(r: Readiness) {
  return {
    initiation(): string[] {
      return missingInitiation(r.initiation).map((missing) => missing.message);
    },

    package(): string[] {
      const missing: string[] = [];
      if (r.impactTeamSize === 0) missing.push("the ESC has not named the impact analysis team");
      if (!r.package) return [...missing, "the package has not been written"];
      return [...missing, ...missingPackage(r.package).map((item) => item.message)];
    },

    /** Plan 3.1.3: another component impacted, or any data element or file structure changed. */
    needsCcb(): boolean {
      const p = r.package;
      if (!p) return false;
      return Boolean(p.changesDataElements) || IMPACT_COMPONENTS.some((component) => p.impacts[component].impacted === true);
    },

    /** Plan 3.1.6 "CCSAS level changes": one that affects other CCSAS components, so went (or goes) to the CCB. */
    ccsasLevel(): boolean {
      return r.ranThroughCcb || this.needsCcb();
    },

    /** The subcomponents that release a CCSAS-level change together: those the package names as affected, and those the CPL adds. */
    releaseSubcomponents(): ImpactComponent[] {
      const named = IMPACT_COMPONENTS.filter((component) => r.package?.impacts[component].impacted === true);
      return IMPACT_COMPONENTS.filter((component) => named.includes(component) || r.releaseSubcomponents.includes(component));
    },

    jad(): string[] {
      if (!r.jad) return ["the detailed specification has not been written"];
      const missing = missingJad(r.jad).map((item) => item.message);
      return r.jadTeamSize === 0 ? ["the JAD team has not been named", ...missing] : missing;
    },

    developerTesting(): string[] {
      const missing: string[] = [];
      // Plan 3.1.5 item 2: "Developers are responsible for performing unit and system/subsystem testing successfully prior to User Acceptance Testing."
      if (!r.unitTested) missing.push("record the developers' unit testing");
      if (!r.systemTested) missing.push("record the developers' system testing");
      return missing;
    },

    uat(): string[] {
      const missing: string[] = [];
      const completed = r.uatPasses.filter((pass) => pass.completed);
      if (!completed.some((pass) => pass.passed)) missing.push("no UAT pass has passed yet");
      const openMajor = r.uatDefects.filter((defect) => defect.severity === "MAJOR" && !defect.resolved).length;
      if (openMajor) missing.push(`${countOf(openMajor, "major defect")} ${plural(openMajor, "is", "are")} still open`);
      const unsigned = r.uatDefects.filter((defect) => defect.severity === "MAJOR" && defect.resolved && !defect.signedOff).length;
      if (unsigned) missing.push(`a tester has not signed off ${countOf(unsigned, "major defect fix", "major defect fixes")}`);
      // Plan 3.1.5 item 6: "Any major defect resolution requires another pass through UAT and regression testing prior to production release."
      const lastMajor = Math.max(0, ...r.uatDefects.filter((defect) => defect.severity === "MAJOR").map((defect) => defect.foundInPass));
      if (lastMajor > 0 && !completed.some((pass) => pass.number > lastMajor && pass.regression && pass.passed)) {
        missing.push(`a later UAT pass with regression testing must pass after the major defect found in pass ${lastMajor}`);
      }
      if (!r.uatSummaryReport) missing.push("the summary test report");
      return missing;
    },

    release(): string[] {
      const missing: string[] = [];
      if (blank(r.releaseNotes)) missing.push("the release notes");
      // Plan 3.1.5 item 5: a known defect shipped names "the impact and the estimated timeframe before it will be fixed" and "an alternative process".
      const incomplete = r.knownDefects.filter((defect) => blank(defect.impact) || !defect.expectedFixOn || blank(defect.workaround)).length;
      if (incomplete)
        missing.push(`${countOf(incomplete, "known defect")} ${plural(incomplete, "needs", "need")} an impact, an expected fix date and a workaround`);
      const unnotified = r.operationsAffected.filter((area) => !r.operationsNotified.includes(area));
      if (unnotified.length) missing.push(`CCSAS Operations has not been notified about ${unnotified.map(operationsAreaLabel).join(", ")}`);
      // Plan 3.1.6: "CCSAS level changes require special coordination so each subcomponent system is prepared to release modifications into production at the same time."
      if (this.ccsasLevel()) {
        const together = this.releaseSubcomponents();
        if (!together.length) missing.push("the CCSAS subcomponents that release it together");
        const unready = together.filter((component) => !r.subcomponentsReady.includes(component));
        if (unready.length) {
          const one = unready.length === 1;
          missing.push(
            `${unready.map(componentLabel).join(", ")} ${one ? "has" : "have"} not recorded that ${one ? "it is" : "they are"} ready to release on the shared release date`,
          );
        }
      }
      if (!r.releasedOn) missing.push("the release date");
      return missing;
    },

    backBrief(): string[] {
      return r.backBriefed ? [] : ["the ESC has not been back-briefed on this emergency fix or defect at a meeting"];
    },
  };
}

/** One thing a form still lacks, with the form field it belongs to (so the form can point at it). */
export interface Missing {
  field: string;
  message: string;
}

/** Plan 3.1.1: what the initiation form "must, at a minimum, document". */
export function missingInitiation(i: Initiation): Missing[] {
  const missing: Missing[] = [];
  if (blank(i.title)) missing.push({ field: "title", message: "the title" });
  if (blank(i.scope)) missing.push({ field: "scope", message: "a short description of the scope" });
  if (i.benefits.length === 0) missing.push({ field: "benefits", message: "the expected benefit" });
  if (blank(i.urgencyDrivers)) missing.push({ field: "urgencyDrivers", message: "the urgency drivers (why not wait for CCSAS?)" });
  if (blank(i.otherConsortiumAlignment)) missing.push({ field: "otherConsortiumAlignment", message: "the alignment with the other consortium" });
  if (blank(i.ccsasAlignment)) missing.push({ field: "ccsasAlignment", message: "the alignment with the CCSAS solution" });
  if (!i.levelOfEffort) missing.push({ field: "levelOfEffort", message: "a first estimate of the level of effort" });
  return missing;
}

/** Plan 3.1.2: every item of the Impact Analysis Package. */
export function missingPackage(p: ImpactPackage): Missing[] {
  const missing: Missing[] = [];
  if (blank(p.complexity)) missing.push({ field: "complexity", message: "complexity and size" });
  if (blank(p.alternatives)) missing.push({ field: "alternatives", message: "the alternatives explored" });
  if (blank(p.recommendedSolution)) missing.push({ field: "recommendedSolution", message: "the recommended solution" });
  if (p.effortHours === null || p.elapsedWeeks === null)
    missing.push({ field: p.effortHours === null ? "effortHours" : "elapsedWeeks", message: "the estimated effort and elapsed time" });
  if (p.cost === null) missing.push({ field: "cost", message: "the estimated cost" });
  if (blank(p.expectedBenefit) || blank(p.benefitDuration))
    missing.push({ field: blank(p.expectedBenefit) ? "expectedBenefit" : "benefitDuration", message: "the expected benefit and how long it lasts" });
  const unassessed = IMPACT_COMPONENTS.filter((component) => p.impacts[component].impacted === null);
  if (unassessed.length) missing.push({ field: `impact.${unassessed[0]}`, message: `the impact on ${unassessed.map(componentLabel).join(", ")}` });
  const undescribed = IMPACT_COMPONENTS.filter((component) => p.impacts[component].impacted && blank(p.impacts[component].description));
  if (undescribed.length)
    missing.push({ field: `impactDescription.${undescribed[0]}`, message: `a description of the impact on ${undescribed.map(componentLabel).join(", ")}` });
  if (p.changesDataElements === null) missing.push({ field: "changesDataElements", message: "whether data elements or file structures change" });
  if (blank(p.certificationImpact)) missing.push({ field: "certificationImpact", message: "the impact to certification" });
  if (blank(p.issuesAndRisks)) missing.push({ field: "issuesAndRisks", message: "the issues and risks" });
  return missing;
}

/** Plan 3.1.4: the detail design and the Executive Overview's revised scope, approach and estimates. */
export function missingJad(j: JadWork): Missing[] {
  const missing: Missing[] = [];
  if (blank(j.specification)) missing.push({ field: "specification", message: "the detailed specification" });
  if (blank(j.businessRules)) missing.push({ field: "businessRules", message: "the business rules" });
  if (blank(j.revisedScope)) missing.push({ field: "revisedScope", message: "the revised scope (say so if it is unchanged)" });
  if (blank(j.revisedApproach)) missing.push({ field: "revisedApproach", message: "the revised approach (say so if it is unchanged)" });
  if (j.revisedEffortHours === null || j.revisedElapsedWeeks === null || j.revisedCost === null) {
    const field = j.revisedEffortHours === null ? "revisedEffortHours" : j.revisedElapsedWeeks === null ? "revisedElapsedWeeks" : "revisedCost";
    missing.push({ field, message: "the revised estimates of effort, elapsed time and cost" });
  }
  if (!j.recommendation) missing.push({ field: "recommendation", message: "the recommendation (approve, withdraw or defer)" });
  return missing;
}

export function componentLabel(component: ImpactComponent): string {
  return component === "OTHER_CONSORTIUM" ? "the other consortium" : component;
}

export const OPERATIONS_AREA_LABELS: Record<OperationsArea, string> = {
  SOFTWARE_RELEASE: "software release management",
  CONFIGURATION: "configuration management",
  HARDWARE_SOFTWARE_INSTALLATION: "hardware/software installation",
  NETWORK: "network management",
  IT_SECURITY: "IT security",
  DISASTER_RECOVERY: "disaster recovery",
  HELP_DESK: "help desk services",
  USER_PROFILES: "user profile administration",
  DATA_ELEMENTS_AND_BUSINESS_RULES: "data elements, characteristics and business rules",
};

export function operationsAreaLabel(area: OperationsArea): string {
  return OPERATIONS_AREA_LABELS[area];
}

/** A readiness with nothing done: the start of every change request, and the base of tests. */
export function emptyReadiness(initiation: Partial<Initiation> = {}): Readiness {
  return {
    initiation: {
      title: "",
      scope: "",
      benefits: [],
      urgencyDrivers: "",
      otherConsortiumAlignment: "",
      ccsasAlignment: "",
      levelOfEffort: null,
      ...initiation,
    },
    impactTeamSize: 0,
    jadTeamSize: 0,
    package: null,
    jad: null,
    unitTested: false,
    systemTested: false,
    uatPasses: [],
    uatDefects: [],
    uatSummaryReport: false,
    releaseNotes: "",
    knownDefects: [],
    operationsAffected: [],
    operationsNotified: [],
    releasedOn: null,
    backBriefed: false,
    ranThroughCcb: false,
    releaseSubcomponents: [],
    subcomponentsReady: [],
  };
}
