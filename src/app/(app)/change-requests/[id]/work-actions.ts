"use server";

import { nameTeamSchema } from "@/domain/change-requests/schemas";
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
import { saveImpactPackage } from "@/server/change-requests/impact-package";
import { saveJad } from "@/server/change-requests/jad";
import { addKnownDefect, removeKnownDefect } from "@/server/change-requests/known-defects";
import { nameTeam } from "@/server/change-requests/teams";
import { saveDeveloperTesting, saveRelease, saveUatSummary } from "@/server/change-requests/testing";
import { addScenario, completeUatPass, reportDefect, resolveDefect, signOffDefect, startUatPass } from "@/server/change-requests/uat";
import { crAction } from "./cr-action";

export const nameTeamAction = crAction(nameTeamSchema, (input, ctx) => nameTeam(ctx, input), (team) => `Saved the ${TEAM_LABELS[team.team]}: ${team.size} ${team.size === 1 ? "person" : "people"}.`);

export const savePackageAction = crAction(impactPackageSchema, (input, ctx) => saveImpactPackage(ctx, input), (result) =>
  result.submitted ? "Package submitted: the ESC's vote on it is open." : "Impact analysis package saved.",
);

export const saveJadAction = crAction(jadSchema, (input, ctx) => saveJad(ctx, input), (result) =>
  result.submitted ? "Recommendation submitted: the ESC's vote on it is open." : "JAD work saved.",
);

export const saveDeveloperTestingAction = crAction(developerTestingSchema, (input, ctx) => saveDeveloperTesting(ctx, input), "Developers' testing saved.");

export const addScenarioAction = crAction(scenarioSchema, (input, ctx) => addScenario(ctx, input), "Scenario added.");

export const startPassAction = crAction(startPassSchema, (input, ctx) => startUatPass(ctx, input), (pass) => `UAT pass ${pass.number} started.`);

export const completePassAction = crAction(completePassSchema, (input, ctx) => completeUatPass(ctx, input), (pass) => `UAT pass ${pass.number} recorded as ${pass.passed ? "passed" : "failed"}.`);

export const reportDefectAction = crAction(
  defectSchema,
  async (input, ctx) => ({ ...(await reportDefect(ctx, input)), severity: input.severity }),
  (defect) => (defect.severity === "MAJOR" ? "Major defect reported. The ESC and the TAB have been alerted." : "Minor defect reported."),
);

export const resolveDefectAction = crAction(resolveDefectSchema, (input, ctx) => resolveDefect(ctx, input), "Fix recorded. A tester signs it off after retesting.");

export const signOffDefectAction = crAction(defectOnlySchema, (input, ctx) => signOffDefect(ctx, input), "Signed off: the fix was tested successfully.");

export const saveUatSummaryAction = crAction(uatSummarySchema, (input, ctx) => saveUatSummary(ctx, input), "Summary test report saved.");

export const saveReleaseAction = crAction(releaseSchema, (input, ctx) => saveRelease(ctx, input), "Release record saved.");

export const addKnownDefectAction = crAction(knownDefectSchema, (input, ctx) => addKnownDefect(ctx, input), "Known defect recorded.");

export const removeKnownDefectAction = crAction(knownDefectOnlySchema, (input, ctx) => removeKnownDefect(ctx, input), "Known defect removed.");
