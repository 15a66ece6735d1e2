import { Badge, EmptyState } from "@/components/ui/card";
import type { ChangeRequestDetail } from "@/server/change-requests/detail";
import type { TeamCandidate } from "@/server/change-requests/teams";
import type { CrActions } from "@/components/change-requests/actions";
import { DetailList, StepSection, SubSection } from "@/components/change-requests/detail-list";
import { UatDefects } from "@/components/change-requests/uat-defects";
import { UatPasses } from "@/components/change-requests/uat-passes";
import { Disclosure } from "@/components/change-requests/disclosure";
import { StepForm } from "@/components/change-requests/step-form";
import { TeamPanel } from "@/components/change-requests/team-panel";
import { scenarioSchema, uatSummarySchema } from "@/domain/change-requests/step-schemas";
import { fieldsOf } from "@/lib/form-fields";
import { plural } from "@/lib/format";

const scenarioField = fieldsOf(scenarioSchema);
const summaryField = fieldsOf(uatSummarySchema);

/**
 * Plan 3.1.5: scenarios and scripts, LCSA testers, passes, defects (a major one alerts the
 * ESC and TAB and forces another pass with regression and a tester's sign-off), and the
 * summary test report.
 */
export function UatSection({ cr, actions, candidates }: { cr: ChangeRequestDetail; actions: CrActions; candidates?: TeamCandidate[] }) {
  const t = cr.testing;
  return (
    <StepSection
      id="uat"
      title="User acceptance testing"
      status={`${cr.passes.length} ${plural(cr.passes.length, "pass", "passes")}, ${cr.defects.length} ${plural(cr.defects.length, "defect")}`}
    >
      <TeamPanel crId={cr.id} team="UAT" title="UAT testers" members={cr.teams.UAT} candidates={candidates} actions={actions} />

      <SubSection title="Scenarios and scripts">
        {cr.scenarios.length ? (
          <ol className="list-decimal space-y-2 pl-5 text-sm">
            {cr.scenarios.map((scenario) => (
              <li key={scenario.id}>
                <p className="font-medium">{scenario.title}</p>
                <p className="whitespace-pre-wrap text-slate-700">{scenario.script}</p>
              </li>
            ))}
          </ol>
        ) : (
          <EmptyState title="No scenarios yet" />
        )}
        {cr.may.editScenarios ? (
          <Disclosure summary="Add a scenario">
            <StepForm
              action={actions.addScenario}
              label="Add a UAT scenario"
              hidden={{ [scenarioField.crId]: cr.id }}
              fields={[
                { kind: "text", name: scenarioField.title, label: "Scenario" },
                { kind: "textarea", name: scenarioField.script, label: "Script: the steps, and what the tester should see", rows: 4 },
              ]}
              buttons={[{ label: "Add the scenario", pendingLabel: "Adding…", variant: "secondary" }]}
              compact
            />
          </Disclosure>
        ) : null}
      </SubSection>

      <UatPasses cr={cr} actions={actions} />
      <UatDefects cr={cr} actions={actions} />

      <SubSection title={<>Summary test report {t?.uatSummaryReport ? <Badge tone="green">Written</Badge> : null}</>}>
        {cr.may.editUatSummary ? (
          <StepForm
            action={actions.saveUatSummary}
            label="Summary test report"
            hidden={{ [summaryField.crId]: cr.id, [summaryField.version]: t?.version ?? 0 }}
            resetKey={t?.version ?? 0}
            fields={[
              { kind: "textarea", name: summaryField.uatSummaryReport, label: "Defects, resolutions, issues and risks", value: t?.uatSummaryReport, rows: 5 },
            ]}
            buttons={[{ label: "Save the report", pendingLabel: "Saving…", variant: "secondary" }]}
            compact
          />
        ) : (
          <DetailList items={[{ label: "Report", value: t?.uatSummaryReport }]} />
        )}
      </SubSection>
    </StepSection>
  );
}
