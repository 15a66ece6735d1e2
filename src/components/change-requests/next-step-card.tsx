import type { Confirmation } from "@/components/forms/confirm-action";
import { Card } from "@/components/ui/card";
import type { ChangeRequestDetail } from "@/server/change-requests/detail";
import type { CrActions } from "@/components/change-requests/actions";
import { ConfirmAction } from "@/components/forms/confirm-action";
import { StepForm } from "@/components/change-requests/step-form";
import { crOnlySchema, flagImpactSchema, stepSchema } from "@/domain/change-requests/schemas";
import { fieldsOf } from "@/lib/form-fields";

const stepField = fieldsOf(stepSchema);
const flagField = fieldsOf(flagImpactSchema);
const crField = fieldsOf(crOnlySchema);

const FLAG_IMPACT: Confirmation = {
  label: "Flag an impact on my component",
  title: "Flag an impact on another CCSAS component?",
  body: "It then goes to the CCSAS Change Control Board, whose vote opens at once.",
  confirmLabel: "Flag the impact",
  reason: { name: flagField.note, label: "Which component is affected, and how?" },
  variant: "primary",
};

type Move = ChangeRequestDetail["moves"][number];

/** The moves that ask for confirmation first: none can be undone. */
const CONFIRMED_MOVES: (Confirmation & { step: Move })[] = [
  {
    step: "clear_subcomponent_review",
    label: "Clear at the Subcomponent Review",
    title: "Clear it at the Subcomponent Review?",
    body: "No other component's representative found an impact. It moves on to detail design (JAD).",
    confirmLabel: "Clear it",
  },
  {
    step: "release_without_uat",
    label: "Release without UAT (emergency fix)",
    title: "Release this emergency fix without user acceptance testing?",
    body: "Governance plan 2.6: every modification except an emergency fix is fully tested by LCSA users. It moves on to production release; the ESC is still back-briefed before it closes.",
    confirmLabel: "Release without UAT",
  },
  {
    step: "pass_uat",
    label: "Finish UAT: ready for release",
    title: "Finish user acceptance testing?",
    body: "It moves on to production release. UAT cannot be reopened afterwards.",
    confirmLabel: "Finish UAT",
  },
  {
    step: "close",
    label: "Close the change request",
    title: "Close this change request?",
    body: "It is released and complete. Nothing more can change on it afterwards, though comments stay open.",
    confirmLabel: "Close it",
  },
  {
    step: "reconsider",
    label: "Bring it back now",
    title: "Bring it back before its reconsider date?",
    body: "It goes back to the step where it was deferred, and that vote opens.",
    confirmLabel: "Bring it back",
  },
];

/** Where the change request stands, who it waits on, and the moves this person may make from here. */
export function NextStepCard({ cr, actions }: { cr: ChangeRequestDetail; actions: CrActions }) {
  const { nextStep, moves } = cr;
  /** Every move here (flagImpactSchema, stepSchema, crOnlySchema) names the change request as crId. */
  const hidden = { [crField.crId]: cr.id };
  return (
    <Card id="next-step" title="What happens next">
      <p className="text-slate-800">{nextStep.summary}</p>
      <p className="mt-2 text-sm text-slate-700">
        <span className="font-semibold">Waiting on:</span> {nextStep.waitingOn}.
      </p>
      {nextStep.stillNeeded.length ? (
        <div className="mt-3">
          <p className="text-sm font-semibold text-slate-800">Still needed for this step</p>
          <ul className="mt-1 list-disc pl-5 text-sm text-slate-700">
            {nextStep.stillNeeded.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="mt-4 flex flex-wrap gap-3">
        {moves.includes("flag_impact") ? <ConfirmAction action={actions.flagImpact} fields={hidden} {...FLAG_IMPACT} /> : null}
        {moves.includes("start_uat") ? (
          <StepForm
            action={actions.step}
            hidden={{ ...hidden, [stepField.step]: "start_uat" }}
            buttons={[{ label: "Start user acceptance testing", pendingLabel: "Starting…" }]}
            compact
          />
        ) : null}
        {CONFIRMED_MOVES.filter((move) => moves.includes(move.step)).map(({ step, ...confirm }) => (
          <ConfirmAction
            key={step}
            action={step === "reconsider" ? actions.reconsiderNow : actions.step}
            fields={step === "reconsider" ? hidden : { ...hidden, [stepField.step]: step }}
            variant="primary"
            {...confirm}
          />
        ))}
      </div>
    </Card>
  );
}
