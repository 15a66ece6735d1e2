/**
 * The forms of the later steps: the impact analysis package (plan 3.1.2), the JAD work
 * (3.1.4), build and test and UAT (3.1.5), and the production release (3.1.6).
 */
import { z } from "zod";
import { dayField } from "@/domain/calendar/date-fields";
import { IMPACT_COMPONENTS, OPERATIONS_AREAS, type ImpactComponent } from "@/domain/change-requests/readiness";
import { crId, intent, manyOf, optionalDay, optionalDollars, optionalWhole, text, yesNo } from "@/domain/change-requests/schemas";

const impactFields = Object.fromEntries(
  IMPACT_COMPONENTS.flatMap((component) => [
    [`impact.${component}`, yesNo],
    [`impactDescription.${component}`, text(5_000)],
  ]),
) as Record<`impact.${ImpactComponent}` | `impactDescription.${ImpactComponent}`, typeof yesNo | ReturnType<typeof text>>;

export const impactPackageSchema = z.object({
  crId,
  /** The package's version as the form was loaded; 0 when no package existed yet. */
  version: z.coerce.number().int().min(0),
  intent,
  complexity: text(),
  alternatives: text(),
  recommendedSolution: text(),
  effortHours: optionalWhole("estimated effort in hours"),
  elapsedWeeks: optionalWhole("elapsed time in weeks", 1_000),
  cost: optionalDollars("estimated cost"),
  expectedBenefit: text(),
  benefitDuration: text(2_000),
  ...impactFields,
  changesDataElements: yesNo,
  certificationImpact: text(),
  issuesAndRisks: text(),
});
export type ImpactPackageInput = z.infer<typeof impactPackageSchema>;

export const jadSchema = z.object({
  crId,
  version: z.coerce.number().int().min(0),
  intent,
  specification: text(50_000),
  businessRules: text(50_000),
  revisedScope: text(),
  revisedApproach: text(),
  revisedEffortHours: optionalWhole("revised effort in hours"),
  revisedElapsedWeeks: optionalWhole("revised elapsed time in weeks", 1_000),
  revisedCost: optionalDollars("revised cost"),
  recommendation: z.preprocess(
    (value) => (value === "" || value === undefined ? null : value),
    z.enum(["approve", "withdraw", "defer"], "Choose approve, withdraw or defer.").nullable(),
  ),
});
export type JadInput = z.infer<typeof jadSchema>;

const checked = z.preprocess((value) => value === "on" || value === "yes" || value === "true", z.boolean());

export const developerTestingSchema = z.object({
  crId,
  version: z.coerce.number().int().min(0),
  unitTested: checked,
  unitTestNotes: text(5_000),
  systemTested: checked,
  systemTestNotes: text(5_000),
});
export type DeveloperTestingInput = z.infer<typeof developerTestingSchema>;

export const scenarioSchema = z.object({
  crId,
  title: z.string().trim().min(3, "Give the scenario a title.").max(200),
  script: z.string().trim().min(1, "Write the steps the tester follows and what they should see.").max(20_000),
});

export const startPassSchema = z.object({ crId, regression: checked });

export const completePassSchema = z.object({
  crId,
  passId: z.string().uuid(),
  result: z.enum(["passed", "failed"], "Say whether the pass passed or failed."),
  notes: text(5_000),
});

export const defectSchema = z.object({
  crId,
  severity: z.enum(["MAJOR", "MINOR"], "Say whether the defect is major or minor."),
  title: z.string().trim().min(3, "Describe the defect in a few words.").max(200),
  description: text(5_000),
});

export const resolveDefectSchema = z.object({
  crId,
  defectId: z.string().uuid(),
  resolution: z.string().trim().min(3, "Say how the defect was fixed.").max(5_000),
});

export const defectOnlySchema = z.object({ crId, defectId: z.string().uuid() });

export const uatSummarySchema = z.object({ crId, version: z.coerce.number().int().min(0), uatSummaryReport: text() });

export const releaseSchema = z.object({
  crId,
  version: z.coerce.number().int().min(0),
  releaseNotes: text(),
  releasedOn: optionalDay("release date"),
  operationsAffected: manyOf(OPERATIONS_AREAS),
  operationsNotified: manyOf(OPERATIONS_AREAS),
  releaseSubcomponents: manyOf(IMPACT_COMPONENTS).optional(),
  subcomponentsReady: manyOf(IMPACT_COMPONENTS).optional(),
});
export type ReleaseInput = z.infer<typeof releaseSchema>;

export const knownDefectSchema = z.object({
  crId,
  description: z.string().trim().min(3, "Describe the known defect.").max(2_000),
  impact: z.string().trim().min(3, "Say what the defect means for users.").max(2_000),
  expectedFixOn: dayField("Enter the date the fix is expected."),
  workaround: z.string().trim().min(3, "Describe how users work around it until it is fixed.").max(2_000),
});

export const knownDefectOnlySchema = z.object({ crId, knownDefectId: z.string().uuid() });
