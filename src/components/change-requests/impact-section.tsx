import { DataTable } from "@/components/ui/table";
import { formatEstimate } from "@/domain/change-requests/executive-overview";
import { IMPACT_COMPONENTS } from "@/domain/change-requests/readiness";
import type { ChangeRequestDetail } from "@/server/change-requests/detail";
import type { TeamCandidate } from "@/server/change-requests/teams";
import type { CrActions } from "@/components/change-requests/actions";
import { DetailList, StepSection, SubSection } from "@/components/change-requests/detail-list";
import { COMPONENT_NAMES, packageSections } from "@/components/change-requests/package-spec";
import { StepForm } from "@/components/change-requests/step-form";
import { TeamPanel } from "@/components/change-requests/team-panel";
import { impactPackageSchema } from "@/domain/change-requests/step-schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(impactPackageSchema);

const yesNo = (value: boolean | null) => (value === true ? "Yes" : value === false ? "No" : "Not assessed");

/** Plan 3.1.2: the impact analysis team, named by the ESC chair, and its package. */
export function ImpactSection({ cr, actions, candidates }: { cr: ChangeRequestDetail; actions: CrActions; candidates?: TeamCandidate[] }) {
  const p = cr.package;
  const canSubmit = cr.moves.includes("submit_package");
  return (
    <StepSection id="impact-analysis" title="Impact analysis" status={p ? `Package version ${p.version}` : "No package yet"}>
      <TeamPanel
        crId={cr.id}
        team="IMPACT_ANALYSIS"
        title="Impact analysis team"
        members={cr.teams.IMPACT_ANALYSIS}
        candidates={candidates}
        actions={actions}
      />
      <SubSection title="Impact Analysis Package">
        {cr.may.editPackage ? (
          <StepForm
            action={actions.savePackage}
            label="Impact Analysis Package"
            hidden={{ [field.crId]: cr.id, [field.version]: p?.version ?? 0 }}
            resetKey={p?.version ?? 0}
            sections={packageSections(p)}
            buttons={[
              { label: "Save the package", pendingLabel: "Saving…", intent: "save", variant: canSubmit ? "secondary" : "primary" },
              ...(canSubmit ? [{ label: "Submit for the ESC's vote", pendingLabel: "Submitting…", intent: "submit" }] : []),
            ]}
          />
        ) : p ? (
          <>
            <DetailList
              items={[
                { label: "Complexity and size", value: p.complexity },
                { label: "Alternatives explored", value: p.alternatives },
                { label: "Recommended solution", value: p.recommendedSolution },
                { label: "Estimated effort", value: formatEstimate(p.effortHours, "hours") },
                { label: "Estimated elapsed time", value: formatEstimate(p.elapsedWeeks, "weeks") },
                { label: "Estimated cost", value: formatEstimate(p.cost, "dollars") },
                { label: "Expected benefit", value: p.expectedBenefit },
                { label: "Lasts until retirement", value: p.benefitDuration },
                { label: "Changes data elements or file structures", value: yesNo(p.changesDataElements) },
                { label: "Impact to certification", value: p.certificationImpact },
                { label: "Issues and risks", value: p.issuesAndRisks },
              ]}
            />
            <DataTable caption="Impact per CCSAS component" columns={["Component", "Affected", "How"]}>
              {IMPACT_COMPONENTS.map((component) => (
                <tr key={component}>
                  <td className="py-2 pr-4">{COMPONENT_NAMES[component]}</td>
                  <td className="py-2 pr-4">{yesNo(p.impacts[component].impacted)}</td>
                  <td className="py-2 whitespace-pre-wrap">{p.impacts[component].description || "—"}</td>
                </tr>
              ))}
            </DataTable>
          </>
        ) : (
          <p className="text-sm text-slate-600">The impact analysis team has not written the package yet.</p>
        )}
      </SubSection>
    </StepSection>
  );
}
