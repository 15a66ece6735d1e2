import { DataTable } from "@/components/ui/table";
import { formatEstimate, type EstimateRow, type NarrativeRow } from "@/domain/change-requests/executive-overview";
import type { ChangeRequestDetail } from "@/server/change-requests/detail";
import type { TeamCandidate } from "@/server/change-requests/teams";
import type { CrActions } from "@/components/change-requests/actions";
import { DetailList, StepSection } from "@/components/change-requests/detail-list";
import { jadSections } from "@/components/change-requests/jad-spec";
import { StepForm } from "@/components/change-requests/step-form";
import { TeamPanel } from "@/components/change-requests/team-panel";
import { jadSchema } from "@/domain/change-requests/step-schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(jadSchema);

const RECOMMENDATIONS: Record<string, string> = { approve: "Approve", withdraw: "Withdraw", defer: "Defer for reconsideration at a later date" };

/** Plan 3.1.4: the JAD team, its detail design, and the Executive Overview the ESC votes on. */
export function JadSection({ cr, actions, candidates }: { cr: ChangeRequestDetail; actions: CrActions; candidates?: TeamCandidate[] }) {
  const j = cr.jad;
  const canSubmit = cr.moves.includes("submit_jad");
  return (
    <StepSection id="jad" title="Detail design (JAD)" status={j ? `Version ${j.version}` : "Not started"}>
      <TeamPanel crId={cr.id} team="JAD" title="JAD team" members={cr.teams.JAD} candidates={candidates} actions={actions} />
      {cr.may.editJad ? (
        <StepForm
          action={actions.saveJad}
          label="JAD work"
          hidden={{ [field.crId]: cr.id, [field.version]: j?.version ?? 0 }}
          resetKey={j?.version ?? 0}
          sections={jadSections(j)}
          buttons={[
            { label: "Save the JAD work", pendingLabel: "Saving…", intent: "save", variant: canSubmit ? "secondary" : "primary" },
            ...(canSubmit ? [{ label: "Submit the recommendation for the ESC's vote", pendingLabel: "Submitting…", intent: "submit" }] : []),
          ]}
        />
      ) : j ? (
        <DetailList
          items={[
            { label: "Detailed specification", value: j.specification },
            { label: "Business rules", value: j.businessRules },
            { label: "Revised scope", value: j.revisedScope },
            { label: "Revised approach", value: j.revisedApproach },
          ]}
        />
      ) : null}
      <div className="space-y-2">
        <h3 className="text-base font-semibold text-slate-900">Executive Overview</h3>
        <OverviewNarrative rows={cr.overviewText} />
        <ExecutiveOverview rows={cr.overview} />
        <p className="text-sm text-slate-800">
          <span className="font-semibold">Recommendation:</span> {j?.recommendation ? RECOMMENDATIONS[j.recommendation] : "not made yet"}
        </p>
      </div>
    </StepSection>
  );
}

/** Plan 3.1.4: the impact analysis scope and approach beside the revised ones. */
export function OverviewNarrative({ rows }: { rows: NarrativeRow[] }) {
  return (
    <DataTable caption="Executive Overview: impact analysis scope and approach compared with the revised ones" columns={["", "Impact analysis", "Revised"]}>
      {rows.map((row) => (
        <tr key={row.label}>
          <th scope="row" className="py-2 pr-4 text-left align-top font-medium">
            {row.label}
          </th>
          <td className="py-2 pr-4 align-top whitespace-pre-line">{row.impactAnalysis ?? "—"}</td>
          <td className="py-2 align-top whitespace-pre-line">{row.revised ?? "—"}</td>
        </tr>
      ))}
    </DataTable>
  );
}

/** Plan 3.1.4: impact analysis estimates beside the revised ones, with the differences. */
export function ExecutiveOverview({ rows }: { rows: EstimateRow[] }) {
  return (
    <DataTable
      caption="Executive Overview: impact analysis estimates compared with the revised estimates"
      columns={["Estimate", "Impact analysis", "Revised", "Difference"]}
    >
      {rows.map((row) => (
        <tr key={row.label}>
          <th scope="row" className="py-2 pr-4 text-left font-medium">
            {row.label}
          </th>
          <td className="py-2 pr-4">{formatEstimate(row.impactAnalysis, row.unit)}</td>
          <td className="py-2 pr-4">{formatEstimate(row.revised, row.unit)}</td>
          <td className={`py-2 ${row.difference !== null && row.difference > 0 ? "font-medium text-red-800" : ""}`}>
            {row.difference === null
              ? "—"
              : `${formatEstimate(row.difference, row.unit, true)}${row.percent !== null ? ` (${row.percent > 0 ? "+" : row.percent < 0 ? "−" : ""}${Math.abs(row.percent)}%)` : ""}`}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
