"use server";

import { nameTeamSchema } from "@/domain/change-requests/schemas";
import { countOf } from "@/lib/format";
import {
  completePassSchema,
  defectOnlySchema,
  defectSchema,
  developerTestingSchema,
  impactPackageSchema,
  jadSchema,
  knownDefectOnlySchema,
  knownDefectSchema,
  releaseSchema,
  resolveDefectSchema,
  scenarioSchema,
  startPassSchema,
  uatSummarySchema,
} from "@/domain/change-requests/step-schemas";
import { TEAM_LABELS } from "@/domain/change-requests/teams";
import { defineAction } from "@/server/action";
import { saveImpactPackage } from "@/server/change-requests/impact-package";
import { saveJad } from "@/server/change-requests/jad";
import { addKnownDefect, removeKnownDefect } from "@/server/change-requests/known-defects";
import { nameTeam } from "@/server/change-requests/teams";
import { saveDeveloperTesting, saveRelease, saveUatSummary } from "@/server/change-requests/testing";
import { addScenario, completeUatPass, reportDefect, resolveDefect, signOffDefect, startUatPass } from "@/server/change-requests/uat";

/** The change request's page is refreshed whatever the outcome, so a save that lost a race shows the new version beside the kept input. */
const refreshOnFailure = (input: { crId: string }) => [`/change-requests/${input.crId}`];

export const nameTeamAction = defineAction(nameTeamSchema, nameTeam, {
  successMessage: (team) => `Saved the ${TEAM_LABELS[team.team]}: ${countOf(team.size, "person", "people")}.`,
  refreshOnFailure,
});

export const savePackageAction = defineAction(impactPackageSchema, saveImpactPackage, {
  successMessage: (result) => (result.submitted ? "Package submitted: the ESC's vote on it is open." : "Impact analysis package saved."),
  refreshOnFailure,
});

export const saveJadAction = defineAction(jadSchema, saveJad, {
  successMessage: (result) => (result.submitted ? "Recommendation submitted: the ESC's vote on it is open." : "JAD work saved."),
  refreshOnFailure,
});

export const saveDeveloperTestingAction = defineAction(developerTestingSchema, saveDeveloperTesting, {
  successMessage: "Developers' testing saved.",
  refreshOnFailure,
});

export const addScenarioAction = defineAction(scenarioSchema, addScenario, { successMessage: "Scenario added.", refreshOnFailure });

export const startPassAction = defineAction(startPassSchema, startUatPass, { successMessage: (pass) => `UAT pass ${pass.number} started.`, refreshOnFailure });

export const completePassAction = defineAction(completePassSchema, completeUatPass, {
  successMessage: (pass) => `UAT pass ${pass.number} recorded as ${pass.passed ? "passed" : "failed"}.`,
  refreshOnFailure,
});

export const reportDefectAction = defineAction(defectSchema, reportDefect, {
  successMessage: (defect) => (defect.severity === "MAJOR" ? "Major defect reported. The ESC and the TAB have been alerted." : "Minor defect reported."),
  refreshOnFailure,
});

export const resolveDefectAction = defineAction(resolveDefectSchema, resolveDefect, {
  successMessage: "Fix recorded. A tester signs it off after retesting.",
  refreshOnFailure,
});

export const signOffDefectAction = defineAction(defectOnlySchema, signOffDefect, {
  successMessage: "Signed off: the fix was tested successfully.",
  refreshOnFailure,
});

export const saveUatSummaryAction = defineAction(uatSummarySchema, saveUatSummary, { successMessage: "Summary test report saved.", refreshOnFailure });

export const saveReleaseAction = defineAction(releaseSchema, saveRelease, { successMessage: "Release record saved.", refreshOnFailure });

export const addKnownDefectAction = defineAction(knownDefectSchema, addKnownDefect, { successMessage: "Known defect recorded.", refreshOnFailure });

export const removeKnownDefectAction = defineAction(knownDefectOnlySchema, removeKnownDefect, { successMessage: "Known defect removed.", refreshOnFailure });
