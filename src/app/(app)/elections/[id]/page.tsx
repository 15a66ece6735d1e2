import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { ElectionSchedule } from "@/components/elections/election-schedule";
import { ElectionStep, nextStep } from "@/components/elections/election-steps";
import { electionBadge, ELECTION_KIND_LABELS } from "@/components/elections/labels";
import { SeatContest } from "@/components/elections/seat-contest";
import { formatDateTime } from "@/lib/format";
import { Alert } from "@/components/ui/alert";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { LiveRefresh } from "@/components/voting/live-refresh";
import { electionPhase } from "@/domain/governance/election-schedule";
import { getCurrentUser, requirePermission } from "@/server/session";
import { can } from "@/lib/permissions";
import type { CurrentUser } from "@/lib/context";
import { getElection, type ElectionDetail } from "@/server/elections/queries";
import {
  castElectionVoteAction,
  certifyElectionAction,
  closeVotingAction,
  nominateAction,
  openVotingNowAction,
  setElectorateAction,
  withdrawNominationAction,
} from "@/app/(app)/elections/actions";
import { governancePermissions } from "@/domain/governance/permissions";

/** Loaded once a request (at one moment), for the title and the page. */
const electionOf = cache((id: string, user: CurrentUser, now: Date) => getElection(id, user, now));
const requestTime = cache(() => new Date());

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  // The title names the record only for someone who may see it; anyone else, and a record that does not exist, get the generic word.
  const user = await getCurrentUser();
  if (!user || !can(user, governancePermissions.read)) return { title: "Election" };
  const election = await electionOf((await params).id, user, requestTime());
  return { title: election ? `${election.title}, ${election.committee.name}` : "Election" };
}

/** What happens now, in a sentence, for whoever opens the page. */
function whereItStands(election: ElectionDetail, now: Date): string {
  const phase = electionPhase(election, now);
  switch (election.status) {
    case "NOMINATING":
      if (phase === "nominating")
        return `Nominations are open until ${formatDateTime(election.nominationsCloseAt)}. Voting opens ${formatDateTime(election.votingOpensAt)}.`;
      if (phase === "waiting") return `Nominations have closed. Voting opens ${formatDateTime(election.votingOpensAt)}.`;
      if (phase === "voting")
        return `Voting is open until ${formatDateTime(election.votingClosesAt)}. Each LCSA votes once per seat; its vote can be changed until then.`;
      return `Voting closed ${formatDateTime(election.votingClosesAt)}. The votes are counted when the chair closes the vote, or automatically.`;
    case "VOTING":
      return "A seat was tied, so there is a runoff among the tied candidates: vote again in the runoff round below.";
    case "TALLIED":
      return "The votes are counted. The results take effect when the chair certifies them.";
    case "CERTIFIED":
      return "The results are certified; the new terms are in the committee's seat registry.";
    case "CANCELLED":
      return "This election was cancelled.";
  }
}

export default async function ElectionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission(governancePermissions.read);
  const now = requestTime();
  const election = await electionOf((await params).id, user, now);
  if (!election) notFound();
  const phase = electionPhase(election, now);
  const badge = electionBadge(election.status, phase);
  const rounds = election.seats.flatMap((seat) => seat.rounds);
  const beforeVoting = election.status === "NOMINATING" && (phase === "nominating" || phase === "waiting");
  const voting = rounds.some((round) => round.phase === "voting");
  const due = rounds.some((round) => round.phase === "closed");
  const seatActions = { nominate: nominateAction, withdraw: withdrawNominationAction, setElectorate: setElectorateAction, vote: castElectionVoteAction };
  const step = nextStep({ status: election.status, phase, due, manages: election.manages });

  return (
    <>
      {voting ? <LiveRefresh everyMs={5000} /> : null}
      <PageHeader
        back={{ href: `/committees/${election.committee.id}`, label: election.committee.name }}
        title={election.title}
        description={
          <>
            <Badge tone={badge.tone}>{badge.label}</Badge> {ELECTION_KIND_LABELS[election.kind]} of the {election.committee.name}.
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Alert tone={election.status === "CERTIFIED" ? "success" : "info"}>{whereItStands(election, now)}</Alert>
          {election.seats.map((seat) => (
            <SeatContest
              key={seat.seatId}
              seat={seat}
              termStartsOn={election.termStartsOn}
              beforeVoting={beforeVoting}
              manages={election.manages}
              actions={seatActions}
            />
          ))}
        </div>
        <div className="space-y-6">
          <Card title="Schedule">
            <ElectionSchedule
              nominationsCloseAt={election.nominationsCloseAt}
              votingOpensAt={election.votingOpensAt}
              votingClosesAt={election.votingClosesAt}
              termStartsOn={election.termStartsOn}
              openedBy={election.openedBy.name}
              certified={election.certifiedAt && election.certifiedBy ? { at: election.certifiedAt, by: election.certifiedBy.name } : null}
            />
          </Card>
          {step ? (
            <Card id="next-step" title={election.manages ? "Chair" : "Next step"}>
              <ElectionStep
                step={step}
                electionId={election.id}
                votingClosesAt={election.votingClosesAt}
                due={due}
                actions={{ openVoting: openVotingNowAction, close: closeVotingAction, certify: certifyElectionAction }}
              />
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
