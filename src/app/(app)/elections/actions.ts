"use server";

import {
  castElectionVoteSchema,
  electionIdSchema,
  nominateSchema,
  openElectionSchema,
  setElectorateSchema,
  withdrawNominationSchema,
} from "@/domain/governance/election-schemas";
import { countOf, plural } from "@/lib/format";
import { defineAction } from "@/server/action";
import {
  castElectionVote,
  certifyElection,
  closeVoting,
  nominate,
  openElection,
  openVotingNow,
  setElectorate,
  withdrawNomination,
} from "@/server/elections/commands";

export const openElectionAction = defineAction(openElectionSchema, openElection);

export const nominateAction = defineAction(nominateSchema, nominate, {
  successMessage: (nomination) => `${nomination.candidate} is a candidate for ${nomination.seat}.`,
});

export const withdrawNominationAction = defineAction(withdrawNominationSchema, withdrawNomination, {
  successMessage: (withdrawn) => `${withdrawn.candidate}'s nomination is withdrawn.`,
});

export const setElectorateAction = defineAction(setElectorateSchema, setElectorate, {
  successMessage: (contest) =>
    contest.electorate === "CONSORTIUM" ? "Every LCSA of the consortium votes for this seat." : "The LCSAs of this seat's caseload category vote for it.",
});

export const castElectionVoteAction = defineAction(castElectionVoteSchema, castElectionVote, {
  successMessage: (vote) =>
    `The ${vote.lcsa} LCSA's vote is ${vote.changed ? "changed to" : "recorded for"} ${vote.candidate}. It can be changed until voting closes.`,
});

export const openVotingNowAction = defineAction(electionIdSchema, openVotingNow, { successMessage: "Nominations are closed and voting is open." });

export const closeVotingAction = defineAction(electionIdSchema, closeVoting, {
  successMessage: (counted) =>
    counted?.status === "VOTING" ? "Votes counted. A tie went to a runoff: voting in it is open now." : "Votes counted. The results can now be certified.",
});

export const certifyElectionAction = defineAction(electionIdSchema, certifyElection, {
  successMessage: (certified) =>
    `Results certified; ${countOf(certified.terms, "term")} ${plural(certified.terms, "is", "are")} recorded in the seat registry.`,
});
