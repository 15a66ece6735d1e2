import { ConfirmAction, type Confirmation } from "@/components/forms/confirm-action";
import type { FormAction } from "@/components/forms/form-action";
import { formatDateTime } from "@/lib/format";
import type { ElectionPhase } from "@/domain/governance/election-schedule";
import type { ElectionStatus } from "@/components/elections/labels";
import { electionIdSchema } from "@/domain/governance/election-schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(electionIdSchema);

export interface StepFacts {
  status: ElectionStatus;
  phase: ElectionPhase;
  /** A round's voting time is over and nobody has counted it yet: anyone may. */
  due: boolean;
  manages: boolean;
}

export type Step = "open_voting" | "close" | "certify";

/** The next step the chair (or, once voting time is over, anyone) can take, if any. */
export function nextStep({ status, phase, due, manages }: StepFacts): Step | null {
  if (manages && status === "NOMINATING" && (phase === "nominating" || phase === "waiting")) return "open_voting";
  if ((manages || due) && (status === "NOMINATING" || status === "VOTING")) return "close";
  if (manages && status === "TALLIED") return "certify";
  return null;
}

interface StepsProps {
  step: Step;
  electionId: string;
  votingClosesAt: Date;
  due: boolean;
  actions: { openVoting: FormAction; close: FormAction; certify: FormAction };
}

/** What each step's confirmation says; counting once voting time is over is not "closing". */
function confirmation(step: Step, votingClosesAt: Date, due: boolean): Confirmation {
  switch (step) {
    case "open_voting":
      return {
        label: "Close nominations and open voting now",
        title: "Open voting now?",
        body: `Nominations close and the ballot is fixed. Voting opens at once and still closes ${formatDateTime(votingClosesAt)}.`,
        confirmLabel: "Open voting",
        variant: "primary",
      };
    case "close":
      return {
        label: due ? "Count the votes" : "Close voting and count",
        title: due ? "Count the votes now?" : "Close voting now and count?",
        body: "Nobody can vote or change a vote afterwards. A seat tied for first place goes to a runoff among the tied.",
        confirmLabel: "Close and count",
        variant: "primary",
      };
    case "certify":
      return {
        label: "Certify the results",
        title: "Certify these results?",
        body: "The elected members' terms are recorded in the committee's seat registry, and the candidates and the committee are told. This cannot be undone.",
        confirmLabel: "Certify",
        variant: "primary",
      };
  }
}

/** The button for the next step, behind a confirmation. */
export function ElectionStep({ step, electionId, votingClosesAt, due, actions }: StepsProps) {
  const action = step === "open_voting" ? actions.openVoting : actions[step];
  return <ConfirmAction action={action} fields={{ [field.electionId]: electionId }} {...confirmation(step, votingClosesAt, due)} />;
}
