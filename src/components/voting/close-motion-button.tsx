import { ConfirmAction } from "@/components/forms/confirm-action";
import type { FormAction } from "@/components/forms/form-action";
import { closingWarning } from "@/domain/voting/tally";
import type { MotionDetail } from "@/server/voting/queries";

/**
 * The chair's close, confirmed with what closing now records, in numbers: "Only 1 of 7
 * voted; quorum is 4; closing records no decision." Counted by the tally from the roll
 * call the chair sees (re-read every few seconds while the motion is open).
 */
export function CloseMotionButton({
  motion,
  action,
}: {
  motion: Pick<MotionDetail, "id" | "options" | "quorumRule" | "majorityRule" | "rollCall">;
  action: FormAction;
}) {
  const ballots = motion.rollCall.flatMap((voter) => (voter.ballot ? [voter.ballot] : []));
  const warning = closingWarning({
    options: motion.options,
    eligibleVoters: motion.rollCall.length,
    choices: ballots.flatMap((ballot) => (ballot.choice ? [ballot.choice] : [])),
    recusals: ballots.filter((ballot) => ballot.recusalReason).length,
    quorumRule: motion.quorumRule,
    majorityRule: motion.majorityRule,
  });
  return (
    <ConfirmAction
      action={action}
      fields={{ motionId: motion.id }}
      label="Close the motion"
      title="Close this motion now?"
      body={`${warning} Nobody can vote or change a vote afterwards.`}
      confirmLabel="Close and count"
      variant="primary"
    />
  );
}
