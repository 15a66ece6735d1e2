import { formatDateTime } from "@/lib/format";
import { Badge, EmptyState } from "@/components/ui/card";
import type { ChangeRequestDetail } from "@/server/change-requests/detail";
import type { CrActions } from "@/components/change-requests/actions";
import { SubSection } from "@/components/change-requests/detail-list";
import { Disclosure } from "@/components/change-requests/disclosure";
import { StepForm } from "@/components/change-requests/step-form";
import { defectOnlySchema, defectSchema, resolveDefectSchema } from "@/domain/change-requests/step-schemas";
import { fieldsOf } from "@/lib/form-fields";

const resolveField = fieldsOf(resolveDefectSchema);
const signOffField = fieldsOf(defectOnlySchema);
const defectField = fieldsOf(defectSchema);

/** Defects found in UAT: each with its fix and, for a major one, a tester's sign-off. */
export function UatDefects({ cr, actions }: { cr: ChangeRequestDetail; actions: CrActions }) {
  const running = cr.passes.find((pass) => !pass.completedAt);
  return (
    <SubSection title="Defects">
      {cr.defects.length ? (
        <ul className="space-y-3">
          {cr.defects.map((defect) => (
            <li key={defect.id} className="rounded-md border border-slate-200 p-3 text-sm">
              <p className="flex flex-wrap items-center gap-2">
                <Badge tone={defect.severity === "MAJOR" ? "red" : "neutral"}>{defect.severity === "MAJOR" ? "Major" : "Minor"}</Badge>
                <span className="font-medium">{defect.title}</span>
                <span className="text-slate-600">
                  found in pass {defect.foundInPass} by {defect.reportedBy.name}
                </span>
              </p>
              {defect.description ? <p className="mt-1 whitespace-pre-wrap text-slate-700">{defect.description}</p> : null}
              <p className="mt-1 text-slate-700">
                {defect.resolvedAt ? `Fixed ${formatDateTime(defect.resolvedAt)}: ${defect.resolution}` : "Not fixed yet."}{" "}
                {defect.signedOffAt
                  ? `Signed off by ${defect.signedOffBy?.name} ${formatDateTime(defect.signedOffAt)}.`
                  : defect.severity === "MAJOR" && defect.resolvedAt
                    ? "Waiting for a tester's sign-off."
                    : ""}
              </p>
              {!defect.resolvedAt && cr.may.resolveDefect ? (
                <div className="mt-2">
                  <StepForm
                    action={actions.resolveDefect}
                    label={`Record the fix of ${defect.title}`}
                    hidden={{ [resolveField.crId]: cr.id, [resolveField.defectId]: defect.id }}
                    fields={[{ kind: "textarea", name: resolveField.resolution, label: `How “${defect.title}” was fixed`, rows: 2 }]}
                    buttons={[{ label: "Record the fix", pendingLabel: "Saving…", variant: "secondary" }]}
                    compact
                  />
                </div>
              ) : null}
              {defect.resolvedAt && !defect.signedOffAt && cr.may.signOffDefect ? (
                <div className="mt-2">
                  <StepForm
                    action={actions.signOffDefect}
                    label={`Sign off the fix of ${defect.title}`}
                    hidden={{ [signOffField.crId]: cr.id, [signOffField.defectId]: defect.id }}
                    buttons={[{ label: `Sign off the fix of “${defect.title}”`, pendingLabel: "Signing off…", variant: "secondary" }]}
                    compact
                  />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title="No defects reported" />
      )}
      {cr.may.reportDefect && running ? (
        <Disclosure summary={`Report a defect found in pass ${running.number}`}>
          <StepForm
            action={actions.reportDefect}
            label="Report a defect"
            hidden={{ [defectField.crId]: cr.id }}
            fields={[
              {
                kind: "radio",
                name: defectField.severity,
                label: "Severity",
                choices: [
                  {
                    value: "MAJOR",
                    label: "Major",
                    hint: "Alerts the ESC and the TAB; release waits for the fix, another pass with regression testing, and a tester's sign-off.",
                  },
                  { value: "MINOR", label: "Minor" },
                ],
              },
              { kind: "text", name: defectField.title, label: "Defect" },
              { kind: "textarea", name: defectField.description, label: "What happened, and what should have happened", rows: 3 },
            ]}
            buttons={[{ label: "Report the defect", pendingLabel: "Reporting…" }]}
            compact
          />
        </Disclosure>
      ) : null}
    </SubSection>
  );
}
