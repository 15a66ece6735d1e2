import { ConfirmAction } from "@/components/forms/confirm-action";
import { formatDateTime } from "@/components/format";
import type { ElectionPhase } from "@/domain/governance/election-schedule";
import type { ActionResult } from "@/lib/action";
import type { ElectionStatus } from "./labels";

type Action<T> = (state: ActionResult<T> | null, data: FormData) => Promise<ActionResult<T>>;

interface StepsProps {
  electionId: string;
  status: ElectionStatus;
  phase: ElectionPhase;
  votingClosesAt: Date;
  /** A round's voting time is over and nobody has counted it yet: anyone may. */
  due: boolean;
  manages: boolean;
  actions: { openVoting: Action<void>; close: Action<"VOTING" | "TALLIED">; certify: Action<number> };
}

/** The next step the chair (or, once voting time is over, anyone) can take. */
export function ElectionSteps({ electionId, status, phase, votingClosesAt, due, manages, actions }: StepsProps) {
  const fields = { electionId };
  if (manages && status === "NOMINATING" && (phase === "nominating" || phase === "waiting")) {
    return (
      <ConfirmAction
        action={actions.openVoting}
        fields={fields}
        label="Close nominations and open voting now"
        title="Open voting now?"
        body={`Nominations close and the ballot is fixed. Voting opens at once and still closes ${formatDateTime(votingClosesAt)}.`}
        confirmLabel="Open voting"
        variant="primary"
      />
    );
  }
  if ((manages || due) && (status === "NOMINATING" || status === "VOTING")) {
    return (
      <ConfirmAction
        action={actions.close}
        fields={fields}
        label={due ? "Count the votes" : "Close voting and count"}
        title={due ? "Count the votes now?" : "Close voting now and count?"}
        body="Nobody can vote or change a vote afterwards. A seat tied for first place goes to a runoff among the tied."
        confirmLabel="Close and count"
        variant="primary"
      />
    );
  }
  if (manages && status === "TALLIED") {
    return (
      <ConfirmAction
        action={actions.certify}
        fields={fields}
        label="Certify the results"
        title="Certify these results?"
        body="The elected members' terms are recorded in the committee's seat registry, and the candidates and the committee are told. This cannot be undone."
        confirmLabel="Certify"
        variant="primary"
      />
    );
  }
  return null;
}
