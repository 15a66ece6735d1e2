import { formatDateTime } from "@/lib/format";
import type { ChangeRequestDetail } from "@/server/change-requests/detail";
import type { CrActions } from "@/components/change-requests/actions";
import { DetailList, StepSection } from "@/components/change-requests/detail-list";
import { StepForm } from "@/components/change-requests/step-form";
import { developerTestingSchema } from "@/domain/change-requests/step-schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(developerTestingSchema);

/** Plan 3.1.5 item 2: "Developers are responsible for performing unit and system/subsystem testing successfully prior to User Acceptance Testing." */
export function BuildTestSection({ cr, actions }: { cr: ChangeRequestDetail; actions: CrActions }) {
  const t = cr.testing;
  const done = (at: Date | null | undefined) => (at ? `Passed, recorded ${formatDateTime(at)}` : "Not recorded");
  return (
    <StepSection
      id="build-and-test"
      title="Build and test"
      status={t?.unitTestedAt && t.systemTestedAt ? "Developers' testing recorded" : "Developers' testing not recorded"}
    >
      {cr.may.recordDeveloperTesting ? (
        <StepForm
          action={actions.saveDeveloperTesting}
          label="Developers' testing"
          hidden={{ [field.crId]: cr.id, [field.version]: t?.version ?? 0 }}
          resetKey={t?.version ?? 0}
          fields={[
            { kind: "checkbox", name: field.unitTested, label: "Unit testing passed", checked: Boolean(t?.unitTestedAt) },
            { kind: "textarea", name: field.unitTestNotes, label: "Unit testing: what was tested and the result", value: t?.unitTestNotes, rows: 2 },
            { kind: "checkbox", name: field.systemTested, label: "System and subsystem testing passed", checked: Boolean(t?.systemTestedAt) },
            { kind: "textarea", name: field.systemTestNotes, label: "System testing: what was tested and the result", value: t?.systemTestNotes, rows: 2 },
          ]}
          buttons={[{ label: "Save the developers' testing", pendingLabel: "Saving…" }]}
        />
      ) : (
        <DetailList
          items={[
            { label: "Unit testing", value: done(t?.unitTestedAt) },
            { label: "Unit testing notes", value: t?.unitTestNotes },
            { label: "System testing", value: done(t?.systemTestedAt) },
            { label: "System testing notes", value: t?.systemTestNotes },
          ]}
        />
      )}
    </StepSection>
  );
}
