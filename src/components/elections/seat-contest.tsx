import { ConfirmAction } from "@/components/forms/confirm-action";
import { formatDateTime, formatDay, inSentence } from "@/lib/format";
import { Badge, Card } from "@/components/ui/card";
import type { ActionResult } from "@/lib/action";
import type { ElectionRound, ElectionSeat } from "@/server/elections/queries";
import { ContestResult } from "@/components/elections/contest-result";
import { ElectionBallotForm } from "@/components/elections/election-ballot-form";
import { ElectorateForm } from "@/components/elections/electorate-form";
import { electorateLabel } from "@/components/elections/labels";
import { NominationForm } from "@/components/elections/nomination-form";
import { Turnout } from "@/components/elections/turnout";
import { withdrawNominationSchema } from "@/domain/governance/election-schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(withdrawNominationSchema);

type Action<T> = (state: ActionResult<T> | null, data: FormData) => Promise<ActionResult<T>>;

export interface SeatActions {
  nominate: Action<{ candidate: string; seat: string }>;
  withdraw: Action<{ candidate: string }>;
  setElectorate: Action<{ electorate: "CATEGORY" | "CONSORTIUM" }>;
  vote: Action<{ candidate: string; lcsa: string; changed: boolean }>;
}

interface SeatContestProps {
  seat: ElectionSeat;
  termStartsOn: Date;
  /** Nominations and the electorate can still change (voting has not opened). */
  beforeVoting: boolean;
  manages: boolean;
  actions: SeatActions;
}

/** One seat on the ballot: who votes, the candidates, each round's ballot, turnout and result. */
export function SeatContest({ seat, termStartsOn, beforeVoting, manages, actions }: SeatContestProps) {
  const first = seat.rounds[0]!;
  return (
    <Card id={`seat-${first.contestId}`} title={seat.title}>
      <p className="text-sm text-slate-700">
        Term {formatDay(termStartsOn)} to {formatDay(seat.termEndsOn)}. Who votes:{" "}
        {electorateLabel(seat.electorate, seat.caseloadCategory, seat.electorateSize)}, one vote each, cast by its Director or the Director&apos;s designee.
      </p>
      {manages && beforeVoting ? (
        <div className="mt-3">
          <ElectorateForm contestId={first.contestId} category={seat.caseloadCategory} electorate={seat.electorate} action={actions.setElectorate} />
        </div>
      ) : null}
      <div className="mt-4 space-y-6">
        {seat.rounds.map((round) => (
          <Round key={round.contestId} seat={seat} round={round} several={seat.rounds.length > 1} beforeVoting={beforeVoting} actions={actions} />
        ))}
      </div>
      {seat.mayNominate ? (
        <div className="mt-6 border-t border-slate-100 pt-4">
          <NominationForm contestId={first.contestId} seatTitle={seat.title} nominees={seat.nominees} action={actions.nominate} />
        </div>
      ) : null}
    </Card>
  );
}

function Round({
  seat,
  round,
  several,
  beforeVoting,
  actions,
}: {
  seat: ElectionSeat;
  round: ElectionRound;
  several: boolean;
  beforeVoting: boolean;
  actions: SeatActions;
}) {
  const standing = round.candidates.filter((candidate) => !candidate.withdrawn);
  const withdrawn = round.candidates.filter((candidate) => candidate.withdrawn);
  const label = round.round === 1 ? "First round" : `Runoff round ${round.round}`;
  // Under the seat's h2: the round's h3 and then h4, or h3 straight away when there is one round.
  const Heading = several ? "h4" : "h3";
  return (
    <section aria-label={several ? `${seat.title}, ${inSentence(label)}` : seat.title} className="space-y-3">
      {several ? (
        <h3 className="font-semibold">
          {label}
          {round.round > 1 && round.votingClosesAt ? (
            <span className="font-normal text-slate-600"> · among the tied, closes {formatDateTime(round.votingClosesAt)}</span>
          ) : null}
        </h3>
      ) : null}
      <div>
        <Heading className="text-sm font-medium text-slate-800">Candidates</Heading>
        {standing.length ? (
          <ul className="mt-1 divide-y divide-slate-100">
            {standing.map((candidate) => (
              <li key={candidate.nominationId} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                <span>
                  <span className="font-medium">{candidate.name}</span> ({candidate.lcsaName} LCSA)
                  <span className="text-slate-600"> · nominated by {candidate.nominatedBy}</span>
                </span>
                {beforeVoting && round.round === 1 && candidate.mayWithdraw ? (
                  <ConfirmAction
                    action={actions.withdraw}
                    fields={{ [field.nominationId]: candidate.nominationId }}
                    label={`Withdraw ${candidate.name}`}
                    title={`Withdraw ${candidate.name}'s nomination?`}
                    body="They will not be on the ballot. They can be nominated again until nominations close."
                    confirmLabel="Withdraw the nomination"
                  />
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-sm text-slate-600">{round.phase === "nominating" ? "Nobody has been nominated yet." : "Nobody was nominated."}</p>
        )}
        {withdrawn.length ? <p className="mt-1 text-sm text-slate-600">Withdrawn: {withdrawn.map((candidate) => candidate.name).join(", ")}.</p> : null}
      </div>
      {round.phase === "voting" && standing.length
        ? round.myVotes.map((lcsa) => (
            <div key={lcsa.lcsaId} className="rounded-md border border-brand-100 bg-brand-50/40 p-4">
              <ElectionBallotForm contestId={round.contestId} seatTitle={seat.title} lcsa={lcsa} candidates={standing} action={actions.vote} />
            </div>
          ))
        : null}
      {round.result ? <ContestResult result={round.result} caption={`Votes for ${seat.title}, ${inSentence(label)}`} /> : null}
      {round.phase === "voting" || round.phase === "closed" || round.phase === "counted" ? (
        <Turnout round={round} electorateSize={seat.electorateSize} seatTitle={seat.title} />
      ) : null}
      {round.phase === "closed" ? <Badge tone="amber">Voting closed; waiting to be counted</Badge> : null}
    </section>
  );
}
