import Link from "next/link";
import { formatDateTime, formatDay } from "@/lib/format";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { GATE_LABELS, GATES } from "@/domain/change-requests/lifecycle";
import type { ChangeRequestDetail } from "@/server/change-requests/detail";
import type { CrActions } from "@/components/change-requests/actions";
import { StepForm } from "@/components/change-requests/step-form";
import { crOnlySchema, reconsiderDateSchema } from "@/domain/change-requests/schemas";
import { fieldsOf } from "@/lib/form-fields";
import { VoteAgainButton } from "@/components/voting/vote-again-button";
import { VOTE_WITHOUT_MEETING_DAYS } from "@/domain/change-requests/gate-vote";

const reconsiderField = fieldsOf(reconsiderDateSchema);
const reopenField = fieldsOf(crOnlySchema);

const isGateState = (state: string) => Object.values(GATES).some((gate) => gate.state === state);
const gateAt = (state: string) => (Object.keys(GATES) as (keyof typeof GATES)[]).find((gate) => GATES[gate].state === state);

type GateVote = ChangeRequestDetail["gateVotes"][number];

/** Product rule (src/domain/change-requests/gate-attribution.ts): a vote the lifecycle opened is credited to the step, not to its person. */
function openedLine(vote: GateVote): string {
  return vote.openedAutomatically ? `Opened automatically ${vote.openedAutomatically}.` : `Opened by ${vote.openedBy.name}.`;
}
/** The concept vote has no defer (plan 3.1.1), so no date to reconsider. */
const mayDefer = (gate: keyof typeof GATES) => (GATES[gate].options as readonly string[]).includes("defer");

/** Each gate's vote: a link to the motion, and its result once closed. */
export function GateVotesCard({ cr, actions, now }: { cr: ChangeRequestDetail; actions: CrActions; now: Date }) {
  const open = cr.gateVotes.find((vote) => vote.status === "OPEN");
  const last = cr.gateVotes.at(-1);
  return (
    <Card id="gate-votes" title="Votes">
      {cr.gateVotes.length === 0 ? (
        <EmptyState title="No votes yet">
          {cr.kind === "ENHANCEMENT"
            ? "The ESC's concept vote opens when the change request is submitted."
            : "Emergency fixes and defects skip the ESC's votes; the ESC is back-briefed instead."}
        </EmptyState>
      ) : (
        <ol className="space-y-4">
          {cr.gateVotes.map((vote) => (
            <li key={vote.id} className="border-b border-slate-100 pb-3 last:border-0 last:pb-0">
              <p className="text-sm font-semibold text-slate-900">{GATE_LABELS[vote.gate]}</p>
              <p className="text-xs text-slate-600">{openedLine(vote)}</p>
              <p className="text-sm">
                <Link href={`/motions/${vote.id}`}>
                  {vote.status === "OPEN" && vote.deadline > now ? "Open the motion to vote or follow it" : "See the motion and roll call"}
                </Link>
              </p>
              {vote.status === "OPEN" ? (
                <p className="mt-1 text-sm text-slate-700">
                  <Badge tone="amber">Open</Badge> {vote.ballots} of {vote.voters} voted; closes {formatDateTime(vote.deadline)}.
                </p>
              ) : (
                <p className="mt-1 text-sm text-slate-700">
                  <Badge tone={vote.result?.passed ? "green" : "neutral"}>
                    {/* The explanation beside it says "No decision: …" itself, once. */}
                    {vote.result?.outcome.kind === "decided" ? `Decided: ${vote.result.outcome.option}` : "Closed"}
                  </Badge>{" "}
                  {vote.result?.explanation} Closed {formatDateTime(vote.closedAt)}.
                </p>
              )}
              {vote.status === "OPEN" && vote.reconsiderOn && mayDefer(vote.gate) ? (
                <p className="mt-1 text-xs text-slate-600">If it is deferred, it comes back on {formatDay(vote.reconsiderOn)}.</p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {open && mayDefer(open.gate) && cr.may.setReconsiderDate ? (
        <details className="mt-4 border-t border-slate-100 pt-3">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">Change the reconsider date</summary>
          <div className="mt-3">
            <StepForm
              action={actions.setReconsiderDate}
              hidden={{ [reconsiderField.crId]: cr.id, [reconsiderField.motionId]: open.id }}
              fields={[{ kind: "date", name: reconsiderField.reconsiderOn, label: "If deferred, reconsider on", value: open.reconsiderOn, width: "medium" }]}
              buttons={[{ label: "Save the date", pendingLabel: "Saving…", variant: "secondary" }]}
              compact
            />
          </div>
        </details>
      ) : null}
      {!open && isGateState(cr.state) && cr.may.openGateVote ? (
        <div className="mt-4 border-t border-slate-100 pt-3">
          <p className="mb-2 text-sm text-slate-700">No vote is open at this step. Open one when the committee can decide.</p>
          <VoteAgainButton
            action={actions.reopenGateVote}
            fields={{ [reopenField.crId]: cr.id }}
            label={last ? "Open a new vote" : "Open the vote"}
            title={`Open the ${GATE_LABELS[gateAt(cr.state)!]}?`}
            body={
              last?.result
                ? `The last vote closed. ${last.result.explanation} A new vote asks every voting member again; it closes by itself after the hours you give.`
                : "Every voting member of the committee can vote as soon as it opens; it closes by itself after the hours you give."
            }
            usualHours={VOTE_WITHOUT_MEETING_DAYS * 24}
          />
        </div>
      ) : null}
    </Card>
  );
}
