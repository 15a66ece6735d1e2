import { formatDateTime } from "@/lib/format";
import { Badge } from "@/components/ui/card";
import { DataTable } from "@/components/ui/table";
import type { ChangeRequestDetail } from "@/server/change-requests/detail";
import type { CrActions } from "@/components/change-requests/actions";
import { SubSection } from "@/components/change-requests/detail-list";
import { StepForm } from "@/components/change-requests/step-form";
import { completePassSchema, startPassSchema } from "@/domain/change-requests/step-schemas";
import { fieldsOf } from "@/lib/form-fields";

const completeField = fieldsOf(completePassSchema);
const startField = fieldsOf(startPassSchema);

/** The UAT passes in order; the running one can be finished, and a new one started when none runs. */
export function UatPasses({ cr, actions }: { cr: ChangeRequestDetail; actions: CrActions }) {
  const running = cr.passes.find((pass) => !pass.completedAt);
  return (
    <SubSection title="Passes">
      {cr.passes.length ? (
        <DataTable caption="UAT passes" columns={["Pass", "Regression testing", "Started", "Result", "Notes"]}>
          {cr.passes.map((pass) => (
            <tr key={pass.id}>
              <td className="py-2 pr-4">Pass {pass.number}</td>
              <td className="py-2 pr-4">{pass.regression ? "Yes" : "No"}</td>
              <td className="py-2 pr-4">{formatDateTime(pass.startedAt)}</td>
              <td className="py-2 pr-4">
                {!pass.completedAt ? <Badge tone="amber">Running</Badge> : pass.passed ? <Badge tone="green">Passed</Badge> : <Badge tone="red">Failed</Badge>}
              </td>
              <td className="py-2 whitespace-pre-wrap">{pass.notes || "—"}</td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <p className="text-sm text-slate-600">No pass has run yet.</p>
      )}
      {cr.may.runUatPass && running ? (
        <div className="rounded-md border border-slate-200 p-3">
          <StepForm
            action={actions.completePass}
            label={`Finish pass ${running.number}`}
            hidden={{ [completeField.crId]: cr.id, [completeField.passId]: running.id }}
            fields={[
              {
                kind: "radio",
                name: completeField.result,
                label: `Result of pass ${running.number}`,
                choices: [
                  { value: "passed", label: "Passed" },
                  { value: "failed", label: "Failed" },
                ],
              },
              { kind: "textarea", name: completeField.notes, label: "Notes", rows: 2 },
            ]}
            buttons={[{ label: `Finish pass ${running.number}`, pendingLabel: "Saving…" }]}
            compact
          />
        </div>
      ) : null}
      {cr.may.runUatPass && !running ? (
        <StepForm
          action={actions.startPass}
          label="Start a UAT pass"
          hidden={{ [startField.crId]: cr.id }}
          fields={[
            {
              kind: "checkbox",
              name: startField.regression,
              label: "Include regression testing",
              checked: cr.defects.some((defect) => defect.severity === "MAJOR"),
              hint: "Required in the pass after a major defect's fix (plan 3.1.5 item 6).",
            },
          ]}
          buttons={[{ label: `Start pass ${cr.passes.length + 1}`, pendingLabel: "Starting…", variant: "secondary" }]}
          compact
        />
      ) : null}
    </SubSection>
  );
}
