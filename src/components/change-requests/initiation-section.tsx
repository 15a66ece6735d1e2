import { BENEFIT_LABELS, LEVEL_OF_EFFORT_LABELS } from "@/domain/change-requests/labels";
import type { Benefit } from "@/domain/change-requests/readiness";
import type { ChangeRequestDetail } from "@/server/change-requests/detail";
import type { CrActions } from "@/components/change-requests/actions";
import { DetailList, StepSection } from "@/components/change-requests/detail-list";
import { initiationSections } from "@/components/change-requests/initiation-spec";
import { StepForm } from "@/components/change-requests/step-form";
import { saveInitiationSchema } from "@/domain/change-requests/schemas";
import { fieldsOf } from "@/lib/form-fields";
import { formatDate } from "@/lib/format";

const field = fieldsOf(saveInitiationSchema);

/** Plan 3.1.1: the initiation form, editable by its author or the CPL while it is a draft. */
export function InitiationSection({ cr, actions }: { cr: ChangeRequestDetail; actions: CrActions }) {
  const i = cr.initiation;
  return (
    <StepSection id="initiation" title="Initiation" status={cr.submittedAt ? "Submitted" : "Draft"}>
      {cr.may.editInitiation ? (
        <StepForm
          action={actions.saveInitiation}
          label="Initiation form"
          hidden={{ [field.crId]: cr.id, [field.version]: cr.version }}
          resetKey={cr.version}
          sections={initiationSections(i)}
          buttons={[
            { label: "Save draft", pendingLabel: "Saving…", intent: "save", variant: "secondary" },
            { label: "Submit", pendingLabel: "Submitting…", intent: "submit" },
          ]}
        />
      ) : (
        <DetailList
          items={[
            { label: "Scope", value: i.scope },
            { label: "Expected benefit", value: i.benefits.map((benefit) => BENEFIT_LABELS[benefit as Benefit]).join(", ") },
            { label: "Urgency drivers", value: i.urgencyDrivers },
            { label: "Alignment with the other consortium", value: i.otherConsortiumAlignment },
            { label: "Alignment with CCSAS", value: i.ccsasAlignment },
            { label: "Level of effort (first estimate)", value: i.levelOfEffort ? LEVEL_OF_EFFORT_LABELS[i.levelOfEffort] : "" },
            { label: "Recommended JAD participants", value: i.jadParticipants },
            { label: "Assumptions", value: i.assumptions },
            { label: "Known software problems", value: i.knownProblems },
            {
              label: "Policy question",
              value: i.policy
                ? `Yes: routed to the Policy Branch${cr.policyRoutedAt ? ` on ${formatDate(cr.policyRoutedAt)}` : ""} (Governance plan 2.1)`
                : "No",
            },
          ]}
        />
      )}
    </StepSection>
  );
}
